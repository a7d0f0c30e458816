import { describe, expect, it } from 'vitest';
import { allowedActions, roleVerdict } from './allowed-actions.js';
import type { Grant } from './roles.js';

const grant = (role: Grant['role'], programme = 'p'): Grant => ({ programme, role, benefits: [], ownerRoles: [], source: 'local' });

describe('allowed actions', () => {
  it('judges a rule by the roles held: refused, everything, or only what one owns', () => {
    const owned = { kind: 'programme', roles: ['programmamanager', 'baateigenaar'], owned: { recordKind: 'risks', roles: ['baateigenaar'] } } as const;
    expect(roleVerdict(owned, new Set(['lezer']))).toBeUndefined();
    expect(roleVerdict(owned, new Set(['baateigenaar']))).toBe('owned');
    // Another allowed role lifts the limit: a programmamanager who also owns benefits writes about anything.
    expect(roleVerdict(owned, new Set(['baateigenaar', 'programmamanager']))).toBe('all');
    expect(roleVerdict({ kind: 'global', roles: ['beheerder'] }, new Set(['beheerder']))).toBe('all');
  });

  it('lists a programme\'s changes for its programme only, and global routes without one', () => {
    const grants = [grant('stuurgroeplid'), grant('programmamanager', 'q')];
    expect(allowedActions(grants, 'p')).toMatchObject({ 'POST /api/programmes/:id/decisions': 'all', 'DELETE /api/programmes/:id/acknowledgements/:recordId': 'all' });
    expect(allowedActions(grants, 'p')).not.toHaveProperty(['POST /api/programmes/:id/measurements']);
    expect(Object.keys(allowedActions(grants, 'p')).every((k) => !k.startsWith('GET '))).toBe(true);
    expect(allowedActions(grants, 'q')).toHaveProperty(['PUT /api/programmes/:id'], 'all');
    expect(allowedActions(grants, undefined)).toEqual({});
    expect(allowedActions([grant('beheerder', '*')], undefined)).toHaveProperty(['GET /api/users'], 'all');
    // A beheerder on one programme only is no account manager.
    expect(allowedActions([grant('beheerder')], undefined)).toEqual({});
  });
});
