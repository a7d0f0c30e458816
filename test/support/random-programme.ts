import fc from 'fast-check';
import { addDays, lastDayOfMonth, monthEnd } from '../../src/calendar/index.js';
import type { Domain, Effort, Milestone, Programme } from '../../src/model/index.js';

// Names and ids that Mermaid's syntax reserves: keywords, ":", ";", "#", "%", entities, tag words.
const nameChars = fc.constantFrom(...'abcXYZ 019:;#%,<>&"\'éß-_./()!?'.split(''));
const keyword = fc.constantFrom('', 'title ', 'Section ', 'click ', 'call ', 'href "', 'excludes ', 'dateFormat ', 'weekday monday ', '2026-01-05 ', '5% ', 'accTitle: ', '#58; ', '%% ', 'gantt ', 'after ');
const nameArb = fc
  .tuple(keyword, fc.array(nameChars, { minLength: 1, maxLength: 24 }))
  .map(([k, cs]) => `${k}${cs.join('')}`)
  .filter((name) => name.trim() !== '');
const idArb = fc.oneof(
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,8}$/),
  fc.constantFrom('done', 'active', 'crit', 'milestone', 'vert', 'task1', 'a.b', 'a_b', 'A-1', 'a.', 'x_2'),
);
/**
 * Any day from 2023 to 2029; half the days at or near a month end, leap days included. With efforts of
 * up to 800 days, every chart spans at most 120 months, the longest programme Koers accepts.
 */
const dateArb = fc
  .record({ year: fc.integer({ min: 2023, max: 2029 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => {
    const ym = `${year}-${String(month).padStart(2, '0')}`;
    return day >= 28 ? lastDayOfMonth(ym) : `${ym}-${String(day).padStart(2, '0')}`;
  });

/**
 * Random programmes built on `base` (for the fields a roadmap does not show): random domains,
 * efforts with any dates and milestones at month ends.
 */
export function randomProgramme(base: Programme): fc.Arbitrary<Programme> {
  return fc
    .record({
      start: fc.record({ year: fc.integer({ min: 2023, max: 2028 }), month: fc.integer({ min: 1, max: 12 }) }),
      horizon: fc.integer({ min: 1, max: 48 }),
      domains: fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/), name: nameArb }), { minLength: 1, maxLength: 4, selector: (d) => d.id }),
      efforts: fc.uniqueArray(fc.record({ id: idArb, name: nameArb, start: dateArb, days: fc.integer({ min: 0, max: 800 }), domain: fc.nat() }), { maxLength: 12, selector: (e) => e.id }),
      milestones: fc.uniqueArray(fc.record({ id: idArb, name: nameArb, month: fc.nat() }), { maxLength: 5, selector: (m) => m.id }),
    })
    .map((r): Programme => {
      const start = `${r.start.year}-${String(r.start.month).padStart(2, '0')}`;
      const domains: Domain[] = r.domains.map((d) => ({ id: d.id, name: d.name, title: d.name.toUpperCase() }));
      const efforts: Effort[] = r.efforts.map((e) => ({
        ...base.efforts[0]!,
        dependsOn: [],
        serves: [],
        id: e.id,
        name: e.name,
        label: e.name,
        domain: domains[e.domain % domains.length]!.id,
        start: e.start,
        end: addDays(e.start, e.days),
      }));
      const milestones: Milestone[] = r.milestones.map((m) => {
        const month = (m.month % r.horizon) + 1;
        return { ...base.milestones[0]!, criteria: [], id: m.id, name: m.name, month, date: monthEnd(start, month) };
      });
      const lean = { phases: [], capabilities: [], kpis: [], benefits: [], cycles: [], cadence: [], goals: [], roles: [] };
      return { ...base, ...lean, name: 'Willekeurig', start, horizon: r.horizon, startDate: `${start}-01`, endDate: monthEnd(start, r.horizon), domains, efforts, milestones };
    });
}
