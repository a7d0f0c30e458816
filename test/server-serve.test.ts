// `koers serve` as users run it: the built CLI, a first start that imports the example, a clean stop.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFor, killed, ROOT, spawnServer, testUserIn } from './server-harness.js';

const rowsOf = (file: string) => readFileSync(join(ROOT, 'examples/klant-in-beeld', file), 'utf8').trim().split('\n').length - 1;

describe('koers serve', () => {
  let dir: string;
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist/koers.js'))) execFileSync(process.execPath, ['scripts/build.js'], { cwd: ROOT });
    dir = mkdtempSync(join(tmpdir(), 'koers-serve-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports the example with its records on a first start, once', async () => {
    const database = join(dir, 'data', 'koers.db');
    for (let start = 0; start < 2; start++) {
      const { child, url } = await spawnServer(['--example'], { KOERS_DB_PATH: database });
      try {
        const api = apiFor(url, await testUserIn(database));
        expect((await api('GET', '/api/programmes')).body.items.map((p: { id: string }) => p.id)).toEqual(['klant-in-beeld']);
        expect((await api('GET', '/api/programmes/klant-in-beeld/measurements?limit=500')).body.items).toHaveLength(rowsOf('measurements.csv'));
        expect((await api('GET', '/api/programmes/klant-in-beeld/progress?limit=500')).body.items).toHaveLength(rowsOf('progress.csv'));
        expect((await api('GET', '/api/programmes/klant-in-beeld/versions')).body.items).toHaveLength(1);
        const status = await api('GET', '/api/programmes/klant-in-beeld/status?asOf=2026-07-15');
        expect(status.body.summary.kpis).toBeDefined();
      } finally {
        await killed(child);
      }
    }
  });

  it('stops cleanly on SIGTERM', async () => {
    const { child } = await spawnServer(['--db', join(dir, 'stop.db')]);
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
  });

  it('refuses a bad port or environment with exit code 2 and one clear line', () => {
    const bad = spawnSync(process.execPath, ['bin/koers.js', 'serve', '--port', 'x'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('koers: invalid --port "x": a port number from 0 to 65535\n');
    const env = spawnSync(process.execPath, ['bin/koers.js', 'serve'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATABASE_URL: 'mysql://x' } });
    expect(env.status).toBe(2);
    expect(env.stderr).toContain('DATABASE_URL');
  });
});
