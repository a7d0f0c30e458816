import { describe, expect, it } from 'vitest';
import { programmeFileSchema } from '../../model/file/index.js';
import { ganttToProgramme, slug } from './gantt-to-programme.js';
import { readMermaidGantt } from './read-mermaid-gantt.js';

const CHART = `gantt
    title Roadmap 2026
    dateFormat YYYY-MM-DD
    %% koers-id PRJ_01 PRJ.01
    Voorbereiding             :prep, 2026-01-12, 2w
    section Fase 1: Ontwerp
    Ontwerp                   :done, PRJ_01, after prep, 2026-03-10
    Ontwerp review            :crit, 1w
    Go                        :milestone, go, 2026-03-31, 0d
    section Bouw
    Bouw                      :bouw, after PRJ_01 task1, 3M
    Budgetronde               :vert, budget, 2026-05-15, 0d
    click bouw href "https://example.org/bouw"
`;

function skeleton(domainFrom: 'sections' | 'single' = 'sections') {
  const { chart, errors } = readMermaidGantt(CHART);
  expect(errors).toEqual([]);
  return ganttToProgramme(chart!, { domainFrom, fallbackName: 'roadmap' });
}

describe('ganttToProgramme', () => {
  it('makes sections domains, tasks efforts and markers milestones', () => {
    const { file, notes, warnings } = skeleton();
    expect(file!.programme).toMatchObject({ id: 'roadmap-2026', name: 'Roadmap 2026', start: '2026-01', horizon: 6 });
    expect(file!.domains).toEqual([{ id: 'algemeen', name: 'Algemeen' }, { id: 'fase-1-ontwerp', name: 'Fase 1: Ontwerp' }, { id: 'bouw', name: 'Bouw' }]);
    expect(file!.efforts).toEqual([
      { id: 'prep', name: 'Voorbereiding', domain: 'algemeen', start: '2026-01-12', end: '2026-01-25' },
      { id: 'PRJ.01', name: 'Ontwerp', domain: 'fase-1-ontwerp', start: '2026-01-26', end: '2026-03-09', dependsOn: ['prep'] },
      { id: 'task1', name: 'Ontwerp review', domain: 'fase-1-ontwerp', start: '2026-03-10', end: '2026-03-16', dependsOn: ['PRJ.01'] },
      { id: 'bouw', name: 'Bouw', domain: 'bouw', start: '2026-03-17', end: '2026-06-16', dependsOn: ['PRJ.01', 'task1'] },
    ]);
    expect(file!.milestones).toEqual([
      { id: 'go', name: 'Go', month: 3 },
      { id: 'budget', name: 'Budgetronde', month: 5, gate: false },
    ]);
    expect(notes).toEqual(new Map([
      ['efforts/PRJ.01', 'Mermaid done'],
      ['efforts/task1', 'Mermaid crit'],
      ['efforts/bouw', 'link https://example.org/bouw'],
      ['milestones/budget', 'Mermaid vert'],
    ]));
    expect(warnings).toEqual([{ line: 12, message: 'the vert line "Budgetronde" on 2026-05-15 becomes a milestone on 2026-05-31: Koers milestones fall on the last day of their month' }]);
    expect(programmeFileSchema.safeParse(file).success).toBe(true);
  });

  it('puts every effort in one domain on request', () => {
    const { file } = skeleton('single');
    expect(file!.domains).toEqual([{ id: 'roadmap', name: 'Roadmap' }]);
    expect(new Set(file!.efforts!.map((e) => e.domain))).toEqual(new Set(['roadmap']));
  });

  it('refuses charts without tasks or longer than 120 months', () => {
    const empty = readMermaidGantt('gantt\n  dateFormat YYYY-MM-DD\n  M :milestone, m, 2026-01-01, 0d\n').chart!;
    expect(ganttToProgramme(empty, { fallbackName: 'x' }).errors).toEqual([{ line: 1, message: 'the chart has no tasks to import as efforts' }]);
    const long = readMermaidGantt('gantt\n  dateFormat YYYY-MM-DD\n  Lang :a, 2026-01-01, 11y\n').chart!;
    expect(ganttToProgramme(long, { fallbackName: 'x' }).errors[0]!.message).toContain('spans 132 months');
  });

  it('makes ids Koers accepts', () => {
    const { chart } = readMermaidGantt('gantt\n  dateFormat YYYY-MM-DD\n  Een :1a, 2026-01-01, 1d\n');
    const result = ganttToProgramme(chart!, { fallbackName: 'x' });
    expect(result.file!.efforts![0]!.id).toBe('T-1a');
    expect(result.warnings).toEqual([{ line: 3, message: 'task id "1a" is not a Koers id; it is imported as "T-1a"' }]);
    expect(slug('Één: Ontwerp & bouw', 'd')).toBe('een-ontwerp-bouw');
    expect(slug('2026', 'd')).toBe('d-2026');
  });
});
