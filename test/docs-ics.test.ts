import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { writeIcs } from '../src/formats/ics/index.js';
import { agendaReport } from '../src/reports/index.js';
import type { AgendaEvent } from '../src/reports/index.js';
import { readFileSync } from 'node:fs';
import { readProgramme } from '../src/formats/yaml/index.js';
import { EXAMPLE_PATH, exampleProgramme, programmeFrom } from './support/programme-fixture.js';

/*
 * The calendar parsed back with ical.js, an independent iCalendar implementation: the structure Outlook
 * and Google Calendar need (PRODID, UID, UTC DTSTAMP, folded lines, VTIMEZONE), and every RRULE expanded
 * to exactly the meetings Koers planned.
 */
const programme = exampleProgramme();
const report = agendaReport(programme, '2026-01-10');
const text = writeIcs(report, { lang: 'nl' });
const calendar = new ICAL.Component(ICAL.parse(text));
const events = calendar.getAllSubcomponents('vevent');
const byUid = new Map(events.map((e) => [String(e.getFirstPropertyValue('uid')), e]));
ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!));

const cadence = report.events.filter((e): e is Extract<AgendaEvent, { kind: 'cadence' }> => e.kind === 'cadence');
const date = (t: ICAL.Time) => t.toString().slice(0, 10);

describe('ICS calendar of Klant in Beeld', () => {
  it('is a PUBLISH calendar with PRODID, folded CRLF lines of at most 75 octets and one VTIMEZONE', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Koers//koers//NL');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Amsterdam']);
  });

  it('gives every event a unique, stable UID and a UTC DTSTAMP', () => {
    expect(byUid.size).toBe(events.length);
    expect(events).toHaveLength(report.events.length);
    const later = new ICAL.Component(ICAL.parse(writeIcs(agendaReport(programme, '2026-05-15'))));
    expect(later.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'))).toEqual([...byUid.keys()]);
    for (const e of events) {
      const stamp = e.getFirstPropertyValue('dtstamp') as ICAL.Time;
      expect(stamp.zone).toBe(ICAL.Timezone.utcTimezone);
      expect(stamp.toString()).toBe('2026-01-10T00:00:00Z');
    }
  });

  it('has each milestone as an all-day event on its date, with the go/no-go criteria', () => {
    for (const m of programme.milestones) {
      const event = new ICAL.Event(byUid.get(`klant-in-beeld-milestone-${m.id.toLowerCase()}@koers`)!);
      expect(event.startDate.isDate).toBe(true);
      expect(date(event.startDate)).toBe(m.date);
      expect(event.endDate.toString()).toBe(event.startDate.clone().adjust(1, 0, 0, 0).toString());
      expect(event.summary).toBe(`Go/no-go ${m.id}: ${m.name} (Klant in Beeld)`);
      for (const c of m.criteria) expect(event.description).toContain(`- ${c.text}`);
    }
  });

  it('has the KPI measurement moments M3 … M18 with the KPIs measured then', () => {
    const moments = report.events.filter((e) => e.kind === 'kpi-moment');
    expect(moments.map((e) => e.kind === 'kpi-moment' && e.moment)).toEqual(['M3', 'M6', 'M9', 'M12', 'M18']);
    const m3 = new ICAL.Event(byUid.get('klant-in-beeld-kpi-m3@koers')!);
    expect(date(m3.startDate)).toBe('2026-03-31');
    expect(m3.description).toContain('- % Getraind outside-in');
    // Not measured at M3 ("n.m."), so not on the agenda then.
    expect(m3.description).not.toContain('Gedragsobservatie');
  });

  it('repeats the cadence meetings with RRULEs that expand to exactly the planned occurrences', () => {
    expect(cadence.map((e) => e.frequency)).toEqual(['wekelijks', 'maandelijks', 'per-kwartaal', 'halfjaarlijks']);
    const rules: Record<string, string> = {};
    for (const planned of cadence) {
      const event = new ICAL.Event(byUid.get(planned.uid)!);
      expect(event.isRecurring()).toBe(true);
      rules[planned.frequency] = String(byUid.get(planned.uid)!.getFirstProperty('rrule')!.toICALString());
      const iterator = event.iterator();
      const seen: string[] = [];
      for (let next = iterator.next(); next && seen.length < 200; next = iterator.next()) seen.push(date(next));
      expect(seen).toEqual(planned.occurrences);
    }
    expect(rules).toEqual({
      wekelijks: 'RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20270630T215959Z',
      maandelijks: 'RRULE:FREQ=MONTHLY;BYDAY=1TU;UNTIL=20270630T215959Z',
      'per-kwartaal': 'RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH;UNTIL=20270630T215959Z',
      halfjaarlijks: 'RRULE:FREQ=MONTHLY;INTERVAL=6;BYDAY=-1FR;UNTIL=20270630',
    });
    const weekly = cadence[0]!.occurrences;
    expect(weekly[0]).toBe('2026-01-05');
    expect(weekly.at(-1)).toBe('2027-06-28');
    expect(weekly).toHaveLength(78);
    expect(cadence[1]!.occurrences.slice(0, 3)).toEqual(['2026-01-06', '2026-02-03', '2026-03-03']);
    expect(cadence[2]!.occurrences).toEqual(['2026-03-26', '2026-06-25', '2026-09-24', '2026-12-31', '2027-03-25', '2027-06-24']);
    expect(cadence[3]!.occurrences).toEqual(['2026-06-26', '2026-12-25', '2027-06-25']);
  });

  it('holds meetings at Amsterdam wall-clock time through daylight saving time, and the external review all day', () => {
    const weekly = new ICAL.Event(byUid.get(cadence[0]!.uid)!);
    expect(weekly.startDate.zone?.tzid).toBe('Europe/Amsterdam');
    expect(weekly.duration.toSeconds()).toBe(3600);
    const utcHours = new Map<string, number>();
    const iterator = weekly.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) utcHours.set(date(next), next.convertToZone(ICAL.Timezone.utcTimezone).hour);
    expect(utcHours.get('2026-01-05')).toBe(8);
    expect(utcHours.get('2026-07-06')).toBe(7);
    const review = new ICAL.Event(byUid.get(cadence[3]!.uid)!);
    expect(review.startDate.isDate).toBe(true);
    expect(review.summary).toBe('Sponsorgroep, halfjaarlijks overleg (Klant in Beeld)');
    expect(review.description).toContain('- Externe review');
  });

  it('speaks English with --lang en', () => {
    const en = new ICAL.Component(ICAL.parse(writeIcs(report, { lang: 'en' })));
    const summaries = en.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary')));
    expect(summaries).toContain('Go/no-go M3: Fundament klaar (Klant in Beeld)');
    expect(summaries).toContain('KPI measurement M6 (Klant in Beeld)');
    expect(summaries).toContain('Programmateam, weekly meeting (Klant in Beeld)');
  });

  it('holds a meeting at the day, week and time the programme file sets, keeping defaults for what it leaves out', () => {
    const source = readFileSync(EXAMPLE_PATH, 'utf8')
      .replace('    forum: stuurgroep\n', '    forum: stuurgroep\n    meeting: { day: donderdag, week: laatste, time: "10:30", minutes: 90 }\n')
      .replace('    forum: sponsorgroep\n', '    forum: sponsorgroep\n    meeting: { time: "15:00" }\n');
    const own = agendaReport(programmeFrom(source), '2026-01-10');
    const parsed = new ICAL.Component(ICAL.parse(writeIcs(own, { lang: 'nl' })));
    const uid = (frequency: string) => own.events.find((e) => e.kind === 'cadence' && e.frequency === frequency)!.uid;
    const event = (frequency: string) => new ICAL.Event(parsed.getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('uid') === uid(frequency))!);

    const stuurgroep = event('maandelijks');
    expect(String(stuurgroep.component.getFirstProperty('rrule')!.toICALString())).toBe('RRULE:FREQ=MONTHLY;BYDAY=-1TH;UNTIL=20270630T215959Z');
    expect(stuurgroep.startDate.toString()).toBe('2026-01-29T10:30:00');
    expect(stuurgroep.duration.toSeconds()).toBe(90 * 60);
    // Only the time given: the half-yearly review keeps its last Friday, now from 15:00 for the default hour.
    const review = event('halfjaarlijks');
    expect(review.startDate.isDate).toBe(false);
    expect(review.startDate.toString()).toBe('2026-06-26T15:00:00');
    expect(review.duration.toSeconds()).toBe(3600);
    expect(event('wekelijks').startDate.toString()).toBe('2026-01-05T09:00:00');
  });

  it('refuses a meeting time that cannot be, saying where', () => {
    const wrong = (meeting: string) => {
      const result = readProgramme(readFileSync(EXAMPLE_PATH, 'utf8').replace('    forum: programmateam\n', `    forum: programmateam\n    meeting: ${meeting}\n`));
      return result.ok ? [] : result.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(wrong('{ time: "25:00" }')).toEqual(['cadence.0.meeting.time: a time of day as HH:MM, such as "14:00", or "hele-dag"']);
    expect(wrong('{ day: Monday }')[0]).toContain('a weekday: maandag, dinsdag');
    expect(wrong('{ week: eerste }')).toEqual(['cadence.0.meeting.week: a weekly meeting has no week in the month; leave out "week"']);
    expect(wrong('{ time: hele-dag, minutes: 30 }')).toEqual(['cadence.0.meeting.minutes: an all-day meeting ("hele-dag") has no length in minutes; leave out "minutes"']);
  });
});
