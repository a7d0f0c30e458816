import type { Kysely } from 'kysely';
import { auditInserts } from './audit.repository.js';
import type { Database } from './database.js';
import type { Write } from './database-dialect.js';
import { claimIdempotencyKey } from './idempotency.repository.js';
import type { IdempotencyRow } from './idempotency.repository.js';
import type { Store } from './open-store.js';
import { countWriteQuery } from './programme.repository.js';
import { recordInserts } from './record.repository.js';
import type { RecordRow } from './record.repository.js';
import { auditRows } from './write-programme.js';
import type { Change } from './write-programme.js';

/** New records of one programme, with what the audit log says about them. */
export interface NewRecords {
  readonly programmeId: string;
  readonly actor: string;
  /** ISO timestamp of the write. */
  readonly at: string;
  readonly rows: readonly RecordRow[];
  readonly changes: readonly Change[];
  /** The answer to keep under the request's Idempotency-Key. */
  readonly idempotency?: IdempotencyRow;
}

/**
 * Stores new records with their audit entries and counts the write in the programme's revision, all
 * or nothing, and settles after the commit. It reads nothing on the way, so it takes as few round
 * trips as the database allows: appends that arrive while one is being stored are stored together
 * next, as one statement on PostgreSQL and one savepoint on SQLite. With `idempotency` the key is
 * claimed first, in the same transaction; false, with nothing stored, when another request holds it.
 *
 * @example await appendRecords(store, { programmeId: 'klant-in-beeld', actor: 'anna', at, rows, changes });
 */
export async function appendRecords(store: Store, input: NewRecords): Promise<boolean> {
  const claim = input.idempotency;
  if (claim !== undefined) {
    return store.dialect.writeTransaction(store.db, async (trx) => {
      if (!(await claimIdempotencyKey(trx, claim))) return false;
      await store.dialect.writeAllIn(trx, writesOf(trx, [input]));
      return true;
    });
  }
  if (input.rows.length > BATCH_ROWS) {
    await store.dialect.writeAll(store.db, writesOf(store.db, [input]));
    return true;
  }
  let batcher = batchers.get(store);
  if (!batcher) batchers.set(store, (batcher = appendBatcher(store)));
  await batcher(input);
  return true;
}

/** Appends of at most this many records are stored together with others; larger ones alone. */
const BATCH_ROWS = 50;
/** At most this many appends share a statement. */
const BATCH_APPENDS = 64;

const batchers = new WeakMap<Store, (input: NewRecords) => Promise<void>>();

/** The writes of appends stored together: their records, their audit entries, one revision bump per programme. */
function writesOf(db: Kysely<Database>, appends: readonly NewRecords[]): Write[] {
  const counts = new Map<string, number>();
  for (const a of appends) counts.set(a.programmeId, (counts.get(a.programmeId) ?? 0) + 1);
  return [
    ...recordInserts(db, appends.flatMap((a) => a.rows)),
    ...auditInserts(db, appends.flatMap((a) => auditRows(a.programmeId, a.actor, a.at, a.changes))),
    ...[...counts].map(([id, writes]) => countWriteQuery(db, id, { writes })),
  ];
}

interface Pending {
  readonly input: NewRecords;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Stores an append at once when none is being stored, else queues it for the next batch, sent when
 * the current one has committed. Nothing is answered before its commit. A batch that fails is
 * retried append by append, so that each caller gets its own outcome and each append stays all or nothing.
 */
function appendBatcher(store: Store): (input: NewRecords) => Promise<void> {
  const queue: Pending[] = [];
  let storing = false;

  const write = (appends: readonly NewRecords[]) => store.dialect.writeAll(store.db, writesOf(store.db, appends));

  async function drain(): Promise<void> {
    storing = true;
    try {
      while (queue.length > 0) {
        const batch = queue.splice(0, BATCH_APPENDS);
        try {
          await write(batch.map((p) => p.input));
          for (const p of batch) p.resolve();
        } catch (error) {
          if (batch.length === 1) batch[0]!.reject(error);
          else for (const p of batch) await write([p.input]).then(p.resolve, p.reject);
        }
      }
    } finally {
      storing = false;
    }
  }

  return (input) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ input, resolve, reject });
      if (!storing) void drain();
    });
}
