import type { Principal } from './principal.js';

/** How long a resolved session or token is trusted without asking the database again. */
export const PRINCIPAL_CACHE_MS = 1000;
const MAX_ENTRIES = 5000;

/**
 * Who a credential (a session id's or token's hash) stood for, remembered for a second so that a
 * busy client costs one lookup per second instead of two queries per request. Changes made on this
 * instance (sign-out, password, roles, disabling) forget at once; on other instances they apply
 * within `PRINCIPAL_CACHE_MS`.
 */
export class PrincipalCache {
  readonly #entries = new Map<string, { readonly principal: Principal; readonly until: number; readonly expiresAt: number }>();

  /** The principal of a credential, while fresh and before `expiresAt` (the session's or token's end). */
  get(key: string, now: number): Principal | undefined {
    const hit = this.#entries.get(key);
    if (!hit) return undefined;
    if (now >= hit.until || now >= hit.expiresAt) {
      this.#entries.delete(key);
      return undefined;
    }
    return hit.principal;
  }

  set(key: string, principal: Principal, now: number, expiresAt: number): void {
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.clear();
    this.#entries.set(key, { principal, until: now + PRINCIPAL_CACHE_MS, expiresAt });
  }

  forget(key: string): void {
    this.#entries.delete(key);
  }

  /** Forgets every credential of a user (their password, roles or account changed). */
  forgetUser(userId: string): void {
    for (const [key, entry] of this.#entries) if (entry.principal.userId === userId) this.#entries.delete(key);
  }
}
