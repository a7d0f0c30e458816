import { describe, expect, it } from 'vitest';
import { lineOf, MINIMAL_PROGRAMME, variant } from '../../../test/support/minimal-programme.js';
import { readProgramme } from './read-programme.js';

function issuesOf(text: string) {
  const result = readProgramme(text);
  if (result.ok) throw new Error('expected the file to be invalid');
  return result.issues;
}

describe('readProgramme', () => {
  it('accepts the minimal programme and resolves dates', () => {
    const result = readProgramme(MINIMAL_PROGRAMME);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const [e1, e2] = result.programme.efforts;
    expect(e1).toMatchObject({ start: '2026-01-01', end: '2026-03-31', mode: 'projectmatig', label: 'Ontwerp' });
    expect(e2).toMatchObject({ start: '2026-04-01', end: '2026-09-30' });
    expect(result.programme.milestones[0]).toMatchObject({ date: '2026-06-30', gate: true });
    expect(result.programme.milestones[0]!.criteria[0]).toMatchObject({ id: 'M6.1', needs: [{ kind: 'effort-finished', effort: 'E1' }] });
    expect(result.programme.endDate).toBe('2026-12-31');
    expect(result.programme.tolerances).toEqual({ green: 0.9, amber: 0.8 });
  });

  it('reports an unknown key at its own line and column, with a suggestion', () => {
    const text = variant('    name: Halverwege', '    nmae: Halverwege');
    const [issue] = issuesOf(text).filter((i) => i.code === 'unknown-key');
    expect(issue).toMatchObject({ line: lineOf(text, 'nmae'), column: 5, path: ['milestones', 0, 'nmae'] });
    expect(issue!.message).toContain('did you mean "name"');
  });

  it('reports a wrong type with the field path and what is expected', () => {
    const text = variant('  horizon: 12', '  horizon: twaalf');
    const [issue] = issuesOf(text);
    expect(issue).toMatchObject({ code: 'wrong-type', path: ['programme', 'horizon'], line: lineOf(text, 'twaalf'), column: 12 });
    expect(issue!.message).toBe('expected number, got string "twaalf"');
  });

  it('reports a missing required field at its parent', () => {
    const text = variant('  organisation: Test\n', '');
    const [issue] = issuesOf(text);
    expect(issue).toMatchObject({ code: 'missing-field', path: ['programme', 'organisation'], line: 3 });
  });

  it('reports an invalid enum value', () => {
    const text = variant('priority: hoog', 'priority: urgent');
    const [issue] = issuesOf(text);
    expect(issue).toMatchObject({ code: 'invalid-value', path: ['benefits', 0, 'priority'], line: lineOf(text, 'urgent') });
    expect(issue!.message).toContain('kritiek');
  });

  it('reports duplicate ids with the first use', () => {
    const text = variant('  - { id: E2, name: Bouw', '  - { id: E1, name: Bouw');
    const issue = issuesOf(text).find((i) => i.code === 'duplicate-id');
    expect(issue).toMatchObject({ path: ['efforts', 1, 'id'], line: lineOf(text, 'name: Bouw') });
    expect(issue!.message).toContain('first used at efforts[0].id');
  });

  it('reports references to unknown ids, with a suggestion', () => {
    const text = variant('dependsOn: [E1]', 'dependsOn: [E3]');
    const issue = issuesOf(text).find((i) => i.code === 'unknown-reference');
    expect(issue).toMatchObject({ path: ['efforts', 1, 'dependsOn', 0], line: lineOf(text, 'dependsOn: [E3]') });
    expect(issue!.expected).toContain('E1');
  });

  it('reports cyclic effort dependencies', () => {
    const text = variant('owner: pm, serves: [V1] }', 'owner: pm, dependsOn: [E2], serves: [V1] }');
    const issue = issuesOf(text).find((i) => i.code === 'dependency-cycle');
    expect(issue!.message).toMatch(/E1 → E2 → E1|E2 → E1 → E2/);
  });

  it('reports months outside the horizon', () => {
    const text = variant('    month: 6', '    month: 14');
    const issue = issuesOf(text).find((i) => i.code === 'outside-horizon');
    expect(issue).toMatchObject({ path: ['milestones', 0, 'month'], line: lineOf(text, 'month: 14'), column: 12 });
  });

  it('reports an effort that ends after the horizon', () => {
    const text = variant('end: 2026-09', 'end: 2027-02');
    const issue = issuesOf(text).find((i) => i.code === 'outside-horizon');
    expect(issue!.message).toContain('2027-02-28');
    expect(issue!.path).toEqual(['efforts', 1, 'end']);
  });

  it('requires either end or duration, not both', () => {
    expect(issuesOf(variant(', duration: 3 maanden', '')).map((i) => i.message)).toContain('an effort needs either `end` or `duration`');
    expect(issuesOf(variant('end: 2026-09', 'end: 2026-09, duration: 2M')).map((i) => i.message)).toContain('give either `end` or `duration`, not both');
  });

  it('rejects impossible dates and bad durations', () => {
    expect(issuesOf(variant('start: 2026-04, end', 'start: 2026-02-30, end'))[0]!.message).toContain('a month (2026-03) or a date');
    expect(issuesOf(variant('duration: 3 maanden', 'duration: 3 minuten'))[0]!.message).toContain('6 maanden');
  });

  it('reports every problem at once, in file order', () => {
    const text = variant('priority: hoog', 'priority: urgent', variant('  horizon: 12', '  horizon: x', variant('dependsOn: [E1]', 'dependsOn: [E9]')));
    const issues = issuesOf(text);
    expect(issues.map((i) => i.code)).toEqual(['wrong-type', 'unknown-reference', 'invalid-value']);
    expect(issues.map((i) => i.line)).toEqual([...issues.map((i) => i.line)].sort((a, b) => a - b));
  });

  it('reports YAML syntax errors with their position', () => {
    const [issue] = issuesOf('koers: 1\nprogramme: [\n');
    expect(issue).toMatchObject({ code: 'yaml-syntax' });
    expect(issue!.line).toBeGreaterThanOrEqual(2);
  });

  it('refuses duplicate keys', () => {
    const [issue] = issuesOf('koers: 1\nkoers: 1\n');
    expect(issue).toMatchObject({ code: 'yaml-syntax', line: 2 });
  });

  it('refuses an unknown format version', () => {
    expect(issuesOf(variant('koers: 1', 'koers: 2'))[0]).toMatchObject({ code: 'invalid-value', path: ['koers'] });
  });

  it('accepts plan values as numbers, labels, "n.m." and relative changes', () => {
    const text = variant('targets: { M6: 60, M12: 80 }, goal: 80', 'targets: { M3: n.m., M6: { label: ontw. }, M9: "+15%", M12: "50+" }, goal: "50+"');
    const result = readProgramme(text);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.programme.kpis[0]!.targets).toEqual([
      { moment: 'M3', month: 3, value: undefined, label: 'n.m.', measured: false },
      { moment: 'M6', month: 6, value: undefined, label: 'ontw.', measured: true },
      { moment: 'M9', month: 9, value: 15, label: '+15%', measured: true },
      { moment: 'M12', month: 12, value: 50, label: '50+', measured: true },
    ]);
    expect(result.programme.kpis[0]!.goal).toEqual({ value: 50, label: '50+' });
  });

  it('rejects a free-text plan value', () => {
    const [issue] = issuesOf(variant('targets: { M6: 60', 'targets: { M6: zestig'));
    expect(issue!.message).toContain('"n.m."');
  });
});
