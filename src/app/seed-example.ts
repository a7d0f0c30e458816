import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { listProgrammes } from '../store/index.js';
import type { Store } from '../store/index.js';
import { addRecords } from './add-records.js';
import type { RecordInput } from './check-records.js';
import { importProgramme } from './import-programme.js';
import { readRecords } from './read-records.js';
import { RECORD_KIND_NAMES } from './record-kinds.js';

/** The built-in example, found from the source tree and from the bundle in dist/ alike. */
export function examplePath(): string | undefined {
  for (const up of ['../examples', '../../examples']) {
    const path = fileURLToPath(new URL(`${up}/klant-in-beeld/programme.yaml`, import.meta.url));
    if (existsSync(path)) return path;
  }
  return undefined;
}

/**
 * Imports the Klant in Beeld example with its record files when the database holds no programme
 * yet, so that a first `npm start` shows a working dashboard. Returns the programme id, or
 * undefined when there was nothing to do.
 *
 * @example await seedExample(store);
 */
export async function seedExample(store: Store, actor = 'koers'): Promise<string | undefined> {
  if ((await listProgrammes(store.db, { limit: 1 })).length > 0) return undefined;
  const path = examplePath();
  if (!path) return undefined;
  const imported = await importProgramme(store, { yaml: await readFile(path, 'utf8'), fileName: 'programme.yaml', actor, mode: 'create' });
  const records = await readRecords(imported.model, path);
  for (const kind of RECORD_KIND_NAMES) {
    const list = records[kind] as unknown as readonly RecordInput[];
    if (list.length > 0) await addRecords(store, { programmeId: imported.model.id, kind, records: list, list: true, actor });
  }
  return imported.model.id;
}
