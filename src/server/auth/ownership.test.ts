import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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

  it('may write measurements of owned KPIs, risks about owned benefits or KPIs, signals about owned benefits, and no overrides', () => {
    const owned = ownedIn(programme, parseRoleClaim(['baateigenaar:x:B6']));
    expect(ownsRecord('measurements', { kpi: 'getraind' }, owned).ok).toBe(true);
    expect(ownsRecord('measurements', { kpi: 'klanttevredenheid' }, owned)).toEqual({ ok: false, subject: 'KPI "klanttevredenheid"' });
    expect(ownsRecord('risks', { subject: 'B6' }, owned).ok).toBe(true);
    expect(ownsRecord('risks', { subject: 'getraind' }, owned).ok).toBe(true);
    expect(ownsRecord('risks', { subject: 'B2' }, owned).ok).toBe(false);
    expect(ownsRecord('signals', { subject: 'B6' }, owned).ok).toBe(true);
    expect(ownsRecord('signals', { subject: 'getraind' }, owned).ok).toBe(false);
    expect(ownsRecord('overrides', { parameter: 'tempo' }, owned).ok).toBe(false);
  });
});
