import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { buildProgramme, checkReferences, programmeFileSchema } from '../../model/file/index.js';
import { closest } from '../../model/index.js';
import type { FieldPath, ModelIssue, Programme } from '../../model/index.js';
import { MAX_PROGRAMME_BYTES } from './limits.js';
import { locate } from './locate.js';
import type { SourcePosition } from './locate.js';

/** A problem in a programme file, placed at its line and column. */
export type LocatedIssue = ModelIssue & SourcePosition;

export type ReadResult = (
  | { readonly ok: true; readonly programme: Programme; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly LocatedIssue[] }
) & {
  /** Where a field path sits in the file, for placing later findings such as lint results. */
  readonly locate: (path: FieldPath) => SourcePosition;
};

const MAX_ALIASES = 1000;
const MAX_DEPTH = 64;

/**
 * Parses and validates a programme file, reporting every problem at once with its line and column.
 *
 * @example
 * const result = readProgramme(text);
 * if (!result.ok) for (const i of result.issues) console.log(`${i.line}:${i.column} ${i.message}`);
 */
export function readProgramme(text: string): ReadResult {
  let locateIn = (_path: FieldPath): SourcePosition => ({ line: 1, column: 1 });
  const fail = (issues: LocatedIssue[]): ReadResult => ({ ok: false, issues: issues.sort(byPosition), locate: locateIn });
  if (text.length > MAX_PROGRAMME_BYTES) {
    return fail([{ code: 'file-too-large', path: [], message: `the file is ${Math.round(text.length / 1024)} KiB; programme files are limited to ${MAX_PROGRAMME_BYTES / 1024 / 1024} MiB`, expected: 'a programme file', line: 1, column: 1 }]);
  }
  const binary = text.search(/[\u0000-\u0008\u000e-\u001f]/u);
  if (binary >= 0) {
    const line = text.slice(0, binary).split('\n').length;
    return fail([{ code: 'yaml-syntax', path: [], message: 'the file holds control characters; it is not a YAML text file', expected: 'a UTF-8 YAML text file', line, column: binary - text.lastIndexOf('\n', binary - 1) }]);
  }
  const depth = nestingDepth(text);
  if (depth > MAX_DEPTH) {
    return fail([{ code: 'yaml-syntax', path: [], message: `nesting is ${depth} levels deep; at most ${MAX_DEPTH} are allowed`, expected: 'a programme file', line: 1, column: 1 }]);
  }

  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true, strict: true });
  locateIn = (path) => locate(doc, lines, path);
  if (doc.errors.length > 0) {
    return fail(doc.errors.map((e) => {
      const [line, column] = e.linePos?.[0] ? [e.linePos[0].line, e.linePos[0].col] : [1, 1];
      return { code: 'yaml-syntax', path: [], message: firstLine(e.message), expected: 'valid YAML', line, column };
    }));
  }

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return fail([{ code: 'yaml-syntax', path: [], message: `the YAML cannot be expanded: ${firstLine((error as Error).message)}`, expected: `at most ${MAX_ALIASES} alias expansions`, line: 1, column: 1 }]);
  }
  if (raw === null || raw === undefined) {
    return fail([{ code: 'missing-field', path: [], message: 'the file is empty', expected: 'a programme file starting with `koers: 1`', line: 1, column: 1 }]);
  }

  const parsed = programmeFileSchema.safeParse(raw);
  const issues: ModelIssue[] = parsed.success ? [] : parsed.error.issues.flatMap((i) => fromZod(i, raw));
  issues.push(...checkReferences(raw));
  if (issues.length > 0 || !parsed.success) {
    return fail(issues.map((issue) => ({ ...issue, ...locate(doc, lines, issue.path, issue.code === 'unknown-key') })));
  }
  return { ok: true, programme: buildProgramme(parsed.data), issues: [], locate: locateIn };
}

type ZodIssue = z.core.$ZodIssue;

function fromZod(issue: ZodIssue, raw: unknown): ModelIssue[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = knownKeys(path);
      return issue.keys.map((key) => {
        const hint = closest(key, allowed);
        return {
          code: 'unknown-key' as const,
          path: [...path, key],
          message: `unknown key "${key}"${hint ? `; did you mean "${hint}"?` : ''}`,
          expected: allowed.length ? `one of: ${allowed.join(', ')}` : 'no other keys',
        };
      });
    }
    case 'invalid_type': {
      const actual = valueAt(raw, path);
      if (actual === undefined) return [{ code: 'missing-field', path, message: `missing required field "${String(path.at(-1) ?? 'root')}"`, expected: `a ${issue.expected}` }];
      return [{ code: 'wrong-type', path, message: `expected ${issue.expected}, got ${describeValue(actual)}`, expected: `a ${issue.expected}` }];
    }
    default:
      return [{ code: 'invalid-value', path, message: cleanMessage(issue.message), expected: cleanMessage(issue.message) }];
  }
}

/** The keys the schema allows at a path, for "did you mean" hints. */
function knownKeys(path: FieldPath): string[] {
  let schema: unknown = programmeFileSchema;
  for (const part of path) {
    schema = unwrap(schema);
    const def = (schema as { def?: { type?: string; element?: unknown; shape?: Record<string, unknown> } }).def;
    if (def?.type === 'array' && typeof part === 'number') schema = def.element;
    else if (def?.type === 'object' && typeof part === 'string') schema = def.shape?.[part];
    else return [];
  }
  const def = (unwrap(schema) as { def?: { type?: string; shape?: Record<string, unknown> } }).def;
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

function unwrap(schema: unknown): unknown {
  let s = schema as { def?: { type?: string; innerType?: unknown; in?: unknown } } | undefined;
  while (s?.def && ['default', 'optional', 'pipe', 'nullable'].includes(s.def.type ?? '')) {
    s = (s.def.innerType ?? s.def.in) as typeof s;
  }
  return s;
}

function valueAt(raw: unknown, path: FieldPath): unknown {
  let value = raw;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const shown = JSON.stringify(value);
  return `${typeof value} ${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}`;
}

const firstLine = (message: string) => message.split('\n')[0]!.trim();
const cleanMessage = (message: string) => firstLine(message).replace(/^Invalid input: /, '').replace(/^Invalid option: /, '');
const byPosition = (a: LocatedIssue, b: LocatedIssue) => a.line - b.line || a.column - b.column;

/** Bracket and indentation depth, checked before parsing so that hostile input cannot exhaust the stack. */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote: string | undefined;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '{') max = Math.max(max, ++depth);
    else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
    else if (ch === '\n') quote = undefined;
  }
  const indent = text.split('\n').reduce((m, line) => Math.max(m, /^ */.exec(line)![0].length), 0);
  return Math.max(max, Math.floor(indent / 2));
}
