export { readProgramme } from './read-programme.js';
export { MAX_PROGRAMME_BYTES } from './limits.js';
export type { LocatedIssue, ReadResult } from './read-programme.js';
export type { SourcePosition } from './locate.js';
