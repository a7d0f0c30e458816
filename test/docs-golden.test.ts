import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { longDate } from '../src/formats/document/index.js';
import { previousPlanOf } from './golden/previous-plan.js';
import { EXAMPLE_PATH } from './support/programme-fixture.js';
import { runCli } from './support/run-cli.js';

/*
 * Golden Markdown of the Klant in Beeld documents, in Dutch and English, written by the built CLI.
 * Plan documents carry today's date, which is the one thing normalised; documents with --as-of carry
 * only that date and are compared as written. Run with UPDATE_GOLDEN=1 to rewrite the goldens after an
 * intended change, and review the diff.
 */
const GOLDEN = join(dirname(new URL(import.meta.url).pathname), 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const AS_OF = '2026-07-15';
const work = mkdtempSync(join(tmpdir(), 'koers-docs-golden-'));

const FILES = {
  nl: { plan: ['batenrealisatieplan.md', 'doelen-inspanningennetwerk.md', 'roadmap.md'], steering: `stuurgroeprapportage-${AS_OF}.md` },
  en: { plan: ['benefits-realisation-plan.md', 'goals-efforts-network.md', 'roadmap.md'], steering: `steering-committee-report-${AS_OF}.md` },
} as const;

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function docs(out: string, args: readonly string[]): string[] {
  const { code, stderr } = runCli(['docs', EXAMPLE_PATH, '--out', out, '--format', 'md', ...args]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return readdirSync(out).sort();
}

function matchesGolden(actual: string, ...path: string[]): void {
  const file = join(GOLDEN, ...path);
  if (UPDATE) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(existsSync(file), `no golden ${file}; run UPDATE_GOLDEN=1 npx vitest run test/docs-golden.test.ts`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe.each(['nl', 'en'] as const)('koers docs --lang %s', (lang) => {
  it('writes the plan documents as the goldens, apart from the generation date', () => {
    const out = join(work, `plan-${lang}`);
    const today = localToday();
    const written = docs(out, ['--lang', lang]);
    expect(written).toEqual([...FILES[lang].plan, FILES[lang].steering.replace(AS_OF, today)].sort());
    for (const name of FILES[lang].plan) {
      const text = readFileSync(join(out, name), 'utf8');
      expect(text).toContain(longDate(today, lang));
      matchesGolden(text.replaceAll(longDate(today, lang), '{{generated}}'), 'plan', lang, name);
    }
  });

  it(`writes every document as of ${AS_OF} exactly as the goldens, with plan changes`, () => {
    const out = join(work, `as-of-${lang}`);
    const previous = join(work, `previous-${lang}.yaml`);
    writeFileSync(previous, previousPlanOf(readFileSync(EXAMPLE_PATH, 'utf8')));
    const written = docs(out, ['--lang', lang, '--as-of', AS_OF, '--previous-plan', previous]);
    expect(written).toEqual([...FILES[lang].plan, FILES[lang].steering].sort());
    for (const name of written) matchesGolden(readFileSync(join(out, name), 'utf8'), `as-of-${AS_OF}`, lang, name);
  });
});
