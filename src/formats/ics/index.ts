export { rrule, writeIcs } from './write-ics.js';
export type { IcsOptions } from './write-ics.js';
export { AMSTERDAM, vtimezone } from './amsterdam-timezone.js';
