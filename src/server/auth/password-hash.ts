import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { message } from '../../formats/messages/index.js';
import type { Message } from '../../formats/messages/index.js';

/** Argon2id (algorithm 2; the library's enum is a const enum, which isolated modules cannot read) with OWASP's minimum: 19 MiB, 2 passes, 1 lane. */
const PARAMS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * Hashes a password with argon2id into a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`), which
 * carries its own salt and parameters.
 *
 * @example const stored = await hashPassword('correct horse battery staple');
 */
export const hashPassword = (password: string): Promise<string> => hash(password, PARAMS);

/** A hash of nothing anyone knows, verified against when an account does not exist, so that the answer takes as long. */
let dummy: Promise<string> | undefined;

/**
 * Whether `password` matches the stored hash. Without a hash (unknown account, sign-on only) it
 * still spends the time of a verification and answers false.
 */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) {
    await verify(await (dummy ??= hashPassword(`no account ${randomInt(1e9)}`)), password).catch(() => false);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Why a new password is not accepted, or undefined when it is. */
export function passwordProblem(password: string, username: string): Message | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return message('account.password-too-short', { min: MIN_PASSWORD_LENGTH });
  if (password.length > MAX_PASSWORD_LENGTH) return message('account.password-too-long', { max: MAX_PASSWORD_LENGTH });
  if (password.toLowerCase().includes(username.toLowerCase())) return message('account.password-has-username', {});
  if (new Set(password).size < 4) return message('account.password-too-simple', {});
  return undefined;
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A one-time password for a new account or a reset: 20 characters in groups of five (about 98
 * bits), without look-alike characters, to be changed at the first sign-in.
 *
 * @example oneTimePassword() // 'k7mqr-xw2pa-9dtne-h4svb'
 */
export function oneTimePassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
  return groups.join('-');
}
