export type * from './programme.js';
export type { FieldPath, ModelIssue, ModelIssueCode } from './model-issue.js';
export { formatPath } from './model-issue.js';
export { programmeFileSchema, FILE_FORMAT_VERSION } from './file/programme-file-schema.js';
export type { ProgrammeFile } from './file/programme-file-schema.js';
export { checkReferences, closest } from './check-references.js';
export { buildProgramme } from './build-programme.js';
export { NOT_MEASURED } from './file/values-schema.js';
