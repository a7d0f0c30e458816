import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MERMAID_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'mermaid');

/** A finding a fixture announces with `%% expect error next: <text>` above the line it is about. */
export interface ExpectedIssue {
  readonly kind: 'error' | 'warning';
  readonly line: number;
  readonly text: string;
}

export interface MermaidFixture {
  readonly name: string;
  readonly text: string;
  readonly expected: readonly ExpectedIssue[];
  /** `%% oracle: utc-only`: the chart uses times of day, so Mermaid's result depends on the time zone. */
  readonly utcOnly: boolean;
}

const COMMENT = /^\s*%%/;

/** The charts in `test/fixtures/mermaid/<folder>`, with their announced findings. */
export function mermaidFixtures(folder: 'valid' | 'invalid'): MermaidFixture[] {
  const dir = join(MERMAID_FIXTURES, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mmd'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const lines = text.split('\n');
      const expected: ExpectedIssue[] = [];
      lines.forEach((line, i) => {
        const m = /^\s*%% expect (error|warning) next: (.+)$/.exec(line);
        if (!m) return;
        const next = lines.findIndex((l, j) => j > i && !COMMENT.test(l));
        expected.push({ kind: m[1] as 'error' | 'warning', line: next + 1, text: m[2]!.trim() });
      });
      return { name, text, expected, utcOnly: lines.some((l) => /^\s*%% oracle: utc-only/.test(l)) };
    });
}
