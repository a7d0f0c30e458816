export { readProgramme, MAX_PROGRAMME_BYTES } from './read-programme.js';
export type { LocatedIssue, ReadResult } from './read-programme.js';
export type { SourcePosition } from './locate.js';
