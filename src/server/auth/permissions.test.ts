import { describe, expect, it } from 'vitest';
import { ROUTE_DOCS } from '../route-docs.js';
import { authRouteDocs } from './auth-setup.js';
import { PERMISSIONS, permissionFor, routesWithoutPermission } from './permissions.js';

describe('the permission table', () => {
  it('has exactly one rule for every documented route, and no rule for a route that does not exist', () => {
    const documented = [...ROUTE_DOCS, ...authRouteDocs].map((d) => `${d.method.toUpperCase()} ${d.path}`);
    const ruled = PERMISSIONS.map((p) => `${p.method} ${p.path}`);
    expect(new Set(ruled).size).toBe(ruled.length);
    expect([...new Set(documented)].sort()).toEqual([...ruled].sort());
  });

  it('matches a request to its rule with decoded parameters; HEAD as GET; nothing for unknown paths', () => {
    expect(permissionFor('PUT', '/api/programmes/klant%20x/measurements/01ABC')).toMatchObject({ permission: { path: '/api/programmes/:id/measurements/:recordId' }, params: { id: 'klant x', recordId: '01ABC' } });
    expect(permissionFor('HEAD', '/api/programmes/p/status')?.permission.path).toBe('/api/programmes/:id/status');
    expect(permissionFor('POST', '/api/programmes/p/measurements/bulk')?.permission.access).toMatchObject({ kind: 'programme', owned: { recordKind: 'measurements', roles: ['baateigenaar'] } });
    expect(permissionFor('GET', '/api/nothing')).toBeUndefined();
    expect(permissionFor('PATCH', '/api/programmes/p')).toBeUndefined();
  });

  it('names the API routes of an app that have no rule', () => {
    expect(routesWithoutPermission([{ method: 'GET', path: '/api/programmes' }, { method: 'POST', path: '/api/secret' }, { method: 'ALL', path: '/api/*' }, { method: 'GET', path: '/assets/*' }])).toEqual(['POST /api/secret']);
  });
});
