import type { Effort, EffortProgress } from '../model/index.js';
import { dayOf } from './day-number.js';
import { EMPTY_TIMELINE, latest } from './record-index.js';
import type { RecordIndex, Timeline } from './record-index.js';
import type { EffortState } from './status-types.js';

export interface EffortModel {
  readonly effort: Effort;
  readonly startDay: number;
  readonly endDay: number;
  readonly progress: Timeline<EffortProgress>;
}

export function effortModel(effort: Effort, index: RecordIndex): EffortModel {
  return { effort, startDay: dayOf(effort.start), endDay: dayOf(effort.end), progress: index.progress.get(effort.id) ?? EMPTY_TIMELINE };
}

/** An effort's state on a day, with its forecast end. */
export interface EffortEvaluation {
  readonly state: EffortState;
  readonly evidence: 'recorded' | 'plan';
  readonly record: EffortProgress | undefined;
  readonly started: boolean;
  readonly forecastEndDay: number;
  readonly slippageDays: number;
}

/**
 * The state of an effort on `day` from its latest progress record:
 * - no record: the plan's dates decide (planned → running → done), slippage 0;
 * - done: 100% or an actual end on or before `day`; the forecast end is the actual end (or the record's date);
 * - started with p% on the record's date: the rate so far (p / days since the actual or planned start)
 *   finishes the rest; never before `day`, since it is not recorded done;
 * - not started: it can start on `day` at the earliest and takes its planned duration.
 * Late: not done and past the planned end, or forecast to end more than `lateToleranceDays` after it.
 */
export function effortOn(m: EffortModel, day: number, lateToleranceDays: number): EffortEvaluation {
  const record = latest(m.progress, day);
  const duration = m.endDay - m.startDay + 1;
  if (!record) {
    const state: EffortState = day < m.startDay ? 'planned' : day <= m.endDay ? 'running' : 'done';
    return { state, evidence: 'plan', record, started: day >= m.startDay, forecastEndDay: m.endDay, slippageDays: 0 };
  }
  const recordDay = dayOf(record.date);
  const actualEnd = record.actualEnd === undefined ? undefined : dayOf(record.actualEnd);
  if (record.percentComplete >= 100 || (actualEnd !== undefined && actualEnd <= day)) {
    const end = actualEnd ?? recordDay;
    return { state: 'done', evidence: 'recorded', record, started: true, forecastEndDay: end, slippageDays: end - m.endDay };
  }
  const actualStart = record.actualStart === undefined ? undefined : dayOf(record.actualStart);
  const started = (actualStart !== undefined && actualStart <= day) || record.percentComplete > 0;
  let forecastEnd: number;
  if (!started) forecastEnd = Math.max(day, m.startDay) + duration - 1;
  else if (record.percentComplete > 0) {
    const from = Math.min(actualStart ?? m.startDay, recordDay);
    const elapsed = recordDay - from + 1;
    const remaining = Math.ceil((elapsed * (100 - record.percentComplete)) / record.percentComplete);
    forecastEnd = Math.max(recordDay + remaining, day);
  } else forecastEnd = Math.max((actualStart ?? m.startDay) + duration - 1, day);
  const slippageDays = forecastEnd - m.endDay;
  const late = day > m.endDay || slippageDays > lateToleranceDays;
  const state: EffortState = late ? 'late' : started ? 'running' : 'planned';
  return { state, evidence: 'recorded', record, started, forecastEndDay: forecastEnd, slippageDays };
}
