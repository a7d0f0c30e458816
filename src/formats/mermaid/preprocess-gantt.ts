import { parse as parseYaml } from 'yaml';
import type { GanttIssue } from './gantt-chart.js';
import { TrackedText } from './tracked-text.js';

/** Mermaid replaces longer diagrams by an error diagram. */
export const MAX_MERMAID_TEXT = 50_000;

export interface GanttFrontmatter {
  readonly title: string | undefined;
  readonly displayMode: string | undefined;
  readonly config: Readonly<Record<string, unknown>> | undefined;
}

export interface PreprocessedGantt {
  /** The text the gantt lexer sees, with the source line of every character. */
  readonly source: TrackedText;
  readonly frontmatter: GanttFrontmatter | undefined;
  /** `%%` comment lines, which Mermaid removes before parsing. */
  readonly comments: readonly { readonly line: number; readonly text: string }[];
  readonly errors: readonly GanttIssue[];
}

const FRONTMATTER = /^-{3}\s*[\n\r](.*?)[\n\r]-{3}\s*[\n\r]+/s;
const DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
const COMMENT_LINE = /^\s*%%(?!{)[^\n]+\n?/gm;

/**
 * Replays Mermaid 11's own preprocessing (`preprocessDiagram` and `encodeEntities`) so that the
 * lexer sees exactly the text Mermaid's lexer sees, while every character keeps its source line.
 */
export function preprocessGantt(input: string): PreprocessedGantt {
  const errors: GanttIssue[] = [];
  let text = TrackedText.from(input)
    .replace(/\r\n?/g, () => '\n')
    .replace(/<(\w+)([^>]*)>/g, (_m, tag, attributes) => `<${tag}${attributes!.replace(/="([^"]*)"/g, "='$1'")}>`);

  let frontmatter: GanttFrontmatter | undefined;
  const fm = FRONTMATTER.exec(text.text);
  if (fm) {
    frontmatter = readFrontmatter(fm[1]!, errors);
    text = text.dropStart(fm[0].length);
  }

  text = text.replace(DIRECTIVE, () => '');
  const comments: { line: number; text: string }[] = [];
  for (const m of text.text.matchAll(/^[^\S\n]*%%(?!{)([^\n]+)/gm)) {
    comments.push({ line: text.lineAt(m.index + m[0].indexOf('%%')), text: m[1]!.trim() });
  }
  text = text.replace(COMMENT_LINE, () => '');
  text = text.dropStart(text.text.length - text.text.trimStart().length);

  if (!/^\s*gantt/.test(text.text)) {
    errors.push({ line: text.lineAt(0), message: 'this is not a Mermaid Gantt chart: it must start with "gantt" (after optional front matter and comments)' });
  }
  if (text.text.length > MAX_MERMAID_TEXT) {
    errors.push({ line: 1, message: `the chart has ${text.text.length} characters; Mermaid draws an error instead of charts over ${MAX_MERMAID_TEXT}` });
  }

  // Mermaid's encodeEntities: `#58;` becomes a placeholder that the renderer turns back into ":".
  const source = text
    .replace(/style.*:\S*#.*;/g, (s) => s.slice(0, -1))
    .replace(/classDef.*:\S*#.*;/g, (s) => s.slice(0, -1))
    .replace(/#\w+;/g, (s) => {
      const inner = s.slice(1, -1);
      return /^\+?\d+$/.test(inner) ? `\uFB02\u00B0\u00B0${inner}\u00B6\u00DF` : `\uFB02\u00B0${inner}\u00B6\u00DF`;
    })
    .append('\n');
  return { source, frontmatter, comments, errors };
}

function readFrontmatter(yaml: string, errors: GanttIssue[]): GanttFrontmatter | undefined {
  let parsed: unknown;
  try {
    parsed = parseYaml(yaml);
  } catch (error) {
    errors.push({ line: 2, message: `the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
  const record = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  const text = (v: unknown) => (v === undefined || v === null || v === '' ? undefined : String(v));
  const config = record.config;
  return {
    title: text(record.title),
    displayMode: text(record.displayMode),
    config: typeof config === 'object' && config !== null && !Array.isArray(config) ? (config as Record<string, unknown>) : undefined,
  };
}
