// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { readMermaidGantt } from '../src/formats/mermaid/index.js';
import type { GanttIssue, GanttReadResult } from '../src/formats/mermaid/index.js';
import { mermaidFixtures } from './support/mermaid-fixtures.js';
import type { ExpectedIssue } from './support/mermaid-fixtures.js';
import { inTimeZone, localDateTime, mermaidGantt } from './support/mermaid-oracle.js';
import type { OracleChart } from './support/mermaid-oracle.js';

const valid = mermaidFixtures('valid');
const invalid = mermaidFixtures('invalid');

/** Every announced finding is reported on its line, and nothing else of that kind is. */
function expectIssues(actual: readonly GanttIssue[], expected: readonly ExpectedIssue[], kind: 'error' | 'warning') {
  const wanted = expected.filter((e) => e.kind === kind);
  for (const e of wanted) {
    expect(actual, `${kind} on line ${e.line}: ${e.text}`).toContainEqual({ line: e.line, message: expect.stringContaining(e.text) });
  }
  expect(actual.length, `${kind}s: ${JSON.stringify(actual, null, 1)}`).toBe(wanted.length);
}

/** The day a local date-time falls on, and the last day a period ending (exclusively) at `end` covers. */
const dayOf = (at: string) => at.slice(0, 10);
function lastDay(start: string, end: string): string {
  if (end <= start) return dayOf(start);
  if (!end.endsWith('T00:00:00.000')) return dayOf(end);
  const d = new Date(`${dayOf(end)}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function expectSameAsMermaid(result: GanttReadResult, oracle: OracleChart) {
  const chart = result.chart!;
  expect(chart.tasks.map((t) => t.id)).toEqual(oracle.tasks.map((t) => t.id));
  oracle.tasks.forEach((o, i) => {
    const t = chart.tasks[i]!;
    expect({ id: t.id, startAt: t.startAt, endAt: t.endAt }).toEqual({ id: o.id, startAt: o.start, endAt: o.end });
    expect(t.title).toBe(o.title);
    expect(t.section).toBe(o.section);
    expect(t.kind).toBe(o.vert ? 'vert' : o.milestone ? 'milestone' : 'task');
    expect(t.tags).toEqual({ done: o.done, active: o.active, crit: o.crit });
    expect(t.link?.href).toBe(o.link);
    if (t.kind === 'task') {
      expect({ start: t.start, end: t.end }).toEqual({ start: dayOf(o.start), end: lastDay(o.start, o.end) });
    }
  });
  expect(chart.sections).toEqual(oracle.sections);
  expect(chart.inclusiveEndDates).toBe(oracle.inclusiveEndDates);
  expect(chart.dateFormat ?? '').toBe(oracle.dateFormat.trim());
}

describe('readMermaidGantt on the corpus: every date equals Mermaid\'s own', () => {
  test('the corpus has at least 20 valid charts, among them the seed\'s', () => {
    expect(valid.length).toBeGreaterThanOrEqual(20);
    expect(valid.map((f) => f.name)).toContain('01-seed-klant-in-beeld.mmd');
  });

  test.each(valid.map((f) => [f.name, f] as const))('%s', async (_name, fixture) => {
    const result = readMermaidGantt(fixture.text);
    expectIssues(result.errors, fixture.expected, 'error');
    expectIssues(result.warnings, fixture.expected, 'warning');
    expectSameAsMermaid(result, await mermaidGantt(fixture.text));
  });

  test.each(valid.filter((f) => !f.utcOnly).map((f) => [f.name, f] as const))('%s: the same in Amsterdam and New York', async (_name, fixture) => {
    const result = readMermaidGantt(fixture.text);
    for (const zone of ['Europe/Amsterdam', 'America/New_York']) {
      expectSameAsMermaid(result, await inTimeZone(zone, () => mermaidGantt(fixture.text)));
    }
  });

  test('Windows line endings change nothing', async () => {
    const fixture = valid.find((f) => f.name.startsWith('20-'))!;
    const crlf = fixture.text.replace(/\n/g, '\r\n');
    const result = readMermaidGantt(crlf);
    expect(result.errors).toEqual([]);
    expect(result.chart!.tasks).toEqual(readMermaidGantt(fixture.text).chart!.tasks);
    expectSameAsMermaid(result, await mermaidGantt(crlf));
  });
});

describe('readMermaidGantt reports what Mermaid silently gets wrong', () => {
  test.each(invalid.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    expect(fixture.expected.some((e) => e.kind === 'error')).toBe(true);
    const result = readMermaidGantt(fixture.text);
    expect(result.chart).toBeUndefined();
    expectIssues(result.errors, fixture.expected, 'error');
  });
});

/** What Mermaid itself does with each chart Koers rejects: it fails, or it quietly does something else. */
const todayAt = () => localDateTime(new Date(new Date().setHours(0, 0, 0, 0)));
const task = (chart: OracleChart, id: string) => chart.tasks.find((t) => t.id === id)!;
const MERMAID_DOES: Record<string, 'throws' | ((chart: OracleChart) => void | Promise<void>)> = {
  'circular-after.mmd': 'throws',
  'date-does-not-match-format.mmd': async (chart) => {
    expect(task(chart, 'b').start).toBe('2026-02-02T00:00:00.000');
    const newYork = await inTimeZone('America/New_York', () => mermaidGantt(invalid.find((f) => f.name === 'date-does-not-match-format.mmd')!.text));
    expect(task(newYork, 'b').start).toBe('2026-02-01T19:00:00.000');
  },
  'dateformat-unix-seconds.mmd': (chart) => expect(task(chart, 'a').start).toMatch(/^1970-/),
  'dateformat-without-year.mmd': (chart) => expect(task(chart, 'a').start.slice(0, 4)).toBe(String(new Date().getFullYear())),
  'duplicate-ids.mmd': (chart) => expect(task(chart, 't').start).toBe('2026-02-16T00:00:00.000'),
  'end-date-without-dateformat.mmd': (chart) => expect(task(chart, 'a').end).toBe(task(chart, 'a').start),
  'end-with-trailing-comment.mmd': (chart) => expect(task(chart, 'a').end).toBe(task(chart, 'a').start),
  'ends-before-start.mmd': (chart) => expect(task(chart, 'a').end < task(chart, 'a').start).toBe(true),
  'first-task-without-start.mmd': 'throws',
  'hash-in-task-data.mmd': 'throws',
  'line-without-colon.mmd': 'throws',
  'not-gantt.mmd': 'throws',
  'only-tags.mmd': 'throws',
  'start-after-in-capitals.mmd': 'throws',
  'tags-after-id.mmd': 'throws',
  'title-starts-with-call.mmd': 'throws',
  'title-starts-with-date.mmd': 'throws',
  'title-with-colon.mmd': (chart) => {
    expect(chart.tasks.map((t) => t.title)).toEqual(['Fase 1', 'Fase 2', 'Fase 3']);
    expect(chart.tasks[0]!.id).toBe('ontwerp       :f1');
  },
  'top-axis.mmd': 'throws',
  'unclosed-description.mmd': 'throws',
  'unknown-after.mmd': (chart) => expect(task(chart, 'bouw').start).toBe(todayAt()),
  'unknown-until.mmd': (chart) => expect(task(chart, 'bouw').end).toBe(todayAt()),
};

describe('Mermaid itself fails on those charts, or quietly does something else', () => {
  test('every rejected chart is covered', () => {
    expect(Object.keys(MERMAID_DOES).sort()).toEqual(invalid.map((f) => f.name));
  });

  test.each(invalid.map((f) => [f.name, f] as const))('%s', async (name, fixture) => {
    const does = MERMAID_DOES[name]!;
    if (does === 'throws') await expect(mermaidGantt(fixture.text)).rejects.toThrow();
    else await does(await mermaidGantt(fixture.text));
  });
});
