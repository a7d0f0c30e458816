import type { GrantRow } from '../../store/index.js';

/**
 * The roles of Koers, each granted per programme (or on `*`, every programme):
 * - `beheerder` manages users and programmes, and may do everything;
 * - `programmamanager` does everything within a programme (plan versions, every record kind);
 * - `baateigenaar` records measurements, risks and escalation signals, but only about the benefits
 *   they own (see `Grant.benefits` and `Grant.ownerRoles`);
 * - `stuurgroeplid` records gate decisions and acknowledges escalations;
 * - `lezer` reads.
 */
export const ROLES = ['beheerder', 'programmamanager', 'baateigenaar', 'stuurgroeplid', 'lezer'] as const;
export type Role = (typeof ROLES)[number];

/** The programme id of a grant that holds on every programme, present and future. */
export const ALL_PROGRAMMES = '*';

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/**
 * One role of a user on one programme. A baateigenaar owns the benefits listed in `benefits` and
 * every benefit whose `owner` in the plan is one of `ownerRoles` (the model's role ids); they own
 * the KPIs that are indicators of those benefits.
 *
 * @example { programme: 'klant-in-beeld', role: 'baateigenaar', benefits: ['B2'], ownerRoles: ['manager-hr'], source: 'local' }
 */
export interface Grant {
  readonly programme: string;
  readonly role: Role;
  readonly benefits: readonly string[];
  readonly ownerRoles: readonly string[];
  readonly source: 'local' | 'oidc';
}

/** A stored grant as a `Grant`; rows with a role this version does not know are left out. */
export function grantOf(row: GrantRow): Grant | undefined {
  if (!isRole(row.role)) return undefined;
  return { programme: row.programme_id, role: row.role, benefits: jsonList(row.benefits), ownerRoles: jsonList(row.owner_roles), source: row.source === 'oidc' ? 'oidc' : 'local' };
}

/** The roles a user holds on `programmeId`, or, without one, on every programme (`*` grants). */
export function rolesOn(grants: readonly Grant[], programmeId: string | undefined): ReadonlySet<Role> {
  return new Set(grants.filter((g) => g.programme === ALL_PROGRAMMES || (programmeId !== undefined && g.programme === programmeId)).map((g) => g.role));
}

/** The baateigenaar grants that hold on `programmeId`. */
export const ownerGrantsOn = (grants: readonly Grant[], programmeId: string) =>
  grants.filter((g) => g.role === 'baateigenaar' && (g.programme === ALL_PROGRAMMES || g.programme === programmeId));

function jsonList(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Reads grants from a sign-on role claim. Each value is `ROLE` (every programme), `ROLE:PROGRAMME`,
 * or for a baateigenaar `baateigenaar:PROGRAMME:SCOPE` where SCOPE lists benefit ids and, with an
 * `@`, the model's owner role ids, separated by commas: `baateigenaar:klant-in-beeld:B2,@manager-hr`.
 * Values that are not of this form are ignored (a claim often carries other groups too).
 *
 * @example parseRoleClaim(['lezer', 'programmamanager:klant-in-beeld'])
 */
export function parseRoleClaim(values: readonly string[]): Grant[] {
  const grants: Grant[] = [];
  for (const value of values) {
    const [role = '', programme = ALL_PROGRAMMES, scope = ''] = value.trim().split(':');
    if (!isRole(role) || programme === '') continue;
    const items = scope.split(',').map((s) => s.trim()).filter(Boolean);
    grants.push({
      programme,
      role,
      benefits: role === 'baateigenaar' ? items.filter((i) => !i.startsWith('@')) : [],
      ownerRoles: role === 'baateigenaar' ? items.filter((i) => i.startsWith('@')).map((i) => i.slice(1)) : [],
      source: 'oidc',
    });
  }
  return grants;
}
