import { describe, expect, it } from 'vitest';
import { readMermaidGantt } from './read-mermaid-gantt.js';

describe('readMermaidGantt', () => {
  it('keeps the chart settings, accessibility texts, front matter and links', () => {
    const { chart, errors } = readMermaidGantt(`---
title: Uit front matter
displayMode: compact
---
gantt
    accTitle: Korte titel
    accDescr {
      Lange
      beschrijving
    }
    dateFormat YYYY-MM-DD
    axisFormat %d %b
    tickInterval 1week
    todayMarker off
    weekday monday
    weekend friday
    excludes weekends, 2026-05-05
    includes 2026-05-01
    inclusiveEndDates
    %% een opmerking
    section Werk
    Taak :done, crit, a, 2026-05-04, 2026-05-08
    click a href "https://example.org" call toon("a")
`);
    expect(errors).toEqual([]);
    expect(chart).toMatchObject({
      title: 'Uit front matter', accTitle: 'Korte titel', accDescr: 'Lange\n      beschrijving', dateFormat: 'YYYY-MM-DD',
      axisFormat: '%d %b', tickInterval: '1week', todayMarker: 'off', weekday: 'monday', weekend: 'friday',
      excludes: ['weekends', '2026-05-05'], includes: ['2026-05-01'], inclusiveEndDates: true, topAxis: false, displayMode: 'compact',
      sections: ['Werk'], comments: [{ line: 20, text: 'een opmerking' }],
    });
    expect(chart!.tasks[0]).toMatchObject({
      id: 'a', title: 'Taak', line: 22, tags: { done: true, active: false, crit: true },
      start: '2026-05-04', end: '2026-05-08', startAt: '2026-05-04T00:00:00.000', endAt: '2026-05-09T00:00:00.000',
      link: { href: 'https://example.org', call: { name: 'toon', args: '"a"' }, line: 23 },
    });
  });

  it('prefers a title line to the front matter title', () => {
    expect(readMermaidGantt('---\ntitle: A\n---\ngantt\n  title B\n').chart!.title).toBe('B');
  });

  it('refuses what is not a Gantt chart, or too long for Mermaid', () => {
    expect(readMermaidGantt('%% hallo\n\nflowchart LR\n  a --> b\n').errors).toEqual([{ line: 3, message: expect.stringContaining('not a Mermaid Gantt chart') }]);
    const long = `gantt\n  dateFormat YYYY-MM-DD\n${'  Taak :2026-01-01, 1d\n'.repeat(2500)}`;
    expect(readMermaidGantt(long).errors[0]!.message).toContain('Mermaid draws an error instead of charts over 50000');
  });

  it('reports broken front matter', () => {
    expect(readMermaidGantt('---\ntitle: [unclosed\n---\ngantt\n').errors[0]!.message).toContain('front matter is not valid YAML');
  });
});
