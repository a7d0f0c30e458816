import i18next from 'i18next';
import { ApiError, problemOf } from './api-error.js';
import { csrfToken, SIGNED_OUT_EVENT } from './session.js';

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly body?: unknown;
  /** Sent as If-Match; the server answers 412 when the item changed since. */
  readonly ifMatch?: string | undefined;
  /** Makes a POST safe to retry: the server answers a repeat with the first answer. */
  readonly idempotencyKey?: string | undefined;
  readonly signal?: AbortSignal | undefined;
}

/** A successful answer with the ETag, when the server sent one. */
export interface Answer<T> {
  readonly data: T;
  readonly etag: string | undefined;
  readonly status: number;
}

/** A fresh key for one user action; a retry of the same action reuses it. */
export const newIdempotencyKey = (): string => crypto.randomUUID();

/** The dashboard's language, which the server answers its problems in (Dutch unless English is chosen). */
export const requestLanguage = (): 'nl' | 'en' => (i18next.language === 'en' ? 'en' : 'nl');

/**
 * Calls the Koers API in the dashboard's language (`Accept-Language`). Failures become an `ApiError`
 * (problem+json), network failures one with status 0.
 *
 * @example const { data } = await request<ProgrammeStatus>('/api/programmes/x/status?asOf=2026-03-31');
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json', 'accept-language': requestLanguage() };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  // Changes carry the session's CSRF token; the server records them under the signed-in user.
  const csrf = csrfToken();
  if (csrf && (options.method ?? 'GET') !== 'GET') headers['x-csrf-token'] = csrf;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(path, { method: options.method ?? 'GET', headers, body, signal: options.signal ?? null });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', error instanceof Error ? error.message : undefined, [], 'network');
  }
  if (response.status === 401 && !path.startsWith('/api/auth/')) window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
  if (!response.ok) throw await problemOf(response);
  const text = response.status === 204 ? '' : await response.text();
  const data = (text ? JSON.parse(text) : undefined) as T;
  return { data, etag: response.headers.get('etag') ?? undefined, status: response.status };
}
