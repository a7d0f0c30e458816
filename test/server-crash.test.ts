// Crash safety on SQLite: the built CLI serves under write load, is killed with SIGKILL, and restarts
// with an intact database that holds every write it acknowledged.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFor, importExample, killed, ROOT, spawnServer, testUserIn } from './server-harness.js';

describe('crash on SQLite', () => {
  let dir: string;
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist/koers.js'))) execFileSync(process.execPath, ['scripts/build.js'], { cwd: ROOT });
    dir = mkdtempSync(join(tmpdir(), 'koers-crash-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged write through three SIGKILLs, and the file intact', async () => {
    const database = join(dir, 'koers.db');
    const acknowledged = new Set<string>();
    let first = true;
    const user = await testUserIn(database);
    for (let round = 0; round < 3; round++) {
      const { child, url } = await spawnServer(['--db', database]);
      const api = apiFor(url, user);
      if (first) {
        await importExample(api, 'crash');
        first = false;
      }
      let stop = false;
      const writers = Array.from({ length: 8 }, async (_, w) => {
        for (let n = 0; !stop; n++) {
          try {
            const single = n % 5 !== 0;
            const body = single
              ? { json: { kpi: 'initiatieven', date: '2026-03-31', value: round * 1e6 + w * 1e4 + n } }
              : { json: { records: [1, 2, 3].map((i) => ({ kpi: 'initiatieven', date: `2026-0${i}-28`, value: round * 1e6 + w * 1e4 + n + i / 10 })) } };
            const res = await api('POST', `/api/programmes/crash/measurements${single ? '' : '/bulk'}`, body);
            if (res.status !== 201) throw new Error(`unexpected ${res.status} ${res.text}`);
            for (const r of single ? [res.body] : res.body.items) acknowledged.add(r.id);
          } catch (error) {
            if (!stop) throw error;
          }
        }
      });
      await new Promise((r) => setTimeout(r, 1500));
      stop = true;
      await killed(child);
      await Promise.all(writers);
    }
    expect(acknowledged.size).toBeGreaterThan(50);

    // Restart: the server recovers the WAL and serves; every acknowledged record is there.
    const { child, url } = await spawnServer(['--db', database]);
    try {
      expect((await apiFor(url)('GET', '/readyz')).status).toBe(200);
      const sqlite = new SqliteDatabase(database, { readonly: true });
      try {
        expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(sqlite.pragma('foreign_key_check')).toEqual([]);
        const ids = new Set((sqlite.prepare('select id from record').all() as { id: string }[]).map((r) => r.id));
        const missing = [...acknowledged].filter((id) => !ids.has(id));
        expect(missing).toEqual([]);
        // Nothing half-written: every record has its audit entry and every audit entry its record.
        const orphans = sqlite.prepare("select count(*) as n from record r where not exists (select 1 from audit_entry a where a.entity_id = r.id)").get() as { n: number };
        expect(orphans.n).toBe(0);
        const audits = sqlite.prepare("select count(*) as n from audit_entry where action = 'create'").get() as { n: number };
        expect(audits.n).toBe(ids.size);
      } finally {
        sqlite.close();
      }
    } finally {
      await killed(child);
    }
  });
});
