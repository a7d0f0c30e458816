import { RECORD_KIND_NAMES } from '../../app/record-kinds.js';
import type { RecordKind } from '../../app/record-kinds.js';
import type { Role } from './roles.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * Who may call a route:
 * - `public`: anyone, signed in or not;
 * - `signed-in`: any signed-in user, whatever their roles;
 * - `global`: a user with one of `roles` on every programme (a `*` grant);
 * - `programme`: a user with one of `roles` on the programme in the path (`:id`) or on `*`. When the
 *   user's only allowed role is in `owned.roles`, the records they write must be about benefits
 *   they own (see ownership.ts).
 */
export type Access =
  | { readonly kind: 'public' }
  | { readonly kind: 'signed-in'; readonly whilePasswordChangeIsDue?: boolean }
  | { readonly kind: 'global'; readonly roles: readonly Role[] }
  | { readonly kind: 'programme'; readonly roles: readonly Role[]; readonly owned?: { readonly recordKind: RecordKind; readonly roles: readonly Role[] } };

/** One row of the permission table. Paths are written as Hono writes them. */
export interface Permission {
  readonly method: Method;
  readonly path: string;
  readonly access: Access;
}

const EVERYONE: readonly Role[] = ['beheerder', 'programmamanager', 'baateigenaar', 'stuurgroeplid', 'lezer'];
const MANAGERS: readonly Role[] = ['beheerder', 'programmamanager'];
const ADMINS: readonly Role[] = ['beheerder'];

const publicRoute = { kind: 'public' } as const;
const signedIn = { kind: 'signed-in' } as const;
const accountOnly = { kind: 'signed-in', whilePasswordChangeIsDue: true } as const;
const read = { kind: 'programme', roles: EVERYONE } as const;
const manage = { kind: 'programme', roles: MANAGERS } as const;
const administer = { kind: 'global', roles: ADMINS } as const;

/**
 * Who writes each kind of record, besides beheerder and programmamanager: the stuurgroep decides
 * at gates and acknowledges escalations; a baateigenaar records measurements, risks and signals
 * about their own benefits, and overrides the RAG of their own benefits' KPIs. Stuurparameter
 * overrides concern the whole programme, which no baateigenaar owns, so they stay the programme
 * manager's (ownership.ts refuses them to a baateigenaar).
 */
export const RECORD_WRITERS: { readonly [K in RecordKind]: { readonly roles: readonly Role[]; readonly owned?: readonly Role[] } } = {
  measurements: { roles: [...MANAGERS, 'baateigenaar'], owned: ['baateigenaar'] },
  progress: { roles: MANAGERS },
  decisions: { roles: [...MANAGERS, 'stuurgroeplid'] },
  checks: { roles: MANAGERS },
  risks: { roles: [...MANAGERS, 'baateigenaar'], owned: ['baateigenaar'] },
  overrides: { roles: [...MANAGERS, 'baateigenaar'], owned: ['baateigenaar'] },
  signals: { roles: [...MANAGERS, 'baateigenaar'], owned: ['baateigenaar'] },
  acknowledgements: { roles: [...MANAGERS, 'stuurgroeplid'] },
  budget: { roles: MANAGERS },
};

function recordPermissions(kind: RecordKind): Permission[] {
  const base = `/api/programmes/:id/${kind}`;
  const writers = RECORD_WRITERS[kind];
  const write: Access = { kind: 'programme', roles: writers.roles, ...(writers.owned ? { owned: { recordKind: kind, roles: writers.owned } } : {}) };
  return [
    { method: 'GET', path: base, access: read },
    { method: 'POST', path: base, access: write },
    { method: 'POST', path: `${base}/bulk`, access: write },
    { method: 'POST', path: `${base}/upload`, access: write },
    { method: 'GET', path: `${base}/:recordId`, access: read },
    { method: 'PUT', path: `${base}/:recordId`, access: write },
    { method: 'DELETE', path: `${base}/:recordId`, access: write },
  ];
}

/**
 * The permission table: every API route and who may call it. The `authorize` middleware reads only
 * this table, and `createApp` refuses to start when an API route is missing from it.
 */
export const PERMISSIONS: readonly Permission[] = [
  { method: 'GET', path: '/healthz', access: publicRoute },
  { method: 'GET', path: '/readyz', access: publicRoute },
  { method: 'GET', path: '/api/openapi.json', access: publicRoute },

  { method: 'GET', path: '/api/auth/providers', access: publicRoute },
  { method: 'POST', path: '/api/auth/login', access: publicRoute },
  { method: 'GET', path: '/api/auth/oidc/login', access: publicRoute },
  { method: 'GET', path: '/api/auth/oidc/callback', access: publicRoute },
  { method: 'POST', path: '/api/auth/logout', access: accountOnly },
  { method: 'GET', path: '/api/auth/session', access: accountOnly },
  { method: 'PUT', path: '/api/auth/password', access: accountOnly },
  { method: 'GET', path: '/api/auth/tokens', access: signedIn },
  { method: 'POST', path: '/api/auth/tokens', access: signedIn },
  { method: 'DELETE', path: '/api/auth/tokens/:tokenId', access: signedIn },

  { method: 'GET', path: '/api/users', access: administer },
  { method: 'POST', path: '/api/users', access: administer },
  { method: 'GET', path: '/api/users/:username', access: administer },
  { method: 'DELETE', path: '/api/users/:username', access: administer },
  { method: 'POST', path: '/api/users/:username/enable', access: administer },
  { method: 'PUT', path: '/api/users/:username/grants', access: administer },
  { method: 'POST', path: '/api/users/:username/password', access: administer },

  // Every signed-in user may list programmes; the list holds only those they have a role on.
  { method: 'GET', path: '/api/programmes', access: signedIn },
  { method: 'POST', path: '/api/programmes', access: administer },
  { method: 'GET', path: '/api/programmes/:id', access: read },
  { method: 'PUT', path: '/api/programmes/:id', access: manage },
  { method: 'DELETE', path: '/api/programmes/:id', access: { kind: 'programme', roles: ADMINS } },
  { method: 'GET', path: '/api/programmes/:id/export', access: read },
  { method: 'GET', path: '/api/programmes/:id/versions', access: read },
  { method: 'GET', path: '/api/programmes/:id/versions/:version', access: read },
  { method: 'GET', path: '/api/programmes/:id/diff', access: read },
  { method: 'GET', path: '/api/programmes/:id/status', access: read },
  { method: 'GET', path: '/api/programmes/:id/documents', access: read },
  { method: 'GET', path: '/api/programmes/:id/documents/:document/:format', access: read },
  { method: 'GET', path: '/api/programmes/:id/audit', access: read },
  { method: 'GET', path: '/api/programmes/:id/bundle', access: manage },
  { method: 'GET', path: '/api/audit', access: administer },
  { method: 'POST', path: '/api/bundles', access: administer },
  ...RECORD_KIND_NAMES.flatMap(recordPermissions),
];

/** A permission with its path compiled, and the values of the path's parameters once matched. */
interface CompiledPermission extends Permission {
  readonly pattern: RegExp;
  readonly params: readonly string[];
}

const compiled: readonly CompiledPermission[] = PERMISSIONS.map((p) => ({
  ...p,
  params: [...p.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!),
  pattern: new RegExp(`^${p.path.replace(/[.]/g, '\\.').replace(/:[A-Za-z]+/g, '([^/]+)')}/?$`),
}));

/** The rule for a request, with the decoded path parameters; undefined when the table has none. */
export function permissionFor(method: string, path: string): { readonly permission: Permission; readonly params: Readonly<Record<string, string>> } | undefined {
  const m = method === 'HEAD' ? 'GET' : method;
  for (const p of compiled) {
    if (p.method !== m) continue;
    const match = p.pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    p.params.forEach((name, i) => {
      params[name] = safeDecode(match[i + 1]!);
    });
    return { permission: p, params };
  }
  return undefined;
}

/** The API routes of an app that the table does not cover; `createApp` fails on any. */
export function routesWithoutPermission(routes: readonly { readonly method: string; readonly path: string }[]): string[] {
  const covered = new Set(PERMISSIONS.map((p) => `${p.method} ${p.path}`));
  return [...new Set(routes
    .filter((r) => r.method !== 'ALL' && (r.path.startsWith('/api') || r.path === '/healthz' || r.path === '/readyz'))
    .map((r) => `${r.method} ${r.path}`))]
    .filter((r) => !covered.has(r));
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
