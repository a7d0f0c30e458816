import type { MiddlewareHandler } from 'hono';
import { message } from '../../formats/messages/index.js';
import type { Store } from '../../store/index.js';
import { roleVerdict } from './allowed-actions.js';
import { assertOwnership } from './ownership.js';
import { permissionFor } from './permissions.js';
import { forbidden, principalOf, unauthenticated } from './principal.js';
import { rolesOn } from './roles.js';

/**
 * Applies the permission table (permissions.ts) to every request: public routes pass; others need a
 * signed-in user (401) with an allowed role on the programme in the path or on every programme
 * (403); a baateigenaar's writes must be about their own benefits (403 `not-owner`). Paths outside
 * the API (the dashboard's files) are public. An API route the table forgot is refused (403), never
 * open; unknown API paths answer 401 to strangers and 404 to signed-in users.
 *
 * @example app.use('*', authorize(store, () => app.routes))
 */
export function authorize(store: Store, servedRoutes: () => readonly { readonly method: string; readonly path: string }[] = () => []): MiddlewareHandler {
  let served: ((method: string, path: string) => boolean) | undefined;
  return async (c, next) => {
    const principal = principalOf(c);
    const found = permissionFor(c.req.method, c.req.path);
    if (!found) {
      if (!c.req.path.startsWith('/api/')) return next();
      if (!principal) throw unauthenticated();
      served ??= routeMatcher(servedRoutes());
      if (served(c.req.method, c.req.path)) throw forbidden(`${c.req.method} ${c.req.path} has no rule in the permission table, so nobody may call it`, 'no-permission-rule');
      return next();
    }
    const { access } = found.permission;
    if (access.kind === 'public') return next();
    if (!principal) throw unauthenticated();
    if (principal.mustChangePassword && !(access.kind === 'signed-in' && access.whilePasswordChangeIsDue)) {
      throw forbidden('change your one-time password first: PUT /api/auth/password', 'password-change-required');
    }
    if (access.kind === 'signed-in') return next();

    const programmeId = access.kind === 'programme' ? found.params.id : undefined;
    const held = rolesOn(principal.grants, programmeId);
    const scope = roleVerdict(access, held);
    if (!scope) {
      throw forbidden(message('auth.role-needed', { roles: access.roles, held: [...held], ...(programmeId === undefined ? {} : { programme: programmeId }) }));
    }
    if (scope === 'owned' && access.kind === 'programme' && access.owned) {
      await assertOwnership(c, store, principal, { path: found.permission.path, params: found.params }, access.owned.recordKind);
    }
    return next();
  };
}

/** Whether one of the app's own API routes answers this method and path. */
function routeMatcher(routes: readonly { readonly method: string; readonly path: string }[]): (method: string, path: string) => boolean {
  const compiled = routes
    .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
    .map((r) => ({ method: r.method, pattern: new RegExp(`^${r.path.replace(/[.]/g, '\\.').replace(/:[A-Za-z]+(\{[^}]*\})?/g, '[^/]+').replace(/\*/g, '.*')}/?$`) }));
  return (method, path) => compiled.some((r) => (r.method === method || (method === 'HEAD' && r.method === 'GET')) && r.pattern.test(path));
}
