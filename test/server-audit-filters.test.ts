// Filters of the audit log (entity kind, action, user, date range, text) with paging: each filtered
// page sequence is exactly the matching part of the whole log, in order, on SQLite and PostgreSQL.
import { beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, newId } from '../src/store/index.js';
import type { AuditRow } from '../src/store/index.js';
import { importExample, useApp } from './server-harness.js';
import type { Api } from './server-harness.js';
import { dialects } from './store-targets.js';

interface Entry {
  readonly id: string;
  readonly at: string;
  readonly actor: string;
  readonly programmeId: string | null;
  readonly entity: string;
  readonly entityId: string;
  readonly action: string;
  readonly after: unknown;
}

const ENTITIES = ['measurement', 'progress', 'risk', 'override'] as const;
const ACTIONS = ['create', 'update', 'delete'] as const;
const ACTORS = ['anna', 'bram', 'chantal'] as const;

/**
 * 60 entries over 20 days around a month end, of several kinds, actions and actors, two a day at
 * 08:00 and 23:30 UTC (so that a day's end matters). Ids grow with `at`, as the store writes them.
 */
function seedRows(programmeId: string): AuditRow[] {
  const start = Date.UTC(2026, 2, 20);
  return Array.from({ length: 60 }, (_, i) => {
    const day = Math.floor(i / 3);
    const at = new Date(start + day * 86_400_000 + (i % 3 === 2 ? 23.5 : 8 + (i % 3)) * 3_600_000);
    return {
      id: newId(at.getTime()),
      at: at.toISOString(),
      actor: ACTORS[i % 3]!,
      programme_id: programmeId,
      entity: ENTITIES[i % 4]!,
      entity_id: `E-${i}`,
      action: ACTIONS[i % 3 === 0 ? 0 : i % 5 === 0 ? 2 : 1]!,
      before: null,
      after: JSON.stringify({ note: i % 7 === 0 ? `Voorraad_50% bij ${i}` : `regel ${i}` }),
    };
  });
}

/** Every entry of a query, page by page through the `next` links, checking each page's size. */
async function allPages(api: Api, first: string, limit: number): Promise<{ readonly entries: Entry[]; readonly pages: number }> {
  const entries: Entry[] = [];
  let url: string | null = `${first}${first.includes('?') ? '&' : '?'}limit=${limit}`;
  let pages = 0;
  while (url !== null) {
    const res = await api('GET', url);
    expect(res.status, res.text).toBe(200);
    expect(res.body.items.length).toBeLessThanOrEqual(limit);
    if (res.body.next !== null) expect(res.body.items).toHaveLength(limit);
    entries.push(...(res.body.items as Entry[]));
    url = res.body.next;
    pages += 1;
    expect(pages).toBeLessThan(100);
  }
  return { entries, pages };
}

describe.each(dialects)('audit log filters on $name', ({ fresh }) => {
  const ctx = useApp(fresh);
  const programme = 'audit-filters';
  const base = `/api/programmes/${programme}/audit`;
  let all: Entry[] = [];

  beforeAll(async () => {
    await importExample(ctx.api, programme);
    await importExample(ctx.api, 'audit-other', 'bram');
    await appendAudit(ctx.store.db, seedRows(programme));
    all = (await ctx.api('GET', `${base}?limit=500`)).body.items as Entry[];
    expect(all.length).toBe(61); // the import and the 60 seeded entries
  });

  const ids = (entries: readonly Entry[]) => entries.map((e) => e.id);

  it('pages each filter to exactly the matching entries, newest first, and oldest first with order=asc', async () => {
    const cases: readonly [string, (e: Entry) => boolean][] = [
      ['entity=risk', (e) => e.entity === 'risk'],
      ['action=delete', (e) => e.action === 'delete'],
      ['action=update', (e) => e.action === 'update'],
      ['actor=bram', (e) => e.actor === 'bram'],
      ['entity=programme', (e) => e.entity === 'programme'],
      ['entity=measurement&actor=anna&action=create', (e) => e.entity === 'measurement' && e.actor === 'anna' && e.action === 'create'],
    ];
    for (const [query, keep] of cases) {
      const expected = all.filter(keep);
      expect(expected.length, query).toBeGreaterThan(0);
      const desc = await allPages(ctx.api, `${base}?${query}`, 4);
      expect(ids(desc.entries), query).toEqual(ids(expected));
      expect(desc.pages, query).toBe(Math.ceil(expected.length / 4));
      const asc = await allPages(ctx.api, `${base}?${query}&order=asc`, 3);
      expect(ids(asc.entries), `${query} asc`).toEqual(ids(expected).reverse());
    }
  });

  it('filters by a date range, whole days included, or by moments', async () => {
    const inDays = (from: string, to: string) => (e: Entry) => e.at >= `${from}T00:00:00.000Z` && e.at < `${to}T24`;
    const march = await allPages(ctx.api, `${base}?from=2026-03-28&to=2026-03-31`, 5);
    const expected = all.filter(inDays('2026-03-28', '2026-03-31'));
    expect(expected).toHaveLength(12); // four days of three entries, including the 23:30 ones of the 31st
    expect(ids(march.entries)).toEqual(ids(expected));
    // One end only.
    expect(ids((await allPages(ctx.api, `${base}?to=2026-03-21`, 4)).entries)).toEqual(ids(all.filter((e) => e.at < '2026-03-22')));
    expect(ids((await allPages(ctx.api, `${base}?from=2026-04-07`, 4)).entries)).toEqual(ids(all.filter((e) => e.at >= '2026-04-07')));
    // Moments with an offset: 23:30 UTC on 31 March is 01:30 on 1 April in Amsterdam (summer time).
    const amsterdamApril1 = await allPages(ctx.api, `${base}?from=${encodeURIComponent('2026-04-01T00:00:00+02:00')}&to=${encodeURIComponent('2026-04-02T00:00:00+02:00')}`, 2);
    expect(ids(amsterdamApril1.entries)).toEqual(ids(all.filter((e) => e.at >= '2026-03-31T22:00:00.000Z' && e.at < '2026-04-01T22:00:00.000Z')));
    expect(amsterdamApril1.entries.map((e) => e.at)).toContain('2026-03-31T23:30:00.000Z');
    // With other filters, and an empty range.
    expect(ids((await allPages(ctx.api, `${base}?from=2026-03-25&to=2026-04-03&actor=chantal`, 2)).entries))
      .toEqual(ids(all.filter((e) => e.actor === 'chantal' && inDays('2026-03-25', '2026-04-03')(e))));
    expect((await ctx.api('GET', `${base}?from=2026-05-01&to=2026-04-01`)).body).toEqual({ items: [], next: null });
  });

  it('finds text in the id or content, ignoring case, with % and _ taken literally', async () => {
    const literal = await allPages(ctx.api, `${base}?q=${encodeURIComponent('VOORRAAD_50%')}`, 2);
    const expected = all.filter((e) => JSON.stringify(e.after ?? '').includes('Voorraad_50%'));
    expect(expected.length).toBeGreaterThan(2);
    expect(ids(literal.entries)).toEqual(ids(expected));
    // `_` and `%` are no wildcards: as wildcards they would match "regel 1" and "regel 13".
    expect(all.some((e) => JSON.stringify(e.after).includes('regel 13'))).toBe(true);
    expect((await ctx.api('GET', `${base}?q=regel_1`)).body.items).toEqual([]);
    expect((await ctx.api('GET', `${base}?q=${encodeURIComponent('regel%3')}`)).body.items).toEqual([]);
    const byId = await allPages(ctx.api, `${base}?q=e-1`, 4);
    expect(ids(byId.entries)).toEqual(ids(all.filter((e) => `${e.entityId} ${JSON.stringify(e.after)}`.toLowerCase().includes('e-1'))));
    expect(byId.entries.length).toBe(11); // E-1 and E-10 … E-19
  });

  it('filters the log of all programmes too, and keeps other programmes out of a programme\'s log', async () => {
    const everywhere = await allPages(ctx.api, '/api/audit?entity=programme&action=import', 1);
    expect(everywhere.entries.map((e) => e.programmeId).sort()).toEqual(['audit-filters', 'audit-other']);
    const byBram = await allPages(ctx.api, '/api/audit?actor=bram&entity=programme', 5);
    expect(byBram.entries.map((e) => e.programmeId)).toEqual(['audit-other']);
    expect((await ctx.api('GET', `${base}?actor=bram&entity=programme`)).body.items).toEqual([]);
  });

  it('refuses filters it does not know, naming the parameter', async () => {
    const bad = await ctx.api('GET', `${base}?entity=plan-of-aanpak&action=remove&from=2026-02-30&to=gisteren`, { headers: { 'accept-language': 'nl' } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      ['entity', 'input.choice'], ['action', 'input.choice'], ['from', 'input.date-or-moment'], ['to', 'input.date-or-moment'],
    ]);
    expect(bad.body.errors[2].message).toBe('een datum als JJJJ-MM-DD, zoals 2026-03-31, of een tijdstip zoals 2026-03-31T09:00:00Z');
  });
});
