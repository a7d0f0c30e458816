import { access } from 'node:fs/promises';
import { AppError } from '../app/app-error.js';
import { importMermaidFile } from '../app/import-mermaid.js';
import type { GanttIssue } from '../formats/mermaid/index.js';
import { CliError, EXIT } from './cli-error.js';
import { writeWhole } from './write-whole.js';
import { paint } from './style.js';

export interface ImportMermaidOptions {
  readonly out?: string;
  readonly domainFrom: 'sections' | 'single';
  readonly force?: boolean;
}

/**
 * `koers import mermaid FILE.mmd`: a programme YAML skeleton on standard output or in `--out`.
 * Warnings go to standard error; an invalid chart exits 1 and writes nothing.
 */
export async function importMermaidCommand(file: string, options: ImportMermaidOptions): Promise<void> {
  if (options.out !== undefined && !options.force && (await exists(options.out))) {
    throw new CliError(`"${options.out}" already exists; use --force to overwrite it`, EXIT.usage);
  }
  const result = await importMermaidFile(file, { domainFrom: options.domainFrom }).catch((error: unknown) => {
    if (error instanceof AppError) throw new CliError(error.message, EXIT.usage);
    throw error;
  });
  const c = paint(process.stderr);
  const print = (issues: readonly GanttIssue[], label: string) => {
    for (const i of issues) process.stderr.write(`${c('bold', `${file}:${i.line}:`)} ${label}${i.message}\n`);
  };
  print(result.warnings, `${c('yellow', 'warning:')} `);
  if (!result.ok) {
    print(result.errors, '');
    const n = result.errors.length;
    process.stderr.write(`${n} problem${n === 1 ? '' : 's'} in ${file}; nothing written\n`);
    throw new CliError('', EXIT.failed);
  }
  if (options.out === undefined) {
    process.stdout.write(result.yaml);
    return;
  }
  writeWhole(options.out, result.yaml);
  const p = result.programme;
  process.stdout.write(`${options.out}: ${p.name} (${p.start}, ${p.horizon} months; ${p.efforts.length} efforts, ${p.milestones.length} milestones, ${p.domains.length} domains)\n`);
}

const exists = (path: string) => access(path).then(() => true, () => false);

