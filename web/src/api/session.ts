/** Cookie names the server sets: `__Host-` prefixed over https. */
const CSRF_COOKIES = ['__Host-koers-csrf', 'koers-csrf'];

/**
 * The session's CSRF token, from the readable cookie the server sets at sign-in; the server refuses
 * changes without it in X-CSRF-Token.
 */
export function csrfToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=');
    const name = part.slice(0, eq).trim();
    if (CSRF_COOKIES.includes(name)) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** Fired when the server answers 401: the session ended (signed out elsewhere, expired); the sign-in page takes over. */
export const SIGNED_OUT_EVENT = 'koers:signed-out';
