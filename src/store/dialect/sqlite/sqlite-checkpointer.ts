import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the background thread moves the WAL into the database file. */
const INTERVAL_MS = 250;
/** The main connection still checkpoints past this many WAL pages, in case the thread falls behind. */
export const BACKSTOP_PAGES = 16_000;

// Runs in the worker: its own connection, PASSIVE checkpoints (never waiting for readers or the writer).
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.path, { timeout: 5000 });
const timer = setInterval(() => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {} }, workerData.interval);
parentPort.on('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

/**
 * Checkpoints the WAL of `path` from a worker thread. better-sqlite3 runs synchronously, so a
 * checkpoint on the main connection (copying pages and syncing the file) would stall every request
 * for its duration; in a thread it runs beside them. Returns a function that stops the thread.
 *
 * @example const stop = startCheckpointer('data/koers.db'); … await stop();
 */
export function startCheckpointer(path: string): () => Promise<void> {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { path, module, interval: INTERVAL_MS } });
  // Not holding the process open by itself: closing the store stops it.
  worker.unref();
  // A failing checkpointer only means the main connection checkpoints at the backstop.
  worker.on('error', (error) => process.stderr.write(`koers: background checkpoints stopped: ${error.message}\n`));
  let exited = false;
  worker.once('exit', () => (exited = true));
  return () =>
    new Promise<void>((resolve) => {
      if (exited) return resolve();
      // Held while it shuts down, or the process could end with the promise still pending.
      worker.ref();
      worker.once('exit', () => resolve());
      worker.postMessage('stop');
    });
}
