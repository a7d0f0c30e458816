import type { Kysely } from 'kysely';
import { z } from 'zod';
import { AppError } from '../../app/app-error.js';
import { loadPlan } from '../../app/load-plan.js';
import { listProgrammes } from '../../store/index.js';
import type { Database } from '../../store/index.js';
import { allowedActions } from './allowed-actions.js';
import { ownedIn } from './ownership.js';
import { ALL_PROGRAMMES, ownerGrantsOn, ROLES, rolesOn } from './roles.js';
import type { Grant } from './roles.js';

/** More programmes than any deployment keeps; the list of what one may do stays bounded. */
const PROGRAMME_LIMIT = 1000;

const actionsSchema = z.record(z.string(), z.enum(['all', 'owned'])).meta({
  description: 'Route keys ("POST /api/programmes/:id/measurements") the user may call, each "all" or "owned": only about the benefits and KPIs in `owned`.',
});

/** What the signed-in user may do, derived from the permission table: the dashboard shows only these controls. */
export const accessSchema = z.object({
  global: actionsSchema.meta({ description: 'Routes that need a role on every programme (accounts, new programmes, the global audit log).' }),
  programmes: z.array(z.object({
    programme: z.string(),
    roles: z.array(z.enum(ROLES)),
    actions: actionsSchema.meta({ description: 'The changes (every method but GET) the user may make on this programme; every role on it may read.' }),
    owned: z.object({ benefits: z.array(z.string()), kpis: z.array(z.string()) }).nullable().meta({ description: 'baateigenaar: the benefits owned in the current plan and their KPIs; null for other roles.' }),
  })).meta({ description: 'One entry per programme the user has a role on.' }),
});
export type AccessJson = z.output<typeof accessSchema>;

/**
 * What grants allow, per programme the user can see and globally. Everything comes from the
 * permission table through `allowedActions`; ownership from the programme's current plan.
 *
 * @example const access = await presentAccess(store.db, principal.grants);
 */
export async function presentAccess(db: Kysely<Database>, grants: readonly Grant[]): Promise<AccessJson> {
  const everywhere = grants.some((g) => g.programme === ALL_PROGRAMMES);
  const ids = [...new Set(grants.map((g) => g.programme))];
  const rows = await listProgrammes(db, { limit: PROGRAMME_LIMIT, ...(everywhere ? {} : { ids }) });
  const programmes = await Promise.all(rows.map(async ({ id }) => {
    const roles = rolesOn(grants, id);
    return {
      programme: id,
      roles: ROLES.filter((r) => roles.has(r)),
      actions: allowedActions(grants, id),
      owned: roles.has('baateigenaar') ? await ownedOn(db, grants, id) : null,
    };
  }));
  return { global: allowedActions(grants, undefined), programmes };
}

async function ownedOn(db: Kysely<Database>, grants: readonly Grant[], programmeId: string): Promise<{ benefits: string[]; kpis: string[] }> {
  try {
    const { programme } = await loadPlan(db, programmeId);
    const owned = ownedIn(programme, ownerGrantsOn(grants, programmeId));
    return { benefits: [...owned.benefits], kpis: [...owned.kpis] };
  } catch (error) {
    // A plan that does not load has nothing to own, nor anything to write records about.
    if (error instanceof AppError) return { benefits: [], kpis: [] };
    throw error;
  }
}
