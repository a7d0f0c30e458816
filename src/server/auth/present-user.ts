import { z } from 'zod';
import type { GrantRow, UserRow } from '../../store/index.js';
import { grantOf, ROLES } from './roles.js';
import type { Grant } from './roles.js';

export const grantSchema = z.object({
  programme: z.string().meta({ description: 'A programme id, or * for every programme.' }),
  role: z.enum(ROLES),
  benefits: z.array(z.string()).meta({ description: 'baateigenaar: the benefit ids owned.' }),
  ownerRoles: z.array(z.string()).meta({ description: "baateigenaar: the model's owner role ids; every benefit of these roles is owned." }),
  source: z.enum(['local', 'oidc']),
});

/** An account as the API shows it: never a password hash. */
export const userSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  hasPassword: z.boolean(),
  singleSignOn: z.boolean(),
  grants: z.array(grantSchema),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type UserJson = z.output<typeof userSchema>;

export const presentGrant = (g: Grant) => ({ programme: g.programme, role: g.role, benefits: [...g.benefits], ownerRoles: [...g.ownerRoles], source: g.source });

export function presentUser(user: UserRow, grants: readonly GrantRow[]): UserJson {
  return {
    username: user.username,
    displayName: user.display_name,
    disabled: user.disabled === 1,
    mustChangePassword: user.must_change_password === 1,
    hasPassword: user.password_hash !== null,
    singleSignOn: user.oidc_subject !== null,
    grants: grants.map(grantOf).filter((g): g is Grant => g !== undefined).map(presentGrant),
    createdAt: user.created_at,
    createdBy: user.created_by,
  };
}
