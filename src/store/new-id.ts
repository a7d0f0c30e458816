import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
let lastTime = -1;
let lastRandom: number[] = [];

/**
 * A new id that sorts by creation time (a ULID): 10 characters of milliseconds, 16 of randomness.
 * Within one millisecond the random part counts up, so ids from one process stay in order; ids from
 * several instances interleave by time. Ids are generated here, not by the database, so that both
 * dialects behave alike and backups keep their ids.
 *
 * @example newId() // '01JH5Q3R8Z4K7M2N9P0QRSTVWX'
 */
export function newId(now: number = Date.now()): string {
  if (now <= lastTime) {
    increment(lastRandom);
  } else {
    lastTime = now;
    lastRandom = randomDigits();
  }
  let time = '';
  for (let t = lastTime, i = 0; i < 10; i++, t = Math.floor(t / 32)) time = ALPHABET[t % 32] + time;
  return time + lastRandom.map((d) => ALPHABET[d]).join('');
}

// Random bytes fetched in bulk: one system call per 256 ids instead of one per id.
let pool = Buffer.alloc(0);
let offset = 0;

function randomDigits(): number[] {
  if (offset + 16 > pool.length) {
    pool = randomBytes(4096);
    offset = 0;
  }
  const digits = Array.from(pool.subarray(offset, offset + 16), (b) => b & 31);
  offset += 16;
  return digits;
}

function increment(digits: number[]): void {
  for (let i = digits.length - 1; i >= 0; i--) {
    if (digits[i]! < 31) {
      digits[i]! += 1;
      return;
    }
    digits[i] = 0;
  }
}
