import { readFileSync } from 'node:fs';
import { readProgramme } from '../../src/formats/yaml/index.js';
import type { Programme } from '../../src/model/index.js';
import { MINIMAL_PROGRAMME } from './minimal-programme.js';

/** Parses a programme file text that must be valid. */
export function programmeFrom(text: string = MINIMAL_PROGRAMME): Programme {
  const result = readProgramme(text);
  if (!result.ok) throw new Error(`fixture is invalid:\n${result.issues.map((i) => `${i.line}:${i.column} ${i.message}`).join('\n')}`);
  return result.programme;
}

export const EXAMPLE_PATH = new URL('../../examples/klant-in-beeld/programme.yaml', import.meta.url).pathname;

/** The Klant in Beeld example, the golden fixture. */
export const exampleProgramme = (): Programme => programmeFrom(readFileSync(EXAMPLE_PATH, 'utf8'));
