import { describe, expect, it } from 'vitest';
import { grantOf, parseRoleClaim, rolesOn } from './roles.js';

describe('roles', () => {
  it('reads a sign-on role claim: every programme, one programme, and a baateigenaar with benefits and owner roles', () => {
    expect(parseRoleClaim(['lezer', 'programmamanager:klant-in-beeld', 'baateigenaar:klant-in-beeld:B2,@manager-hr', 'Domain Users', 'admin:x', ''])).toEqual([
      { programme: '*', role: 'lezer', benefits: [], ownerRoles: [], source: 'oidc' },
      { programme: 'klant-in-beeld', role: 'programmamanager', benefits: [], ownerRoles: [], source: 'oidc' },
      { programme: 'klant-in-beeld', role: 'baateigenaar', benefits: ['B2'], ownerRoles: ['manager-hr'], source: 'oidc' },
    ]);
  });

  it('gives the roles on a programme from its own grants and the grants on every programme', () => {
    const grants = parseRoleClaim(['lezer', 'programmamanager:a', 'stuurgroeplid:b']);
    expect([...rolesOn(grants, 'a')].sort()).toEqual(['lezer', 'programmamanager']);
    expect([...rolesOn(grants, 'b')].sort()).toEqual(['lezer', 'stuurgroeplid']);
    expect([...rolesOn(grants, undefined)]).toEqual(['lezer']);
  });

  it('leaves out stored grants of a role it does not know, and reads broken scope lists as empty', () => {
    const row = { user_id: 'u', programme_id: '*', benefits: 'not json', owner_roles: '["r1", 3]', source: 'local', created_at: '', created_by: '' };
    expect(grantOf({ ...row, role: 'superuser' })).toBeUndefined();
    expect(grantOf({ ...row, role: 'baateigenaar' })).toEqual({ programme: '*', role: 'baateigenaar', benefits: [], ownerRoles: ['r1'], source: 'local' });
  });
});
