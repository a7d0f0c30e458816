import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../formats/messages/index.js';
import { readProgramme } from '../../formats/yaml/index.js';
import { ownedIn, ownsRecord } from './ownership.js';
import { parseRoleClaim } from './roles.js';

const read = readProgramme(readFileSync(new URL('../../../examples/klant-in-beeld/programme.yaml', import.meta.url), 'utf8'));
if (!read.ok) throw new Error('the example does not validate');
const programme = read.programme;

describe('what a baateigenaar owns', () => {
  it('owns the benefits named and every benefit of the owner roles named, with their indicator KPIs', () => {
    const owned = ownedIn(programme, parseRoleClaim(['baateigenaar:klant-in-beeld:B2,@manager-klantprocessen']));
    expect([...owned.benefits].sort()).toEqual(['B1', 'B2', 'B3']);
    expect([...owned.kpis].sort()).toEqual(['crm-adoptie', 'klanttevredenheid', 'procesnaleving', 'uniform-proces']);
  });

  it('owns nothing through an owner role the plan does not use', () => {
    expect(ownedIn(programme, parseRoleClaim(['baateigenaar:klant-in-beeld:@stuurgroep'])).benefits.size).toBe(0);
  });

  it('may write measurements of owned KPIs, risks about owned benefits or KPIs, signals about owned benefits', () => {
    const owned = ownedIn(programme, parseRoleClaim(['baateigenaar:x:B6']));
    expect(ownsRecord('measurements', { kpi: 'getraind' }, owned).ok).toBe(true);
    expect(ownsRecord('measurements', { kpi: 'klanttevredenheid' }, owned)).toEqual({ ok: false, subject: { kind: 'kpi', id: 'klanttevredenheid' } });
    expect(ownsRecord('risks', { subject: 'B6' }, owned).ok).toBe(true);
    expect(ownsRecord('risks', { subject: 'getraind' }, owned).ok).toBe(true);
    expect(ownsRecord('risks', { subject: 'B2' }, owned).ok).toBe(false);
    expect(ownsRecord('signals', { subject: 'B6' }, owned).ok).toBe(true);
    expect(ownsRecord('signals', { subject: 'getraind' }, owned).ok).toBe(false);
  });

  it('may override the RAG of an owned KPI, not of another\'s KPI, and never a stuurparameter', () => {
    const owned = ownedIn(programme, parseRoleClaim(['baateigenaar:x:B6']));
    expect(ownsRecord('overrides', { subject: { kind: 'kpi', kpi: 'getraind' } }, owned)).toEqual({ ok: true, subject: { kind: 'kpi', id: 'getraind' } });
    expect(ownsRecord('overrides', { subject: { kind: 'kpi', kpi: 'klanttevredenheid' } }, owned)).toEqual({ ok: false, subject: { kind: 'kpi', id: 'klanttevredenheid' } });
    const parameter = ownsRecord('overrides', { subject: { kind: 'parameter', parameter: 'tempo' } }, owned);
    expect(parameter).toMatchObject({ ok: false, subject: { kind: 'parameter', id: 'tempo' } });
    expect(parameter.refusal && renderMessage(parameter.refusal, 'en')).toMatch(/^a stuurparameter override judges the whole programme, which only a beheerder or programmamanager may do; .*\(getraind, gedragsobservatie, eigenaarschap, initiatieven\)$/);
    expect(ownsRecord('overrides', { parameter: 'tempo' }, owned)).toMatchObject({ ok: false, subject: { kind: 'parameter', id: 'tempo' } }); // the older form
    expect(ownsRecord('overrides', {}, owned).ok).toBe(false);
  });
});
