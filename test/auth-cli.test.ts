// `koers users …` and the first start, as a person runs them: the built CLI on a real SQLite file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserClient, serveCapturing } from './auth-harness.js';
import { apiFor, killed, ROOT } from './server-harness.js';
import { runCli } from './support/run-cli.js';

const ONE_TIME = /one-time password(?: for "[^"]+")?: ([a-z2-9]{5}(?:-[a-z2-9]{5}){3})/;

describe('koers users', () => {
  let dir: string;
  let db: string;
  const users = (args: string[], input?: string) => runCli(['users', ...args, '--db', db], input === undefined ? {} : { input });

  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist/koers.js'))) execFileSync(process.execPath, ['scripts/build.js'], { cwd: ROOT });
    dir = mkdtempSync(join(tmpdir(), 'koers-users-'));
    db = join(dir, 'koers.db');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('makes the first beheerder with a one-time password, and refuses a taken or invalid name', () => {
    const add = users(['add', 'Anna', '--admin', '--name', 'Anna de Vries']);
    expect(add.code, add.stderr).toBe(0);
    expect(add.stdout).toMatch(/^created beheerder "anna" \(beheerder on every programme\)\none-time password: [a-z2-9-]{23}\nIt must be changed at the first sign-in/);
    const again = users(['add', 'anna']);
    expect([again.code, again.stderr]).toEqual([1, 'koers: the username "anna" is taken\n']);
    const bad = users(['add', 'an na']);
    expect([bad.code, bad.stderr]).toEqual([1, 'koers: "an na" is not a valid username\n']);
  });

  it('takes a chosen password from standard input only, and checks it', () => {
    expect(users(['add', 'bert', '--password-stdin'], 'een goed lang wachtwoord\n').code).toBe(0);
    const weak = users(['add', 'carla', '--password-stdin'], 'kort\n');
    expect([weak.code, weak.stderr]).toEqual([1, 'koers: a password needs at least 10 characters\n']);
  });

  it('grants roles per programme, a baateigenaar with benefits or owner roles, and lists them', () => {
    expect(users(['grant', 'bert', 'baateigenaar', '--programme', 'klant-in-beeld', '--benefit', 'B6', '--owner-role', 'manager-hr']).stdout)
      .toBe('"bert" is baateigenaar on programme "klant-in-beeld" [B6, @manager-hr]\n');
    expect(users(['grant', 'bert', 'lezer']).stdout).toBe('"bert" is lezer on every programme\n');
    const unknownRole = users(['grant', 'bert', 'superuser']);
    expect([unknownRole.code, unknownRole.stderr]).toEqual([2, 'koers: unknown role "superuser"; use one of beheerder, programmamanager, baateigenaar, stuurgroeplid, lezer\n']);
    expect(users(['grant', 'bert', 'baateigenaar']).code).toBe(2);
    expect(users(['grant', 'niemand', 'lezer']).code).toBe(1);
    const list = users(['list', '--format', 'json']);
    expect(JSON.parse(list.stdout)).toEqual([
      { username: 'anna', displayName: 'Anna de Vries', status: 'password change due', signIn: 'password', roles: ['beheerder@*'] },
      { username: 'bert', displayName: 'bert', status: 'active', signIn: 'password', roles: ['lezer@*', 'baateigenaar@klant-in-beeld [B6, @manager-hr]'] },
    ]);
    expect(users(['grant', 'bert', 'lezer', '--revoke']).stdout).toBe('"bert" is no longer lezer on every programme\n');
    expect(users(['list']).stdout).toMatch(/^anna\s+password change due\s+password\s+beheerder@\*\nbert\s+active\s+password\s+baateigenaar@klant-in-beeld \[B6, @manager-hr\]\n$/);
  });

  it('resets a password and makes API tokens, which the server accepts', async () => {
    const reset = users(['reset-password', 'bert']);
    expect(reset.code).toBe(0);
    const password = ONE_TIME.exec(reset.stdout)![1]!;
    const token = users(['token', 'bert', '--name', 'nachtelijke import', '--expires-in-days', '7']);
    expect(token.stdout).toMatch(/^koers_[\w-]{43}\n$/);
    expect(token.stderr).toContain('"nachtelijke import" for "bert", valid until');
    expect(users(['token', 'bert', '--name', 'x', '--expires-in-days', 'nooit']).code).toBe(2);
    const server = await serveCapturing(db);
    try {
      expect((await apiFor(server.url)('GET', '/api/auth/session', { headers: { authorization: `Bearer ${token.stdout.trim()}` } })).body.user.username).toBe('bert');
      expect((await browserClient(server.url).login('bert', 'een goed lang wachtwoord')).status).toBe(401);
      expect((await browserClient(server.url).login('bert', password)).body.mustChangePassword).toBe(true);
      expect(server.output()).not.toContain('one-time password'); // accounts exist: no demo admin
    } finally {
      await killed(server.child);
    }
  });

  it('disables an account, whose token then stops working, and enables it again', async () => {
    const token = users(['token', 'bert', '--name', 'tijdelijk']).stdout.trim();
    expect(users(['disable', 'Bert']).stdout).toBe('"bert" is disabled; their sessions and tokens have stopped working\n');
    expect(JSON.parse(users(['list', '--format', 'json']).stdout).find((u: { username: string }) => u.username === 'bert').status).toBe('disabled');
    const server = await serveCapturing(db);
    try {
      const session = () => apiFor(server.url)('GET', '/api/auth/session', { headers: { authorization: `Bearer ${token}` } });
      expect((await session()).status).toBe(401);
      expect(users(['enable', 'bert']).stdout).toBe('"bert" can sign in again\n');
      // Another process changed the account: this server trusts what it resolved for at most a second.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await session()).body.user.username).toBe('bert');
    } finally {
      await killed(server.child);
    }
    const unknown = users(['disable', 'niemand']);
    expect([unknown.code, unknown.stderr]).toEqual([1, expect.stringContaining('niemand')]);
  });
});

describe('the first start on a new embedded database', () => {
  let dir: string;
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist/koers.js'))) execFileSync(process.execPath, ['scripts/build.js'], { cwd: ROOT });
    dir = mkdtempSync(join(tmpdir(), 'koers-first-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('makes the demo beheerder "admin" with a one-time password, printed once, to change at the first sign-in', async () => {
    const database = join(dir, 'koers.db');
    const first = await serveCapturing(database, ['--example']);
    let password: string;
    try {
      const printed = ONE_TIME.exec(first.output());
      expect(printed, first.output()).not.toBeNull();
      password = printed![1]!;
      expect(first.output()).toContain('user "admin"');
      const client = browserClient(first.url);
      const signIn = await client.login('admin', password);
      expect(signIn.body).toMatchObject({ user: { username: 'admin' }, mustChangePassword: true });
      expect((await client.api('GET', '/api/programmes/klant-in-beeld')).body.code).toBe('password-change-required');
      expect((await client.api('PUT', '/api/auth/password', { json: { currentPassword: password, newPassword: 'beheerder kiest een zin' } })).status).toBe(200);
      expect((await client.api('GET', '/api/programmes/klant-in-beeld')).status).toBe(200);
    } finally {
      await killed(first.child);
    }
    const second = await serveCapturing(database, ['--example']);
    try {
      expect(second.output()).not.toMatch(ONE_TIME);
      expect((await browserClient(second.url).login('admin', password)).status).toBe(401);
    } finally {
      await killed(second.child);
    }
  });
});
