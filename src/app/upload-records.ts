import { message } from '../formats/messages/index.js';
import type { Store } from '../store/index.js';
import { addRecords } from './add-records.js';
import type { AddedRecords } from './add-records.js';
import { AppError, inputIssue } from './app-error.js';
import type { InputIssue } from './app-error.js';
import type { RecordInput } from './check-records.js';
import { loadPlan } from './load-plan.js';
import { parseRecordBytes } from './read-records.js';
import type { RecordFileError } from './read-records.js';
import type { RecordKind } from './record-kinds.js';

/**
 * Reads a CSV or XLSX file of records (told apart by content) and stores every row, or none: any
 * problem in any row fails the upload with every problem, by row and column as the spreadsheet
 * shows them.
 *
 * @example await uploadRecords(store, { programmeId, kind: 'measurements', bytes, fileName: 'metingen.csv', actor: 'anna' });
 */
export async function uploadRecords(
  store: Store,
  input: { readonly programmeId: string; readonly kind: RecordKind; readonly bytes: Uint8Array; readonly fileName?: string; readonly actor: string; readonly idempotencyKey?: string },
): Promise<AddedRecords> {
  const rows = await checkUploadedRecords(store, input);
  return addRecords(store, {
    programmeId: input.programmeId,
    kind: input.kind,
    records: rows,
    list: true,
    actor: input.actor,
    ...(input.idempotencyKey === undefined ? {} : { idempotencyKey: input.idempotencyKey }),
  });
}

/**
 * Reads and checks a record file against the programme without storing anything: the dry run behind an
 * upload preview. Throws the same row-level problems as `uploadRecords`.
 */
export async function checkUploadedRecords(
  store: Store,
  input: { readonly programmeId: string; readonly kind: RecordKind; readonly bytes: Uint8Array; readonly fileName?: string },
): Promise<readonly RecordInput[]> {
  const { programme } = await loadPlan(store.db, input.programmeId);
  const label = input.fileName ?? `${input.kind} file`;
  const result = await parseRecordBytes(input.kind, input.bytes, programme, label);
  if (!result.ok) throw new AppError('invalid-input', message('upload.problems', { file: label, count: result.errors.length }), result.errors.slice(0, 200).map(issueOf));
  if (result.rows.length === 0) throw new AppError('invalid-input', message('upload.no-records', { file: label }), [inputIssue('', message('upload.no-rows', {}), message('expect.at-least-one-record', {}))]);
  return result.rows as unknown as readonly RecordInput[];
}

function issueOf(e: RecordFileError): InputIssue {
  return {
    path: e.column ? `rows[${e.row}].${e.column}` : `rows[${e.row}]`, message: e.message, expected: e.expected, row: e.row,
    ...(e.column ? { column: e.column } : {}), ...(e.localized ? { localized: e.localized } : {}),
  };
}
