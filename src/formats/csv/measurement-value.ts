import type { Measurement, Unit } from '../../model/index.js';
import { displayCell } from './cell.js';
import type { Cell } from './cell.js';
import type { FieldOf, FieldProblem, ParseContext } from './column-spec.js';

interface UnitRule {
  readonly min?: number;
  readonly max?: number;
  readonly percent: boolean;
  readonly expected: string;
}

function ruleOf(unit: Unit): UnitRule {
  switch (unit.kind) {
    case 'percentage': return { min: 0, max: 100, percent: true, expected: 'a percentage from 0 to 100, such as 63 or 63%' };
    case 'relative': return { min: -100, percent: true, expected: `a change relative to the baseline (${unit.base}) in percent, such as +15% or 15` };
    case 'score': return { min: 0, max: unit.max, percent: false, expected: `a score from 0 to ${unit.max}, such as 7,5` };
    case 'count': return { min: 0, percent: false, expected: `a count of at least 0${unit.per ? ` per ${unit.per}` : ''}, such as 12` };
    case 'years': return { min: 0, percent: false, expected: 'a number of years, such as 3,5' };
    case 'number': return { percent: false, expected: `a number${unit.symbol ? ` in ${unit.symbol}` : ''}, such as 7,5` };
  }
}

const hasPercent = (cell: Cell) => (cell.kind === 'number' ? cell.percent : cell.kind === 'text' && cell.text.trim().endsWith('%'));

/** A measured value must fit its KPI's unit: a score takes no `%`, a percentage stays within 0–100. */
export function checkMeasurementValue(row: Measurement, ctx: ParseContext, cell: (field: FieldOf<Measurement>) => Cell): readonly FieldProblem<Measurement>[] {
  const kpi = ctx.programme.kpis.find((k) => k.id === row.kpi);
  if (!kpi) return [];
  const rule = ruleOf(kpi.unit);
  const written = `"${displayCell(cell('value')).trim()}"`;
  const problem = (message: string) => [{ field: 'value' as const, message, expected: `${rule.expected} (KPI ${kpi.id})` }];
  if (hasPercent(cell('value')) && !rule.percent) return problem(`${written} has a % sign, but ${kpi.name} is a ${kpi.unit.kind}`);
  if (rule.min !== undefined && row.value < rule.min) return problem(`${written} is less than ${rule.min}`);
  if (rule.max !== undefined && row.value > rule.max) return problem(`${written} is more than ${rule.max}`);
  return [];
}
