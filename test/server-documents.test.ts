// Documents as downloads from the server, rendered from the stored plan and records.
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { importExample, useApp } from './server-harness.js';
import { dialects } from './store-targets.js';

describe.each(dialects)('documents API on $name', ({ fresh }) => {
  const ctx = useApp(fresh);
  beforeAll(async () => {
    await importExample(ctx.api, 'doc');
  });

  it('lists every document with a link per format', async () => {
    const res = await ctx.api('GET', '/api/programmes/doc/documents?lang=en');
    expect(res.status, res.text).toBe(200);
    expect(res.body.items.map((d: { id: string; formats: { format: string }[] }) => `${d.id}:${d.formats.map((f) => f.format).join(',')}`)).toEqual([
      'roadmap:md,html,pdf', 'batenrealisatieplan:md,html,pdf', 'stuurgroeprapportage:md,html,pdf', 'din:md,html,pdf', 'agenda:ics',
    ]);
    expect(res.body.items[1].title).toBe('Benefits realisation plan');
    expect((await ctx.api('GET', '/api/programmes/nope/documents')).status).toBe(404);
  });

  it('renders a document from the stored plan, as koers docs does', async () => {
    const res = await ctx.api('GET', '/api/programmes/doc/documents/roadmap/md?asOf=2026-07-15');
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/markdown');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="roadmap.md"');
    expect(res.text).toContain('# Roadmap Klant in Beeld');
    expect(res.text).toContain('## MIJLPALEN EN GO/NO-GO MOMENTEN');
    const en = await ctx.api('GET', '/api/programmes/doc/documents/stuurgroeprapportage/md?asOf=2026-07-15&lang=en');
    expect(en.headers.get('content-disposition')).toContain('steering-committee-report-2026-07-15.md');
  });

  it('serves the calendar as ICS that parses back', async () => {
    const res = await ctx.api('GET', '/api/programmes/doc/documents/agenda/ics');
    expect(res.status).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(res.text));
    expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(6);
  });

  it('refuses a format a document does not come in, and an unknown document', async () => {
    const wrong = await ctx.api('GET', '/api/programmes/doc/documents/agenda/pdf');
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0].path).toBe('format');
    expect((await ctx.api('GET', '/api/programmes/doc/documents/begroting/md')).status).toBe(404);
    expect((await ctx.api('GET', '/api/programmes/doc/documents/roadmap/md?asOf=15-07-2026')).status).toBe(422);
  });
});
