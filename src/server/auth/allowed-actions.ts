import { PERMISSIONS } from './permissions.js';
import type { Access, Permission } from './permissions.js';
import { rolesOn } from './roles.js';
import type { Grant, Role } from './roles.js';

/** How far an allowed route reaches: everything, or only records about the benefits the user owns. */
export type Scope = 'all' | 'owned';

/** A rule that depends on the roles a user holds. */
export type RoleAccess = Extract<Access, { readonly kind: 'global' | 'programme' }>;

/**
 * Whether roles held let a request through a rule, and how far: undefined when refused; `owned`
 * when every allowed role is one the rule limits to owned benefits. The `authorize` middleware
 * decides with this function too, so what the dashboard is told and what the server enforces
 * cannot drift apart.
 *
 * @example roleVerdict({ kind: 'programme', roles: ['baateigenaar'], owned: { recordKind: 'risks', roles: ['baateigenaar'] } }, new Set(['baateigenaar'])) // 'owned'
 */
export function roleVerdict(access: RoleAccess, held: ReadonlySet<Role>): Scope | undefined {
  const allowed = access.roles.filter((r) => held.has(r));
  if (allowed.length === 0) return undefined;
  const owned = access.kind === 'programme' ? access.owned : undefined;
  return owned && allowed.every((r) => owned.roles.includes(r)) ? 'owned' : 'all';
}

/** The key of a route in the answers below: `"POST /api/programmes/:id/measurements"`. */
export const actionKey = (p: Pick<Permission, 'method' | 'path'>) => `${p.method} ${p.path}`;

/**
 * The routes of the permission table these grants allow, with their scope: on a programme (`programme`
 * rules, changes only, since every role there may read) or, without a programme, the `global` rules.
 *
 * @example allowedActions([{ programme: 'p', role: 'stuurgroeplid', … }], 'p') // { 'POST /api/programmes/:id/decisions': 'all', … }
 */
export function allowedActions(grants: readonly Grant[], programmeId: string | undefined): Readonly<Record<string, Scope>> {
  const held = rolesOn(grants, programmeId);
  const actions: Record<string, Scope> = {};
  for (const p of PERMISSIONS) {
    const { access } = p;
    const wanted = programmeId === undefined ? access.kind === 'global' : access.kind === 'programme' && p.method !== 'GET';
    if (!wanted || (access.kind !== 'global' && access.kind !== 'programme')) continue;
    const scope = roleVerdict(access, held);
    if (scope) actions[actionKey(p)] = scope;
  }
  return actions;
}
