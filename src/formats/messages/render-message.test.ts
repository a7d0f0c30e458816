import { describe, expect, it } from 'vitest';
import { message } from './message.js';
import type { Message, MessageCode } from './message.js';
import { EN } from './messages-en.js';
import { NL } from './messages-nl.js';
import { messageFormat, problemTitle, renderMessage, textIn } from './render-message.js';

describe('the message catalogue', () => {
  it('has every code in both languages, and Dutch words for nearly all of them', () => {
    expect(Object.keys(NL).sort()).toEqual(Object.keys(EN).sort());
    // The same text in both is fine for a few (Conflict, 'a stuurparameter'), not for the catalogue.
    const same = (Object.keys(EN) as MessageCode[]).filter((code) => {
      const params = { value: 'x', min: 1, max: 2, row: 3, columns: ['a'], date: '2026-03-31', start: '2026-03-31', percent: 5, kib: 1, mib: 2, rows: 3, reason: 'r', column: 'c', first: 'f', nl: ['a'], en: ['b'], kind: 'measurements', ids: 'x', unit: { kind: 'percentage' }, kpi: 'k', base: 'b', expected: 'number', values: ['a'], key: 'k', code: 'invalid_union', part: 'body', problems: [], total: 0, limit: 1024, what: 'record file', accepted: ['text/csv'], method: 'GET', path: '/', id: 'i', programme: 'p', file: 'f', count: 2, minutes: 2, mine: [], subject: { kind: 'kpi', id: 's' }, parameter: 'tempo', parameters: 'tempo', kpis: 'k', role: 'lezer', roles: ['lezer'], held: [], username: 'u', inclusive: true };
      const these = code === 'expect.reference' ? { kind: 'kpi', ids: 'x' } : params;
      return renderMessage({ code, params: these } as unknown as Message, 'nl') === renderMessage({ code, params: these } as unknown as Message, 'en');
    });
    expect(same).toEqual(['title.409']);
  });

  it('writes numbers with a decimal comma in Dutch and a point in English, never grouped', () => {
    const low = message('cell.less-than', { value: 'x', min: 7.5 });
    expect(renderMessage(low, 'nl')).toBe('"x" is kleiner dan 7,5');
    expect(renderMessage(low, 'en')).toBe('"x" is less than 7.5');
    expect(messageFormat('nl').number(-12500.25)).toBe('-12500,25');
    expect(messageFormat('en').number(100000)).toBe('100000');
  });

  it('writes dates as dd-mm-jjjj in Dutch and dd/mm/yyyy in English, and leaves other text alone', () => {
    const late = message('progress.end-before-start', { start: '2026-03-01' });
    expect(renderMessage(late, 'nl')).toBe('de inspanning eindigt voordat ze start (01-03-2026)');
    expect(renderMessage(late, 'en')).toBe('the effort ends before it starts (01/03/2026)');
    expect(messageFormat('nl').date('maart')).toBe('maart');
  });

  it('lists choices with "of" in Dutch and "or" in English', () => {
    const choice = message('expect.choice', { nl: ['GO', 'NO-GO', 'aangehouden'], en: ['GO', 'NO-GO', 'on hold'] });
    expect(renderMessage(choice, 'nl')).toBe('GO, NO-GO of aangehouden (Engels: GO, NO-GO of on hold)');
    expect(renderMessage(choice, 'en')).toBe('GO, NO-GO or aangehouden (English: GO, NO-GO or on hold)');
  });

  it('says nested messages, and plain text as it is, in the outer message\'s language', () => {
    const nested = message('expect.unambiguous-number', { base: message('expect.amount', {}) });
    expect(renderMessage(nested, 'nl')).toMatch(/^een bedrag van minstens 0, zoals 125000 of € 125\.000,50; schrijf duizendtallen zonder scheidingsteken/u);
    const request = message('request.invalid', { part: 'body', problems: [{ path: 'value', text: message('input.empty', {}) }, { path: 'x', text: 'as written' }], total: 5 });
    expect(renderMessage(request, 'nl')).toBe('de inhoud van het verzoek is ongeldig: value: mag niet leeg zijn; x: as written; …');
    expect(textIn('plain', 'nl')).toBe('plain');
  });

  it('counts in words: one problem, two problems', () => {
    const one = message('upload.problems', { file: 'm.csv', count: 1 });
    const two = message('upload.problems', { file: 'm.csv', count: 2 });
    expect([renderMessage(one, 'nl'), renderMessage(two, 'nl')]).toEqual(['"m.csv" heeft 1 probleem; er is niets opgeslagen', '"m.csv" heeft 2 problemen; er is niets opgeslagen']);
    expect(renderMessage(message('auth.too-many-attempts', { minutes: 1 }), 'nl')).toBe('te veel mislukte aanmeldpogingen; probeer het over 1 minuut opnieuw');
  });

  it('leaves what zod\'s catalogue has no words for to zod\'s own locale, per call', () => {
    const union = message('input.invalid', { code: 'invalid_union', errors: [] });
    expect(renderMessage(union, 'nl')).toBe('Ongeldige invoer');
    expect(renderMessage(union, 'en')).toBe('Invalid input');
    expect(renderMessage(message('input.invalid', { code: 'not_multiple_of', divisor: 5 }), 'nl')).toBe('Ongeldig getal: moet een veelvoud van 5 zijn');
  });

  it('titles problems by status, or by a code with a title of its own', () => {
    expect(problemTitle(422, 'invalid-input', 'nl')).toBe('Ongeldige invoer');
    expect(problemTitle(422, 'invalid-programme', 'nl')).toBe('Ongeldig programmabestand');
    expect(problemTitle(412, 'precondition-failed', 'en')).toBe('Precondition failed');
    expect(problemTitle(418, 'teapot', 'nl')).toBeUndefined();
  });

  it('shows an unknown code as the code rather than failing', () => {
    expect(renderMessage({ code: 'no.such-code', params: {} } as unknown as Message, 'nl')).toBe('no.such-code');
  });
});
