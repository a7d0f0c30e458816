import { describe, expect, it } from 'vitest';
import { hashPassword, oneTimePassword, passwordProblem, verifyPassword } from './password-hash.js';

describe('passwords', () => {
  it('hashes with argon2id and a fresh salt, and verifies only the right password', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(a, 'correct horse batterY')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
    expect(await verifyPassword(null, 'correct horse battery')).toBe(false);
  });

  it('refuses short, repetitive and username passwords', () => {
    expect(passwordProblem('kort', 'anna')).toEqual({ code: 'account.password-too-short', params: { min: 10 } });
    expect(passwordProblem('anna-is-de-beste', 'anna')?.code).toBe('account.password-has-username');
    expect(passwordProblem('aaaaaaaaaaaa', 'bert')?.code).toBe('account.password-too-simple');
    expect(passwordProblem('x'.repeat(257), 'bert')).toEqual({ code: 'account.password-too-long', params: { max: 256 } });
    expect(passwordProblem('lange zin met spaties', 'bert')).toBeUndefined();
  });

  it('makes one-time passwords of four groups of five, different each time', () => {
    const all = Array.from({ length: 50 }, oneTimePassword);
    for (const p of all) expect(p).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect(new Set(all).size).toBe(50);
  });
});
