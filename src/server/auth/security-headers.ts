import type { MiddlewareHandler } from 'hono';
import type { AuthOptions } from './auth-options.js';
import { isHttps } from './session-cookie.js';

/**
 * The Content Security Policy of every response. No 'unsafe-inline' and no 'unsafe-eval': the
 * dashboard is built into script and style files; React's style props go through the CSSOM, which
 * CSP allows. `data:` images are the dashboard's icon.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Security headers on every response; Strict-Transport-Security only on https, and no caching of account answers. */
export function securityHeaders(options: AuthOptions): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('content-security-policy', CONTENT_SECURITY_POLICY);
    h.set('x-content-type-options', 'nosniff');
    h.set('x-frame-options', 'DENY');
    h.set('referrer-policy', 'no-referrer');
    h.set('cross-origin-opener-policy', 'same-origin');
    h.set('cross-origin-resource-policy', 'same-origin');
    h.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    if (isHttps(c, options)) h.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (c.req.path.startsWith('/api/auth/') || c.req.path.startsWith('/api/users')) h.set('cache-control', 'no-store');
  };
}
