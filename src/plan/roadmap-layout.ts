import type { IsoDate, YearMonth } from '../calendar/index.js';
import type { Domain, Effort, EffortMode, Milestone, Phase, Programme } from '../model/index.js';
import { axisMonths, axisQuarters, axisYears, positionOf } from './roadmap-layout-axis.js';
import type { RoadmapMonth, RoadmapSpan } from './roadmap-layout-axis.js';

/** The state of an effort as the steering engine judges it; the roadmap only shows it. */
export type RoadmapState = 'planned' | 'running' | 'done' | 'late' | 'at-risk';

/** Every state, in legend order. */
export const ROADMAP_STATES: readonly RoadmapState[] = ['done', 'running', 'planned', 'at-risk', 'late'];

/** Effort states by effort id, as a map or a plain object. */
export type RoadmapStates = ReadonlyMap<Effort['id'], RoadmapState> | Readonly<Record<Effort['id'], RoadmapState>>;

export interface RoadmapLayoutOptions {
  /** The date of the as-of ("vandaag") line; without it there is none. */
  readonly asOf?: IsoDate | undefined;
  /** Effort states; efforts without one have state `undefined` (not judged). */
  readonly states?: RoadmapStates | undefined;
}

/**
 * One effort's bar. Positions are in months from the programme start at day precision (0 = first day of
 * month 1, `horizon` = end of the last month), clipped to the horizon.
 */
export interface RoadmapBar {
  readonly id: Effort['id'];
  readonly name: string;
  readonly label: string;
  readonly domain: Domain['id'];
  readonly mode: EffortMode;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly from: number;
  readonly to: number;
  /** The effort starts before the horizon, or ends after it. */
  readonly clippedStart: boolean;
  readonly clippedEnd: boolean;
  /** False when the effort lies wholly outside the horizon. */
  readonly visible: boolean;
  /** Row number over the whole roadmap, from 0. */
  readonly row: number;
  readonly state: RoadmapState | undefined;
  readonly dependsOn: readonly Effort['id'][];
  readonly management: boolean;
  readonly illustrative: boolean;
}

/** A domain's block of rows, in the programme's domain order; domains without efforts are left out. */
export interface RoadmapBand {
  readonly id: Domain['id'];
  readonly name: string;
  readonly title: string;
  readonly rows: readonly RoadmapBar[];
}

export interface RoadmapMilestone {
  readonly id: Milestone['id'];
  readonly name: string;
  /** Short upper-case label for narrow views: the phase it closes, else the name's first word ("GO"). */
  readonly short: string;
  readonly month: number;
  /** Position of the end of its month, where the milestone falls. */
  readonly at: number;
  readonly date: IsoDate;
  readonly gate: boolean;
}

export interface RoadmapPhase {
  readonly id: Phase['id'];
  readonly name: string;
  /** 1 for the first phase. */
  readonly number: number;
  /** First and last programme month, inclusive. */
  readonly fromMonth: number;
  readonly toMonth: number;
  readonly from: number;
  readonly to: number;
  readonly milestone: Milestone['id'];
}

export interface RoadmapAsOf {
  readonly date: IsoDate;
  /** Position of the end of that day; may lie outside 0…horizon. */
  readonly at: number;
  readonly within: boolean;
}

/** Everything a roadmap view draws, computed once: ASCII, SVG and the web Gantt all render this. */
export interface RoadmapLayout {
  readonly id: Programme['id'];
  readonly name: string;
  readonly organisation: string;
  readonly start: YearMonth;
  readonly horizon: number;
  readonly months: readonly RoadmapMonth[];
  readonly quarters: readonly RoadmapSpan[];
  readonly years: readonly RoadmapSpan[];
  readonly phases: readonly RoadmapPhase[];
  readonly milestones: readonly RoadmapMilestone[];
  readonly bands: readonly RoadmapBand[];
  readonly rowCount: number;
  readonly asOf: RoadmapAsOf | undefined;
}

/**
 * Lays out a programme's roadmap: axis, domain bands with one row per effort, bars, milestones, phases
 * and the as-of position. Pure; the views decide how positions become characters or pixels.
 *
 * @example
 * const layout = layoutRoadmap(programme, { asOf: '2026-03-15', states: { 'PRJ-01': 'running' } });
 * layout.bands[0]!.rows[0]!.from // 0: starts on the first day of month 1
 */
export function layoutRoadmap(programme: Programme, options: RoadmapLayoutOptions = {}): RoadmapLayout {
  const { start, horizon } = programme;
  const months = axisMonths(start, horizon);
  const stateOf = stateLookup(options.states);
  const byDomain = new Map<Domain['id'], Effort[]>();
  for (const e of programme.efforts) {
    const list = byDomain.get(e.domain);
    if (list) list.push(e);
    else byDomain.set(e.domain, [e]);
  }
  let row = 0;
  const bands: RoadmapBand[] = [];
  for (const d of programme.domains) {
    const efforts = byDomain.get(d.id);
    if (!efforts) continue;
    bands.push({ id: d.id, name: d.name, title: d.title, rows: efforts.map((e) => barOf(e, row++, start, horizon, stateOf(e.id))) });
  }
  const asOf = options.asOf;
  return {
    id: programme.id,
    name: programme.name,
    organisation: programme.organisation,
    start,
    horizon,
    months,
    quarters: axisQuarters(months),
    years: axisYears(months),
    phases: programme.phases.map((p, i) => ({ id: p.id, name: p.name, number: i + 1, fromMonth: p.from, toMonth: p.to, from: p.from - 1, to: p.to, milestone: p.milestone })),
    milestones: programme.milestones.map((m) => ({ id: m.id, name: m.name, short: shortLabel(m, programme.phases), month: m.month, at: m.month, date: m.date, gate: m.gate })),
    bands,
    rowCount: row,
    asOf: asOf === undefined ? undefined : asOfAt(start, horizon, asOf),
  };
}

function barOf(e: Effort, row: number, start: YearMonth, horizon: number, state: RoadmapState | undefined): RoadmapBar {
  const from = positionOf(start, e.start);
  const to = positionOf(start, e.end, true);
  return {
    id: e.id,
    name: e.name,
    label: e.label,
    domain: e.domain,
    mode: e.mode,
    start: e.start,
    end: e.end,
    from: clamp(from, 0, horizon),
    to: clamp(to, 0, horizon),
    clippedStart: from < 0,
    clippedEnd: to > horizon,
    visible: to > 0 && from < horizon,
    row,
    state,
    dependsOn: e.dependsOn,
    management: e.management,
    illustrative: e.illustrative,
  };
}

function asOfAt(start: YearMonth, horizon: number, date: IsoDate): RoadmapAsOf {
  const at = positionOf(start, date, true);
  return { date, at, within: at > 0 && at <= horizon };
}

function stateLookup(states: RoadmapStates | undefined): (id: Effort['id']) => RoadmapState | undefined {
  if (!states) return () => undefined;
  if (states instanceof Map) return (id) => states.get(id);
  const record = states as Readonly<Record<Effort['id'], RoadmapState>>;
  return (id) => (Object.hasOwn(record, id) ? record[id] : undefined);
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * "FUNDAMENT" for the milestone that closes phase Fundament; otherwise the name's first word, cut at a
 * hyphen when the part before it is already upper case ("GO-besluit MT" → "GO", "Mid-term review" → "MID-TERM").
 */
export function shortLabel(milestone: Pick<Milestone, 'id' | 'name'>, phases: readonly Pick<Phase, 'milestone' | 'name'>[]): string {
  const phase = phases.find((p) => p.milestone === milestone.id);
  if (phase) return phase.name.toLocaleUpperCase('nl');
  const word = milestone.name.trim().split(/\s+/)[0] ?? milestone.id;
  const head = word.split('-')[0]!;
  const cut = word.includes('-') && head.length > 0 && head === head.toLocaleUpperCase('nl') ? head : word;
  return cut.toLocaleUpperCase('nl');
}
