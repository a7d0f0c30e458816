import { createHash } from 'node:crypto';
import { readProgramme } from '../formats/yaml/index.js';
import { formatPath } from '../model/index.js';
import type { Programme } from '../model/index.js';
import { findProgramme, insertPlanVersion, insertProgramme, newId, setCurrentPlan, writeProgramme } from '../store/index.js';
import type { PlanVersionSummary, ProgrammeRow, Store } from '../store/index.js';
import { AppError } from './app-error.js';

/** A programme file to import, and what the caller expects to find. */
export interface ImportProgrammeInput {
  readonly yaml: string;
  readonly fileName?: string;
  readonly actor: string;
  /**
   * `create`: a new programme (fails when its id exists). `{ replace: id }`: a new version of an
   * existing programme, whose file must carry the same id.
   */
  readonly mode: 'create' | { readonly replace: string };
  /** For `replace`: the version the caller last saw (If-Match); a newer one fails. */
  readonly expectedVersion?: number;
}

export interface ImportedProgramme {
  readonly programme: ProgrammeRow;
  readonly version: PlanVersionSummary;
  readonly model: Programme;
}

/**
 * Validates a programme file and stores it as the programme's next plan version, keeping the text
 * exactly as given. All problems in the file are reported at once, with line and column.
 *
 * @example await importProgramme(store, { yaml, fileName: 'programme.yaml', actor: 'anna', mode: 'create' });
 */
export async function importProgramme(store: Store, input: ImportProgrammeInput): Promise<ImportedProgramme> {
  const result = readProgramme(input.yaml);
  if (!result.ok) {
    throw new AppError('invalid-programme', `the programme file has ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}`, result.issues.map((i) => ({
      path: formatPath(i.path),
      message: i.message,
      ...(i.expected === undefined ? {} : { expected: i.expected }),
      line: i.line,
      column: i.column,
    })));
  }
  const model = result.programme;
  if (input.mode !== 'create' && input.mode.replace !== model.id) {
    throw new AppError('invalid-input', `the file describes programme "${model.id}", not "${input.mode.replace}"`, [{ path: 'programme.id', message: `expected "${input.mode.replace}", got "${model.id}"` }]);
  }
  const sha256 = createHash('sha256').update(input.yaml).digest('hex');
  // Only the name: browsers send no directories, other clients might.
  const fileName = input.fileName?.split(/[\\/]/).pop()?.slice(0, 255) || undefined;

  return writeProgramme(store, model.id, input.actor, async ({ trx, at, actor, audit }) => {
    const existing = await findProgramme(trx, model.id);
    let version = 1;
    if (input.mode === 'create') {
      if (existing) throw new AppError('conflict', `programme "${model.id}" exists already; import a new version with PUT /api/programmes/${model.id}`);
      const row: ProgrammeRow = {
        id: model.id, uid: newId(), name: model.name, organisation: model.organisation, current_version: 1,
        created_at: at, created_by: actor, updated_at: at, updated_by: actor,
      };
      if (!(await insertProgramme(trx, row))) throw new AppError('conflict', `programme "${model.id}" exists already`);
    } else {
      if (!existing) throw new AppError('not-found', `there is no programme "${model.id}"; import it with POST /api/programmes`);
      if (input.expectedVersion !== undefined && input.expectedVersion !== existing.current_version) {
        throw new AppError('precondition-failed', `programme "${model.id}" is at version ${existing.current_version}, not ${input.expectedVersion}: someone imported a newer plan; fetch it and retry`);
      }
      version = existing.current_version + 1;
    }
    const summary: PlanVersionSummary = { programme_id: model.id, version, file_name: fileName ?? null, sha256, imported_at: at, imported_by: actor };
    await insertPlanVersion(trx, { ...summary, yaml: input.yaml });
    await setCurrentPlan(trx, model.id, { name: model.name, organisation: model.organisation, current_version: version, updated_at: at, updated_by: actor });
    audit({
      entity: 'programme',
      entityId: model.id,
      action: 'import',
      before: existing ? { version: existing.current_version } : undefined,
      after: { version, sha256, fileName: summary.file_name },
    });
    const programme = (await findProgramme(trx, model.id))!;
    return { programme, version: summary, model };
  }, { exclusive: true });
}
