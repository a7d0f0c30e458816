// The programme file format: zod schemas and the step from a checked file to the model. Kept out of
// src/model/index.ts so that code which only needs the model's types never loads zod.
export { programmeFileSchema, FILE_FORMAT_VERSION } from './programme-file-schema.js';
export type { ProgrammeFile } from './programme-file-schema.js';
export { checkReferences } from '../check-references.js';
export { buildProgramme } from '../build-programme.js';
