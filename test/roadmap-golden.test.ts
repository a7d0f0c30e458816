import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from './support/run-cli.js';

/*
 * Golden files: the roadmap views of the Klant in Beeld example, rendered by the built CLI
 * (`npm run build` first). After an intended change, regenerate them with
 *   KOERS_UPDATE_GOLDEN=1 npx vitest run test/roadmap-golden.test.ts
 * and review the diff.
 */
const GOLDEN = join(ROOT, 'test', 'roadmap-golden');
const EXAMPLE = 'examples/klant-in-beeld/programme.yaml';
const update = process.env.KOERS_UPDATE_GOLDEN === '1';

const cases: [file: string, args: string[]][] = [
  ['klant-in-beeld.ascii.nl.txt', ['--format', 'ascii']],
  ['klant-in-beeld.ascii.en.ascii-only.txt', ['--format', 'ascii', '--lang', 'en', '--ascii-only']],
  ['klant-in-beeld.svg.nl.svg', ['--format', 'svg']],
  ['klant-in-beeld.svg.en.svg', ['--format', 'svg', '--lang', 'en']],
];

describe('roadmap golden files', () => {
  for (const [file, args] of cases) {
    it(`koers roadmap ${args.join(' ')} matches ${file}`, () => {
      const result = runCli(['roadmap', EXAMPLE, ...args, '--as-of', '2026-05-15']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const path = join(GOLDEN, file);
      if (update || !existsSync(path)) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(path, result.stdout);
        if (!update) throw new Error(`wrote missing golden file ${file}; review it and run again`);
      }
      expect(result.stdout).toBe(readFileSync(path, 'utf8'));
    });
  }
});
