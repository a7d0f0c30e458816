import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { Document, isMap, isSeq } from 'yaml';
import { ganttToProgramme, PLACEHOLDER, readMermaidGantt } from '../formats/mermaid/index.js';
import type { GanttIssue, ProgrammeFileInput } from '../formats/mermaid/index.js';
import { readProgramme } from '../formats/yaml/index.js';
import type { Programme } from '../model/index.js';
import { AppError } from './app-error.js';

export interface MermaidImportOptions {
  readonly domainFrom?: 'sections' | 'single';
  /** Shown in the file's header comment and used as the name when the chart has no title. */
  readonly sourceName: string;
}

export type MermaidImportResult =
  | { readonly ok: true; readonly yaml: string; readonly programme: Programme; readonly warnings: readonly GanttIssue[] }
  | { readonly ok: false; readonly errors: readonly GanttIssue[]; readonly warnings: readonly GanttIssue[] };

/** Mermaid charts are small; this is far above Mermaid's own limit of 50,000 characters. */
const MAX_CHART_BYTES = 1024 * 1024;

/**
 * Turns a Mermaid Gantt chart into a programme file skeleton (YAML) that passes `koers validate`.
 * Errors and warnings carry the chart's line numbers; nothing is produced when there are errors.
 *
 * @example
 * const result = importMermaid(text, { sourceName: 'roadmap.mmd' });
 * if (result.ok) await writeFile('programme.yaml', result.yaml);
 */
export function importMermaid(text: string, options: MermaidImportOptions): MermaidImportResult {
  const read = readMermaidGantt(text);
  if (!read.chart) return { ok: false, errors: read.errors, warnings: read.warnings };
  const fallbackName = basename(options.sourceName, extname(options.sourceName)) || 'Roadmap';
  const skeleton = ganttToProgramme(read.chart, { domainFrom: options.domainFrom ?? 'sections', fallbackName });
  const warnings = [...read.warnings, ...skeleton.warnings].sort((a, b) => a.line - b.line);
  if (!skeleton.file) return { ok: false, errors: skeleton.errors, warnings };

  const yaml = renderSkeleton(skeleton.file, skeleton.notes, basename(options.sourceName));
  const check = readProgramme(yaml);
  if (!check.ok) {
    // The skeleton is built to validate; a failure here is a bug in Koers, not in the chart.
    throw new Error(`the imported programme does not validate: ${check.issues.map((i) => `${i.line}:${i.column} ${i.message}`).join('; ')}`);
  }
  return { ok: true, yaml, programme: check.programme, warnings };
}

/** Reads a chart file and imports it. */
export async function importMermaidFile(path: string, options: Omit<MermaidImportOptions, 'sourceName'> = {}): Promise<MermaidImportResult> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new AppError('file-not-found', `cannot read "${path}": no such file`);
  if (info.size > MAX_CHART_BYTES) throw new AppError('invalid-input', `"${path}" is ${Math.round(info.size / 1024)} KiB; a Mermaid chart is at most ${MAX_CHART_BYTES / 1024} KiB`);
  return importMermaid(await readFile(path, 'utf8'), { ...options, sourceName: path });
}

function renderSkeleton(file: ProgrammeFileInput, notes: ReadonlyMap<string, string>, source: string): string {
  const doc = new Document(file);
  doc.commentBefore = [
    ` Programme skeleton imported from ${source} (Mermaid Gantt) by koers import mermaid.`,
    ` Sections became domains, tasks efforts, milestones and vert lines milestones.`,
    ` Fill in every "${PLACEHOLDER}" (to fill in). Roles, steering and escalation are the`,
    ' defaults of Werken aan Programma\'s; adjust them, then add capabilities, KPIs and benefits.',
  ].join('\n');
  for (const key of ['roles', 'domains', 'milestones', 'efforts'] as const) {
    const list = doc.get(key);
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      if (!isMap(item)) continue;
      item.flow = true;
      const note = notes.get(`${key}/${String(item.get('id'))}`);
      if (note) item.comment = ` ${note}`;
    }
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}
