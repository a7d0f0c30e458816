/** A path into the programme file, e.g. `['efforts', 3, 'end']`. */
export type FieldPath = readonly (string | number)[];

/** Stable codes for everything that makes a programme file invalid. */
export type ModelIssueCode =
  | 'yaml-syntax'
  | 'file-too-large'
  | 'unknown-key'
  | 'wrong-type'
  | 'invalid-value'
  | 'missing-field'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'dependency-cycle'
  | 'outside-horizon';

/** One problem in a programme file. */
export interface ModelIssue {
  readonly code: ModelIssueCode;
  readonly path: FieldPath;
  readonly message: string;
  /** What would be valid. */
  readonly expected?: string;
}

/** `['efforts', 3, 'end']` → `efforts[3].end`. */
export function formatPath(path: FieldPath): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}
