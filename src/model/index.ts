export type * from './programme.js';
export type { FieldPath, ModelIssue, ModelIssueCode } from './model-issue.js';
export { formatPath } from './model-issue.js';
export { closest } from './closest.js';
export { NOT_MEASURED } from './not-measured.js';
export type * from './records.js';
export { emptyRecords } from './records.js';
