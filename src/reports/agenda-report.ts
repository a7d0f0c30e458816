import { addDays, calendarMonth, dayOfWeek, firstDayOfMonth, lastDayOfMonth } from '../calendar/index.js';
import type { IsoDate, YearMonth } from '../calendar/index.js';
import type { CadenceItem, Frequency, Kpi, MeetingTime, Milestone, Programme, Role, Weekday } from '../model/index.js';
import { momentColumns } from './kpi-moments.js';

export type { Weekday };

/** When a cadence meeting recurs: weekday `weekday` of every `interval` weeks or months. */
export interface Recurrence {
  readonly freq: 'weekly' | 'monthly';
  readonly interval: number;
  readonly weekday: Weekday;
  /** For monthly rules: the first (1) or last (-1) such weekday of the month. */
  readonly position: 1 | -1 | undefined;
  /** The last day an occurrence may fall on: the programme's end. */
  readonly until: IsoDate;
}

/** A meeting slot: a time of day in Europe/Amsterdam, or the whole day. */
export type Slot =
  | { readonly kind: 'timed'; readonly time: string; readonly minutes: number }
  | { readonly kind: 'all-day' };

export type AgendaEvent =
  | { readonly kind: 'gate'; readonly uid: string; readonly date: IsoDate; readonly milestone: Milestone }
  | { readonly kind: 'kpi-moment'; readonly uid: string; readonly date: IsoDate; readonly moment: string; readonly kpis: readonly Kpi[] }
  | {
      readonly kind: 'cadence';
      readonly uid: string;
      readonly frequency: Frequency;
      readonly forum: Role | undefined;
      readonly activities: readonly string[];
      readonly slot: Slot;
      readonly recurrence: Recurrence;
      /** Every occurrence, the first being the event's start; the ICS carries the rule, not the list. */
      readonly occurrences: readonly IsoDate[];
    };

/** The programme calendar: gates and milestones, KPI measurement moments, and the cadence meetings. */
export interface AgendaReport {
  readonly kind: 'agenda';
  readonly programme: Programme;
  readonly generated: IsoDate;
  readonly events: readonly AgendaEvent[];
}

/** Where each cadence meeting sits when the programme file does not say; defaults that suit a Dutch programme office. */
export type CadenceSlots = Readonly<Record<Frequency, { readonly slot: Slot; readonly weekday: Weekday; readonly position: 1 | -1 | undefined }>>;

/**
 * Weekly programmateam on Monday 09:00; monthly stuurgroep on the first Tuesday at 14:00; quarterly domain
 * reviews on the last Thursday of each quarter at 13:00; the half-yearly external review all day on the
 * last Friday of each half year.
 */
export const DEFAULT_SLOTS: CadenceSlots = {
  wekelijks: { slot: { kind: 'timed', time: '09:00', minutes: 60 }, weekday: 1, position: undefined },
  maandelijks: { slot: { kind: 'timed', time: '14:00', minutes: 120 }, weekday: 2, position: 1 },
  'per-kwartaal': { slot: { kind: 'timed', time: '13:00', minutes: 180 }, weekday: 4, position: -1 },
  halfjaarlijks: { slot: { kind: 'all-day' }, weekday: 5, position: -1 },
};

const MONTHS: Readonly<Record<Frequency, number>> = { wekelijks: 0, maandelijks: 1, 'per-kwartaal': 3, halfjaarlijks: 6 };

/**
 * The programme calendar over its horizon. Uids are stable across runs, so that importing a newer file
 * updates the events instead of duplicating them.
 *
 * @example agendaReport(programme, '2026-01-10').events.filter((e) => e.kind === 'gate').length // 6
 */
export function agendaReport(programme: Programme, generated: IsoDate, slots: CadenceSlots = DEFAULT_SLOTS): AgendaReport {
  const uid = (...parts: string[]) => `${[programme.id, ...parts].join('-').toLowerCase()}@koers`;
  const events: AgendaEvent[] = programme.milestones.map((milestone) => ({ kind: 'gate', uid: uid('milestone', milestone.id), date: milestone.date, milestone }));
  for (const column of momentColumns(programme)) {
    const kpis = programme.kpis.filter((k) => k.targets.some((t) => t.month === column.month && t.measured));
    if (kpis.length) events.push({ kind: 'kpi-moment', uid: uid('kpi', column.moment), date: column.date, moment: column.moment, kpis });
  }
  for (const item of programme.cadence) events.push(cadenceEvent(programme, item, slots, uid('cadence', item.frequency, item.forum)));
  return { kind: 'agenda', programme, generated, events };
}

function cadenceEvent(programme: Programme, item: CadenceItem, slots: CadenceSlots, uid: string): AgendaEvent {
  const { slot, weekday, position } = meetingSlot(slots[item.frequency], item.meeting);
  const interval = MONTHS[item.frequency];
  const until = programme.endDate;
  const occurrences: IsoDate[] = [];
  if (interval === 0) {
    for (let d = onOrAfter(programme.startDate, weekday); d <= until; d = addDays(d, 7)) occurrences.push(d);
  } else {
    // The first occurrence is in the last month of the first period: quarter reviews close a quarter.
    const first = item.frequency === 'maandelijks' ? 1 : interval;
    for (let m = first; m <= programme.horizon; m += interval) {
      const d = weekdayInMonth(calendarMonth(programme.start, m), weekday, position ?? 1);
      if (d >= programme.startDate && d <= until) occurrences.push(d);
    }
  }
  const forum = programme.roles.find((r) => r.id === item.forum);
  const recurrence: Recurrence = { freq: interval === 0 ? 'weekly' : 'monthly', interval: Math.max(1, interval), weekday, position: interval === 0 ? undefined : position ?? 1, until };
  return { kind: 'cadence', uid, frequency: item.frequency, forum, activities: item.activities, slot, recurrence, occurrences };
}

/** The default slot of a frequency, with what the programme file sets in its place. */
function meetingSlot(fallback: CadenceSlots[Frequency], meeting: MeetingTime | undefined): CadenceSlots[Frequency] {
  if (!meeting) return fallback;
  const timed = fallback.slot.kind === 'timed' ? fallback.slot : { time: '09:00', minutes: 60 };
  const slot: Slot =
    meeting.time === 'all-day' ? { kind: 'all-day' }
    : meeting.time !== undefined || meeting.minutes !== undefined ? { kind: 'timed', time: meeting.time ?? timed.time, minutes: meeting.minutes ?? timed.minutes }
    : fallback.slot;
  const position = meeting.week === undefined ? fallback.position : meeting.week === 'first' ? 1 : -1;
  return { slot, weekday: meeting.weekday ?? fallback.weekday, position };
}

function onOrAfter(date: IsoDate, weekday: Weekday): IsoDate {
  return addDays(date, (weekday - dayOfWeek(date) + 7) % 7);
}

/** The first (1) or last (-1) given weekday of a month. */
export function weekdayInMonth(month: YearMonth, weekday: Weekday, position: 1 | -1): IsoDate {
  if (position === 1) return onOrAfter(firstDayOfMonth(month), weekday);
  const last = lastDayOfMonth(month);
  return addDays(last, -((dayOfWeek(last) - weekday + 7) % 7));
}
