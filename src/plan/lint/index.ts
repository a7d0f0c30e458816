export { lintProgramme, atLeast } from './lint-programme.js';
export type { LintCode, LintFinding, Severity } from './lint-finding.js';
