import type { Measurement, Unit } from '../../model/index.js';
import { message } from '../messages/index.js';
import type { Message } from '../messages/index.js';
import { displayCell } from './cell.js';
import type { Cell } from './cell.js';
import type { FieldOf, FieldProblem, ParseContext } from './column-spec.js';
import { said } from './record-error.js';

interface UnitRule {
  readonly min?: number;
  readonly max?: number;
  readonly percent: boolean;
}

function ruleOf(unit: Unit): UnitRule {
  switch (unit.kind) {
    case 'percentage': return { min: 0, max: 100, percent: true };
    case 'relative': return { min: -100, percent: true };
    case 'score': return { min: 0, max: unit.max, percent: false };
    case 'count': return { min: 0, percent: false };
    case 'years': return { min: 0, percent: false };
    case 'number': return { percent: false };
  }
}

const hasPercent = (cell: Cell) => (cell.kind === 'number' ? cell.percent : cell.kind === 'text' && cell.text.trim().endsWith('%'));

/** A measured value must fit its KPI's unit: a score takes no `%`, a percentage stays within 0–100. */
export function checkMeasurementValue(row: Measurement, ctx: ParseContext, cell: (field: FieldOf<Measurement>) => Cell): readonly FieldProblem<Measurement>[] {
  const kpi = ctx.programme.kpis.find((k) => k.id === row.kpi);
  if (!kpi) return [];
  const rule = ruleOf(kpi.unit);
  const value = displayCell(cell('value')).trim();
  const problem = (m: Message) => [{ field: 'value' as const, ...said(m, message('expect.kpi-value', { unit: kpi.unit, kpi: kpi.id })) }];
  if (hasPercent(cell('value')) && !rule.percent) return problem(message('cell.percent-for-unit', { value, kpi: kpi.name, unit: kpi.unit.kind }));
  if (rule.min !== undefined && row.value < rule.min) return problem(message('cell.less-than', { value, min: rule.min }));
  if (rule.max !== undefined && row.value > rule.max) return problem(message('cell.more-than', { value, max: rule.max }));
  return [];
}
