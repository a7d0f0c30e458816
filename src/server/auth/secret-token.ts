import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh random secret: 32 bytes (256 bits) as base64url, for session ids, CSRF and API tokens. */
export const newSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** The SHA-256 of a secret, hex: what the database keeps instead of the secret itself. */
export const sha256 = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

/** Compares two secrets in time that does not depend on where they differ. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The prefix of Koers API tokens, so that a leaked token is recognisable (and scannable) as one. */
export const API_TOKEN_PREFIX = 'koers_';
