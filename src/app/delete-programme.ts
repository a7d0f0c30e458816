import { deleteProgramme as deleteProgrammeRows, findProgramme, writeProgramme } from '../store/index.js';
import type { Store } from '../store/index.js';
import { AppError } from './app-error.js';
import { notFound } from './load-plan.js';

/**
 * Deletes a programme with its versions and records; the audit log keeps the deletion.
 * With `expectedVersion`, fails when a newer plan was imported meanwhile.
 *
 * @example await deleteProgramme(store, { programmeId: 'klant-in-beeld', actor: 'anna', expectedVersion: 3 });
 */
export async function deleteProgramme(store: Store, input: { readonly programmeId: string; readonly actor: string; readonly expectedVersion?: number }): Promise<void> {
  await writeProgramme(store, input.programmeId, input.actor, async ({ trx, audit }) => {
    const row = await findProgramme(trx, input.programmeId);
    if (!row) throw notFound(input.programmeId);
    if (input.expectedVersion !== undefined && input.expectedVersion !== row.current_version) {
      throw new AppError('precondition-failed', `programme "${input.programmeId}" is at version ${row.current_version}, not ${input.expectedVersion}; fetch it again before deleting`);
    }
    await deleteProgrammeRows(trx, input.programmeId);
    audit({ entity: 'programme', entityId: input.programmeId, action: 'delete', before: { name: row.name, version: row.current_version } });
  }, { exclusive: true });
}
