// Problem documents in the reader's language: the same code and field path in Dutch and English, the
// words from one catalogue, negotiated from Accept-Language. SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest';
import { browserClient, role, seedUser, signedIn } from './auth-harness.js';
import { importExample, useApp } from './server-harness.js';
import type { ApiResponse } from './server-harness.js';
import { dialects } from './store-targets.js';

const nl = { 'accept-language': 'nl-NL,nl;q=0.9,en;q=0.8' };
const en = { 'accept-language': 'en-GB,en;q=0.9' };

/** The parts of a problem that do not depend on the language. */
const shape = (res: ApiResponse) => ({
  status: res.status,
  code: res.body.code,
  errors: (res.body.errors ?? []).map((e: { path: string; code: string; row?: number }) => [e.path, e.code, e.row]),
});

describe.each(dialects)('problem documents in Dutch and English on $name', ({ fresh }) => {
  const ctx = useApp(fresh);
  const base = '/api/programmes/taal';

  it('says a record\'s field problem in the asked language, with the same code and path', async () => {
    await importExample(ctx.api, 'taal');
    const send = (headers: Record<string, string>) => ctx.api('POST', `${base}/measurements`, { json: { kpi: 'getraind', date: '2026-03-31', value: 150 }, headers });
    const [dutch, english, plain] = [await send(nl), await send(en), await send({})];
    expect(shape(dutch)).toEqual({ status: 422, code: 'invalid-input', errors: [['value', 'cell.more-than', undefined]] });
    expect(shape(english)).toEqual(shape(dutch));
    expect(dutch.body.errors[0]).toMatchObject({ message: '"150" is groter dan 100', params: { value: '150', max: 100 }, expected: 'een percentage van 0 tot en met 100, zoals 63 of 63% (KPI getraind)' });
    expect(english.body.errors[0]).toMatchObject({ message: '"150" is more than 100', expected: 'a percentage from 0 to 100, such as 63 or 63% (KPI getraind)' });
    expect([dutch.body.title, english.body.title]).toEqual(['Ongeldige invoer', 'Invalid input']);
    expect(dutch.body.detail).toBe('1 probleem in de metingen; er is niets opgeslagen: value: "150" is groter dan 100');
    expect(english.body.detail).toBe('1 problem in the measurements; nothing was stored: value: "150" is more than 100');
    expect([dutch.headers.get('content-language'), english.headers.get('content-language')]).toEqual(['nl', 'en']);
    expect(dutch.headers.get('vary')).toMatch(/accept-language/i);
    // Without a language of ours the API answers in English, as before.
    expect(plain.body.errors[0].message).toBe('"150" is more than 100');
  });

  it('words zod\'s structural problems from the catalogue, and numbers and dates per locale', async () => {
    const send = (json: unknown, headers: Record<string, string>) => ctx.api('POST', `${base}/progress`, { json, headers });
    const body = { date: '2026-02-30', percentComplete: '60', extra: true };
    const [dutch, english] = [await send(body, nl), await send(body, en)];
    expect(shape(dutch)).toEqual(shape(english));
    const byPath = (res: ApiResponse) => Object.fromEntries(res.body.errors.map((e: { path: string; code: string; message: string }) => [e.path, [e.code, e.message]]));
    expect(byPath(dutch)).toEqual({
      effort: ['input.required', 'moet worden ingevuld'],
      date: ['input.iso-date', 'een datum als JJJJ-MM-DD, zoals 2026-03-31'],
      percentComplete: ['input.type', 'moet een getal zijn'],
      extra: ['input.unknown-field', 'onbekend veld "extra"'],
    });
    expect(byPath(english)).toMatchObject({ effort: ['input.required', 'a value is required'], extra: ['input.unknown-field', 'unknown field "extra"'] });
    expect(dutch.body.detail).toMatch(/^de inhoud van het verzoek is ongeldig: \w+: /u);

    // A date in a message: 31-03-2026 in Dutch, 31/03/2026 in English; a decimal comma in Dutch.
    const late = { effort: 'SYS-01', date: '2026-03-31', percentComplete: 60.5, actualEnd: '2026-04-15' };
    const [lateNl, lateEn] = [await send(late, nl), await send(late, en)];
    expect(shape(lateNl)).toEqual(shape(lateEn));
    expect(lateNl.body.errors.map((e: { message: string }) => e.message)).toEqual([
      'de inspanning eindigt na de datum van deze rapportage (31-03-2026); een werkelijk einde is een feit, geen prognose',
      'de inspanning heeft een werkelijk einde maar is pas 60,5% gereed',
    ]);
    expect(lateEn.body.errors[0].message).toContain('(31/03/2026)');
    expect(lateEn.body.errors[1].message).toContain('60.5% complete');
  });

  it('says the row problems of an upload dry run in the asked language, with row and column', async () => {
    const csv = ['kpi;datum;waarde', 'getraind;30-04-2026;20', 'crm-adoptie;30-04-2026;veel'].join('\n');
    const upload = (headers: Record<string, string>) => {
      const form = new FormData();
      form.append('file', new File([csv], 'metingen.csv', { type: 'text/csv' }));
      return ctx.api('POST', `${base}/measurements/upload?dryRun=true`, { body: form, headers });
    };
    const [dutch, english] = [await upload(nl), await upload(en)];
    expect(shape(dutch)).toEqual({ status: 422, code: 'invalid-input', errors: [['rows[3].waarde', 'cell.not-a-number', 3]] });
    expect(shape(english)).toEqual(shape(dutch));
    expect(dutch.body.errors[0]).toMatchObject({ message: '"veel" is geen getal', column: 'waarde' });
    expect(english.body.errors[0]).toMatchObject({ message: '"veel" is not a number', column: 'waarde' });
    expect(dutch.body.detail).toBe('"metingen.csv" heeft 1 probleem; er is niets opgeslagen');
  });

  it('says a 412 conflict in the asked language', async () => {
    const created = await ctx.api('POST', `${base}/measurements`, { json: { kpi: 'getraind', date: '2026-06-30', value: 20 } });
    const put = (headers: Record<string, string>) =>
      ctx.api('PUT', `${base}/measurements/${created.body.id}`, { json: { kpi: 'getraind', date: '2026-06-30', value: 21 }, headers: { ...headers, 'if-match': '"r7"' } });
    const [dutch, english] = [await put(nl), await put(en)];
    expect(shape(dutch)).toEqual({ status: 412, code: 'precondition-failed', errors: [] });
    expect(dutch.body).toMatchObject({ title: 'Intussen gewijzigd', detail: expect.stringContaining('door iemand anders gewijzigd') });
    expect(english.body).toMatchObject({ title: 'Precondition failed', detail: expect.stringContaining('changed by someone else') });
  });

  it('says sign-in, password, ownership and throttling problems in the asked language', async () => {
    await seedUser(ctx.store, 'taal-hr', [role('baateigenaar', 'taal', { benefits: ['B6'] })]);
    const wrong = (headers: Record<string, string>) => browserClient(ctx.app, { headers }).login('taal-hr', 'niet het wachtwoord');
    const [dutch, english] = [await wrong(nl), await wrong(en)];
    expect(shape(dutch)).toEqual({ status: 401, code: 'invalid-credentials', errors: [] });
    expect([dutch.body.title, dutch.body.detail]).toEqual(['Niet aangemeld', 'de gebruikersnaam of het wachtwoord klopt niet']);
    expect([english.body.title, english.body.detail]).toEqual(['Unauthenticated', 'the username or password is not right']);

    const hr = await signedIn(ctx.app, 'taal-hr');
    const foreign = await hr.api('POST', `${base}/measurements`, { json: { kpi: 'klanttevredenheid', date: '2026-03-31', value: 7 }, headers: nl });
    expect([foreign.status, foreign.body.code, foreign.body.title]).toEqual([403, 'not-owner', 'Geen toegang']);
    expect(foreign.body.detail).toMatch(/^als baateigenaar mag u alleen metingen over uw eigen baten vastleggen \(B6\)/u);

    const short = await hr.api('PUT', '/api/auth/password', { json: { currentPassword: 'x', newPassword: 'kort' }, headers: nl });
    expect(shape(short)).toEqual({ status: 422, code: 'invalid-input', errors: [['currentPassword', 'account.wrong-password-field', undefined]] });
    expect(short.body.detail).toBe('het huidige wachtwoord klopt niet');

    await seedUser(ctx.store, 'taal-slot');
    let blocked: ApiResponse | undefined;
    for (let i = 0; i < 10 && blocked?.status !== 429; i++) blocked = await browserClient(ctx.app, { headers: nl }).login('taal-slot', 'fout');
    expect([blocked?.status, blocked?.body.title]).toEqual([429, 'Te veel verzoeken']);
    expect(blocked?.body.detail).toMatch(/^te veel mislukte aanmeldpogingen; probeer het over \d+ minuten opnieuw$/u);
  });

  it('says the problems of an override\'s subject in the asked language, in a file and as JSON', async () => {
    const csv = ['onderwerp;datum;rag;onderbouwing;door', 'getrained;16-11-2026;geel;waarom zo;wie'].join('\n');
    const upload = (headers: Record<string, string>) => {
      const form = new FormData();
      form.append('file', new File([csv], 'oordelen.csv', { type: 'text/csv' }));
      return ctx.api('POST', `${base}/overrides/upload?dryRun=true`, { body: form, headers });
    };
    const [dutch, english] = [await upload(nl), await upload(en)];
    expect(shape(dutch)).toEqual({ status: 422, code: 'invalid-input', errors: [['rows[2].onderwerp', 'override.subject-unknown', 2]] });
    expect(shape(english)).toEqual(shape(dutch));
    expect(dutch.body.errors[0]).toMatchObject({ message: '"getrained" is geen stuurparameter en geen KPI van Klant in Beeld; bedoelt u "getraind"?', expected: expect.stringMatching(/^een stuurparameter \(.*schrijf kpi:<id> of stuurparameter:<id> als een naam beide kan betekenen$/u) });
    expect(english.body.errors[0]).toMatchObject({ message: '"getrained" is neither a stuurparameter nor a KPI of Klant in Beeld; did you mean "getraind"?', expected: expect.stringContaining('write kpi:<id> or stuurparameter:<id>') });

    const both = { subject: { kind: 'kpi', kpi: 'getraind' }, parameter: 'tempo', date: '2026-03-31', rag: 'geel', rationale: 'omdat het zo is' };
    const send = (json: unknown, headers: Record<string, string>) => ctx.api('POST', `${base}/overrides`, { json, headers });
    const [bothNl, bothEn] = [await send(both, nl), await send(both, en)];
    expect(shape(bothNl)).toEqual({ status: 422, code: 'invalid-input', errors: [['subject', 'override.subject-or-parameter', undefined]] });
    expect(shape(bothEn)).toEqual(shape(bothNl));
    expect(bothNl.body.errors[0].message).toBe('geef in subject aan wat wordt beoordeeld (of, in de oudere vorm, een stuurparameter in parameter): een van beide, niet allebei');
    expect(bothEn.body.errors[0].message).toBe('say what is judged in subject (or, in the older form, a stuurparameter in parameter): one of the two, not both');
  });

  it('says a baateigenaar\'s refusals in the asked language: a stuurparameter override and another\'s benefit', async () => {
    await seedUser(ctx.store, 'taal-eigenaar', [role('baateigenaar', 'taal', { benefits: ['B6'] })]);
    const owner = await signedIn(ctx.app, 'taal-eigenaar');
    const override = (headers: Record<string, string>) =>
      owner.api('POST', `${base}/overrides`, { json: { subject: { kind: 'parameter', parameter: 'tempo' }, date: '2026-03-31', rag: 'rood', rationale: 'te traag verloop' }, headers });
    const [dutch, english] = [await override(nl), await override(en)];
    expect(shape(dutch)).toEqual({ status: 403, code: 'not-owner', errors: [] });
    expect(shape(english)).toEqual(shape(dutch));
    expect(dutch.body.detail).toMatch(/^een oordeel over een stuurparameter beoordeelt het hele programma, en dat mag alleen een beheerder of programmamanager; als baateigenaar mag u het oordeel over de KPI's van uw eigen baten geven \(getraind, /u);
    expect(english.body.detail).toMatch(/^a stuurparameter override judges the whole programme, which only a beheerder or programmamanager may do; as baateigenaar you may override the RAG of the KPIs of your own benefits \(getraind, /u);

    const signal = (headers: Record<string, string>) => owner.api('POST', `${base}/signals`, { json: { rule: 'commitment', subject: 'B2', date: '2026-03-31', note: 'loopt achter' }, headers });
    const [signalNl, signalEn] = [await signal(nl), await signal(en)];
    expect(shape(signalNl)).toEqual({ status: 403, code: 'not-owner', errors: [] });
    expect(shape(signalEn)).toEqual(shape(signalNl));
    expect(signalNl.body.detail).toBe('als baateigenaar mag u alleen signalen over uw eigen baten vastleggen (B6); dit gaat over baat "B2"');
    expect(signalEn.body.detail).toBe('as baateigenaar you may only write signals about your own benefits (B6); this one is about benefit "B2"');
  });

  it('says the account page\'s problems in the asked language', async () => {
    await seedUser(ctx.store, 'taal-klant');
    const missing = (headers: Record<string, string>) => ctx.api('GET', '/api/users/niemand', { headers });
    const [missingNl, missingEn] = [await missing(nl), await missing(en)];
    expect(shape(missingNl)).toEqual({ status: 404, code: 'not-found', errors: [] });
    expect(shape(missingEn)).toEqual(shape(missingNl));
    expect([missingNl.body.detail, missingEn.body.detail]).toEqual(['er is geen gebruiker "niemand"', 'there is no user "niemand"']);
    const reset = await ctx.api('POST', '/api/users/niemand/password', { headers: nl });
    expect([reset.status, reset.body.detail]).toEqual([404, 'er is geen gebruiker "niemand"']);

    const self = (headers: Record<string, string>) => ctx.api('DELETE', '/api/users/tester', { headers });
    const [selfNl, selfEn] = [await self(nl), await self(en)];
    expect(shape(selfNl)).toEqual({ status: 409, code: 'conflict', errors: [] });
    expect([selfNl.body.detail, selfEn.body.detail]).toEqual(['u kunt uw eigen account niet uitschakelen; vraag dat aan een andere beheerder', 'you cannot disable your own account; ask another beheerder']);

    const stale = (headers: Record<string, string>) => ctx.api('POST', '/api/users/taal-klant/enable', { headers: { ...headers, 'if-match': '"u0"' } });
    const [staleNl, staleEn] = [await stale(nl), await stale(en)];
    expect(shape(staleNl)).toEqual({ status: 412, code: 'precondition-failed', errors: [] });
    expect(shape(staleEn)).toEqual(shape(staleNl));
    expect(staleNl.body.detail).toBe('het account "taal-klant" is gewijzigd sinds u het opvroeg; vraag het opnieuw op en voer uw wijziging nog eens uit');
    expect(staleEn.body.detail).toBe('the account "taal-klant" changed since you read it; read it again and redo your change');

    const grants = { grants: [{ programme: 'taal', role: 'lezer' }, { programme: '*', role: 'beheerder' }, { programme: 'taal', role: 'lezer' }] };
    const twice = (headers: Record<string, string>) => ctx.api('PUT', '/api/users/taal-klant/grants', { json: grants, headers });
    const [twiceNl, twiceEn] = [await twice(nl), await twice(en)];
    expect(shape(twiceNl)).toEqual({ status: 422, code: 'invalid-input', errors: [['grants[2].role', 'account.role-twice', undefined]] });
    expect(shape(twiceEn)).toEqual(shape(twiceNl));
    expect(twiceNl.body.errors[0].message).toBe('lezer op "taal" staat er twee keer in; noem elke rol één keer per programma');
    expect(twiceEn.body.errors[0].message).toBe('lezer on "taal" is listed twice; list each role once per programme');
  });

  it('says a body that is not JSON, or not sent as JSON, in the asked language', async () => {
    const broken = (headers: Record<string, string>) => ctx.api('POST', `${base}/measurements`, { body: '{"kpi": ', headers: { ...headers, 'content-type': 'application/json' } });
    const [dutch, english] = [await broken(nl), await broken(en)];
    expect(shape(dutch)).toEqual({ status: 400, code: 'bad-request', errors: [] });
    expect(shape(english)).toEqual(shape(dutch));
    expect([dutch.body.title, dutch.body.detail]).toEqual(['Ongeldig verzoek', 'de inhoud van het verzoek is geen geldige JSON']);
    expect([english.body.title, english.body.detail]).toEqual(['Bad request', 'the request body is not valid JSON']);
    expect(dutch.headers.get('content-type')).toMatch(/^application\/problem\+json/u);

    const text = (headers: Record<string, string>) => ctx.api('POST', `${base}/measurements`, { body: 'kpi=getraind', headers: { ...headers, 'content-type': 'text/plain' } });
    const [textNl, textEn] = [await text(nl), await text(en)];
    expect(shape(textNl)).toEqual({ status: 415, code: 'unsupported-media-type', errors: [] });
    expect(shape(textEn)).toEqual(shape(textNl));
    expect(textNl.body.detail).toBe('stuur de inhoud als JSON met Content-Type: application/json, niet text/plain');
    expect(textEn.body.detail).toBe('send the body as JSON with Content-Type: application/json, not text/plain');
  });
});
