import { describe, expect, it } from 'vitest';
import { exampleProgramme, programmeFrom } from '../../test/support/programme-fixture.js';
import { axisMonths, axisQuarters, positionOf } from './roadmap-layout-axis.js';
import { layoutRoadmap, shortLabel } from './roadmap-layout.js';

const example = exampleProgramme();

describe('positionOf', () => {
  it('counts months from the programme start at day precision', () => {
    expect(positionOf('2026-01', '2026-01-01')).toBe(0);
    expect(positionOf('2026-01', '2026-03-31', true)).toBe(3);
    expect(positionOf('2026-01', '2026-02-15')).toBeCloseTo(1 + 14 / 28);
    expect(positionOf('2026-01', '2028-02-29', true)).toBe(26);
    expect(positionOf('2026-03', '2026-01-01')).toBe(-2);
  });
});

describe('axisMonths', () => {
  it('crosses year ends and knows leap years', () => {
    const months = axisMonths('2027-11', 5);
    expect(months.map((m) => m.yearMonth)).toEqual(['2027-11', '2027-12', '2028-01', '2028-02', '2028-03']);
    expect(months[3]).toMatchObject({ year: 2028, month: 2, days: 29, from: 3, to: 4 });
    expect(axisQuarters(months).map((q) => [q.key, q.from, q.to])).toEqual([['2027-Q4', 0, 2], ['2028-Q1', 2, 5]]);
  });
});

describe('layoutRoadmap', () => {
  const layout = layoutRoadmap(example, { asOf: '2026-03-15' });

  it('has the programme months with calendar month and year', () => {
    expect(layout.months).toHaveLength(18);
    expect(layout.months[0]).toMatchObject({ index: 1, yearMonth: '2026-01', year: 2026, month: 1, from: 0, to: 1, days: 31 });
    expect(layout.months[17]).toMatchObject({ index: 18, yearMonth: '2027-06', year: 2027, month: 6, from: 17, to: 18 });
    expect(layout.quarters.map((q) => q.key)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2']);
    expect(layout.years.map((y) => [y.key, y.from, y.to])).toEqual([['2026', 0, 12], ['2027', 12, 18]]);
  });

  it('makes one band per domain with efforts, in domain order, and leaves KPI-only domains out', () => {
    expect(layout.bands.map((b) => b.id)).toEqual(['fundament', 'projecten', 'proces', 'mens', 'systeem', 'cultuur']);
    expect(layout.bands[3]!.title).toBe('LEER- EN GEDRAGSTRAJECTEN');
    expect(layout.bands[1]!.rows.map((r) => r.id)).toEqual(['PRJ-01', 'PRJ-02', 'PRJ-03', 'PRJ-04', 'PRJ-05']);
    const rows = layout.bands.flatMap((b) => b.rows.map((r) => r.row));
    expect(rows).toEqual([...Array(example.efforts.length).keys()]);
    expect(layout.rowCount).toBe(example.efforts.length);
  });

  it('places bars at day precision from the effort dates', () => {
    const bar = (id: string) => layout.bands.flatMap((b) => b.rows).find((r) => r.id === id)!;
    expect(bar('PRJ-03')).toMatchObject({ from: 2, to: 8, mode: 'projectmatig', clippedStart: false, clippedEnd: false, visible: true });
    expect(bar('LRN-06')).toMatchObject({ from: 4, to: 17, mode: 'doorlopend', illustrative: true });
    expect(bar('PRJ-03').state).toBeUndefined();
  });

  it('places milestones at the end of their month with short labels, and phases over their months', () => {
    expect(layout.milestones.map((m) => `${m.id}@${m.at} ${m.short}`)).toEqual([
      'M1@1 GO', 'M3@3 FUNDAMENT', 'M6@6 MID-TERM', 'M9@9 IMPLEMENTATIE', 'M12@12 JAARREVIEW', 'M18@18 VERANKERING',
    ]);
    expect(layout.phases.map((p) => [p.number, p.from, p.to, p.milestone])).toEqual([[1, 0, 3, 'M3'], [2, 3, 9, 'M9'], [3, 9, 18, 'M18']]);
  });

  it('places the as-of line at the end of its day, and knows when it lies outside', () => {
    expect(layout.asOf).toEqual({ date: '2026-03-15', at: 2 + 15 / 31, within: true });
    expect(layoutRoadmap(example, { asOf: '2025-12-01' }).asOf?.within).toBe(false);
    expect(layoutRoadmap(example, { asOf: '2027-07-01' }).asOf?.within).toBe(false);
    expect(layoutRoadmap(example).asOf).toBeUndefined();
  });

  it('takes states from a map or an object', () => {
    const fromMap = layoutRoadmap(example, { states: new Map([['PRJ-01', 'late']]) });
    const fromObject = layoutRoadmap(example, { states: { 'PRJ-01': 'done', toString: 'running' } as Record<string, 'done' | 'running'> });
    expect(fromMap.bands[1]!.rows[0]!.state).toBe('late');
    expect(fromObject.bands[1]!.rows[0]!.state).toBe('done');
    expect(fromObject.bands[1]!.rows[1]!.state).toBeUndefined();
  });

  it('clips efforts that reach beyond the horizon (validation refuses them, but the model type allows them)', () => {
    const base = programmeFrom();
    const moved = { ...base, efforts: base.efforts.map((e) => (e.id === 'E2' ? { ...e, start: '2025-11-15', end: '2027-03-31' } : e)) };
    const bar = layoutRoadmap(moved).bands[0]!.rows[1]!;
    expect(bar).toMatchObject({ from: 0, to: 12, clippedStart: true, clippedEnd: true, visible: true });
  });
});

describe('shortLabel', () => {
  it('names a milestone after the phase it closes, else after its first word', () => {
    const phases = [{ milestone: 'M3', name: 'Fundament' }];
    expect(shortLabel({ id: 'M3', name: 'Fundament klaar' }, phases)).toBe('FUNDAMENT');
    expect(shortLabel({ id: 'M1', name: 'GO-besluit MT' }, phases)).toBe('GO');
    expect(shortLabel({ id: 'M6', name: 'Mid-term review' }, phases)).toBe('MID-TERM');
    expect(shortLabel({ id: 'M12', name: 'Jaarreview' }, phases)).toBe('JAARREVIEW');
  });
});
