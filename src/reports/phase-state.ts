import { monthStart } from '../calendar/index.js';
import type { IsoDate } from '../calendar/index.js';
import type { Phase, Programme } from '../model/index.js';
import type { GateStatus } from '../steer/index.js';

/** Where a phase stands on a date: finished once its closing gate is passed. */
export type PhaseState = 'done' | 'current' | 'upcoming';

/** A gate is passed when the stuurgroep decided go, or go with conditions. */
export function isPassed(gate: GateStatus | undefined): boolean {
  const outcome = gate?.decision?.outcome;
  return outcome === 'go' || outcome === 'go-met-voorwaarden';
}

/**
 * `done` when the phase's closing gate is passed, `upcoming` before its first month, else `current`
 * (also when its last month is over but the gate is not yet passed).
 */
export function phaseState(programme: Programme, phase: Phase, closingGate: GateStatus | undefined, asOf: IsoDate): PhaseState {
  if (isPassed(closingGate)) return 'done';
  return asOf < monthStart(programme.start, phase.from) ? 'upcoming' : 'current';
}
