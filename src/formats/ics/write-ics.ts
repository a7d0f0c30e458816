import ical, { ICalCalendarMethod } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import type { IsoDate } from '../../calendar/index.js';
import type { AgendaEvent, AgendaReport, Recurrence } from '../../reports/index.js';
import { AMSTERDAM, vtimezone } from './amsterdam-timezone.js';
import { ICS_TEXT } from './ics-text.js';
import type { IcsText } from './ics-text.js';

export interface IcsOptions {
  readonly lang?: 'nl' | 'en';
}

const WEEKDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/**
 * The programme calendar as iCalendar (RFC 5545) for Outlook, Google Calendar and Apple Calendar:
 * gates and milestones and KPI measurement moments as all-day events (with DTEND, for Outlook), the cadence meetings as
 * recurring events in Europe/Amsterdam time (with its VTIMEZONE), stable UIDs, UTC DTSTAMP and
 * folded lines.
 *
 * @example writeIcs(agendaReport(programme, '2026-01-10')).startsWith('BEGIN:VCALENDAR') // true
 */
export function writeIcs(report: AgendaReport, options: IcsOptions = {}): string {
  const lang = options.lang ?? 'nl';
  const t = ICS_TEXT[lang];
  const { programme } = report;
  const calendar = ical({
    prodId: { company: 'Koers', product: 'koers', language: lang.toUpperCase() },
    name: t.calendar(programme.name),
    description: t.calendarDescription(programme.name, programme.organisation),
    method: ICalCalendarMethod.PUBLISH,
  });
  // A generator without a calendar-wide zone: VTIMEZONE for the events' zone, DTSTAMP stays UTC.
  calendar.timezone({ name: null, generator: vtimezone });
  const stamp = new Date(`${report.generated}T00:00:00Z`);
  for (const event of report.events) {
    const common = { id: event.uid, stamp, summary: summary(event, t, programme.name), description: description(event, t), categories: [{ name: t.category[event.kind] }] };
    if (event.kind !== 'cadence') {
      const day = Temporal.PlainDate.from(event.date);
      calendar.createEvent({ ...common, start: day, end: day.add({ days: 1 }), allDay: true });
      continue;
    }
    const first = event.occurrences[0];
    if (!first) continue;
    if (event.slot.kind === 'all-day') {
      const day = Temporal.PlainDate.from(first);
      calendar.createEvent({ ...common, start: day, end: day.add({ days: 1 }), allDay: true, repeating: rrule(event.recurrence, true) });
    } else {
      const start = Temporal.PlainDateTime.from(`${first}T${event.slot.time}`).toZonedDateTime(AMSTERDAM);
      calendar.createEvent({ ...common, start, end: start.add({ minutes: event.slot.minutes }), timezone: AMSTERDAM, repeating: rrule(event.recurrence, false) });
    }
  }
  return calendar.toString();
}

/**
 * An RRULE with ordinal weekdays (`BYDAY=1TU`, `-1TH`), which Outlook and Google both read. UNTIL is a
 * date for all-day events and, as RFC 5545 requires beside a TZID start, a UTC time for timed ones.
 */
export function rrule(r: Recurrence, allDay: boolean): string {
  const day = WEEKDAY[r.weekday - 1]!;
  const parts = [`FREQ=${r.freq === 'weekly' ? 'WEEKLY' : 'MONTHLY'}`];
  if (r.interval > 1) parts.push(`INTERVAL=${r.interval}`);
  parts.push(`BYDAY=${r.position === undefined ? '' : r.position}${day}`);
  parts.push(`UNTIL=${allDay ? compact(r.until) : utcEndOfDay(r.until)}`);
  return parts.join(';');
}

const compact = (date: IsoDate) => date.replace(/-/g, '');

function utcEndOfDay(date: IsoDate): string {
  const instant = Temporal.PlainDateTime.from(`${date}T23:59:59`).toZonedDateTime(AMSTERDAM).toInstant();
  return instant.toString().replace(/[-:]/g, '').replace(/\.\d+/, '');
}

function summary(event: AgendaEvent, t: IcsText, name: string): string {
  switch (event.kind) {
    case 'gate':
      return event.milestone.gate ? t.gate(event.milestone.id, event.milestone.name, name) : t.milestone(event.milestone.id, event.milestone.name, name);
    case 'kpi-moment':
      return t.kpiMoment(event.moment, name);
    case 'cadence':
      return t.meeting(event.forum?.name ?? event.frequency, t.frequency[event.frequency], name);
  }
}

function description(event: AgendaEvent, t: IcsText): string {
  switch (event.kind) {
    case 'gate':
      return [event.milestone.description ?? '', event.milestone.criteria.length ? `${t.criteria}:` : '', ...event.milestone.criteria.map((c) => `- ${c.text}`)].filter(Boolean).join('\n');
    case 'kpi-moment':
      return [`${t.kpis}:`, ...event.kpis.map((k) => `- ${k.name}`)].join('\n');
    case 'cadence':
      return event.activities.map((a) => `- ${a}`).join('\n');
  }
}
