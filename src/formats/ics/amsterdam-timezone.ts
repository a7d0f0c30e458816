/** The zone of the programme's meetings. */
export const AMSTERDAM = 'Europe/Amsterdam';

/**
 * Europe/Amsterdam as a VTIMEZONE: CET/CEST with the EU rule in force since 1996 (last Sunday of March
 * and of October). Outlook needs the definition in the file to place TZID times correctly.
 */
const EUROPE_AMSTERDAM = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'X-LIC-LOCATION:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** The VTIMEZONE generator for ical-generator: only the zone Koers uses. */
export function vtimezone(zone: string): string | null {
  return zone === AMSTERDAM ? EUROPE_AMSTERDAM : null;
}
