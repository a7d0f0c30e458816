import type { TrackedText } from './tracked-text.js';

export type GanttTokenKind =
  | 'gantt' | 'NL' | 'EOF' | 'dateFormat' | 'inclusiveEndDates' | 'topAxis' | 'axisFormat' | 'tickInterval'
  | 'includes' | 'excludes' | 'todayMarker' | 'weekday' | 'weekend' | 'date' | 'title' | 'accDescription'
  | 'section' | 'taskTxt' | 'taskData' | 'colon' | 'invalid' | 'openDirective' | 'accTitle' | 'accTitleValue'
  | 'accDescr' | 'accDescrValue' | 'accDescrMultilineValue' | 'click' | 'href' | 'callbackname' | 'callbackargs';

export interface GanttToken {
  readonly kind: GanttTokenKind;
  readonly text: string;
  readonly offset: number;
  readonly line: number;
}

/** Text the lexer skipped as a comment; `swallowed` when it did not look like one. */
export interface SkippedText {
  readonly text: string;
  readonly line: number;
  readonly swallowed: boolean;
}

type State = 'INITIAL' | 'acc_title' | 'acc_descr' | 'acc_descr_multiline' | 'href' | 'callbackname' | 'callbackargs' | 'click' | 'open_directive';
type Action = GanttTokenKind | null | { readonly begin?: State; readonly pop?: true; readonly token?: GanttTokenKind };

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * Mermaid 11's Gantt lexer rules (gantt.jison), in their order: the first rule that matches wins,
 * case-insensitively. Kept as strings because some are unusual regexes (quantified lookaheads).
 */
const RULES: readonly (readonly [string, Action])[] = [
  ['%%\\{', { begin: 'open_directive', token: 'openDirective' }],
  ['accTitle\\s*:\\s*', { begin: 'acc_title', token: 'accTitle' }],
  ['(?:(?!\\n||)*[^\\n]*)', { pop: true, token: 'accTitleValue' }],
  ['accDescr\\s*:\\s*', { begin: 'acc_descr', token: 'accDescr' }],
  ['(?:(?!\\n||)*[^\\n]*)', { pop: true, token: 'accDescrValue' }],
  ['accDescr\\s*\\{\\s*', { begin: 'acc_descr_multiline' }],
  ['[\\}]', { pop: true }],
  ['[^\\}]*', 'accDescrMultilineValue'],
  ['%%(?!\\{)*[^\\n]*', null],
  ['[^\\}]%%*[^\\n]*', null],
  ['%%*[^\\n]*[\\n]*', null],
  ['[\\n]+', 'NL'],
  ['\\s+', null],
  ['%[^\\n]*', null],
  ['href[\\s]+["]', { begin: 'href' }],
  ['["]', { pop: true }],
  ['[^"]*', 'href'],
  ['call[\\s]+', { begin: 'callbackname' }],
  ['\\([\\s]*\\)', { pop: true }],
  ['\\(', { pop: true, begin: 'callbackargs' }],
  ['[^(]*', 'callbackname'],
  ['\\)', { pop: true }],
  ['[^)]*', 'callbackargs'],
  ['click[\\s]+', { begin: 'click' }],
  ['[\\s\\n]', { pop: true }],
  ['[^\\s\\n]*', 'click'],
  ['gantt\\b', 'gantt'],
  ['dateFormat\\s[^#\\n;]+', 'dateFormat'],
  ['inclusiveEndDates\\b', 'inclusiveEndDates'],
  ['topAxis\\b', 'topAxis'],
  ['axisFormat\\s[^#\\n;]+', 'axisFormat'],
  ['tickInterval\\s[^#\\n;]+', 'tickInterval'],
  ['includes\\s[^#\\n;]+', 'includes'],
  ['excludes\\s[^#\\n;]+', 'excludes'],
  ['todayMarker\\s[^\\n;]+', 'todayMarker'],
  ...WEEKDAYS.map((d): readonly [string, Action] => [`weekday\\s+${d}\\b`, 'weekday']),
  ['weekend\\s+friday\\b', 'weekend'],
  ['weekend\\s+saturday\\b', 'weekend'],
  ['\\d\\d\\d\\d-\\d\\d-\\d\\d\\b', 'date'],
  ['title\\s[^\\n]+', 'title'],
  ['accDescription\\s[^#\\n;]+', 'accDescription'],
  ['section\\s[^\\n]+', 'section'],
  ['[^:\\n]+', 'taskTxt'],
  [':[^#\\n;]+', 'taskData'],
  [':', 'colon'],
  ['$', 'EOF'],
  ['.', 'invalid'],
];

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const CONDITIONS: Record<State, readonly number[]> = {
  INITIAL: [0, 1, 3, 5, 8, 9, 10, 11, 12, 13, 14, 17, 23, ...range(26, 52)],
  acc_title: [2],
  acc_descr: [4],
  acc_descr_multiline: [6, 7],
  href: [15, 16],
  callbackname: [18, 19, 20],
  callbackargs: [21, 22],
  click: [24, 25],
  open_directive: [],
};

const COMPILED = RULES.map(([source]) => new RegExp(source, 'iy'));

export interface LexResult {
  readonly tokens: readonly GanttToken[];
  readonly skipped: readonly SkippedText[];
  /** The line of an `accDescr {` that is never closed. */
  readonly unclosedDescription: number | undefined;
}

/**
 * Splits a preprocessed chart into tokens exactly as Mermaid's lexer does. Ends with an `EOF`
 * token, or with an `invalid` token where Mermaid's lexer would fail.
 */
export function lexGantt(source: TrackedText): LexResult {
  const input = source.text;
  const tokens: GanttToken[] = [];
  const skipped: SkippedText[] = [];
  const states: State[] = ['INITIAL'];
  let pos = 0;
  let done = false;
  let descriptionLine: number | undefined;
  while (!done) {
    if (pos >= input.length) done = true;
    const state = states[states.length - 1]!;
    let matched: { rule: number; text: string } | undefined;
    for (const rule of CONDITIONS[state]) {
      const re = COMPILED[rule]!;
      re.lastIndex = pos;
      const m = re.exec(input);
      if (m) {
        matched = { rule, text: m[0] };
        break;
      }
    }
    if (!matched) {
      tokens.push({ kind: done ? 'EOF' : 'invalid', text: input.slice(pos, pos + 1), offset: pos, line: source.lineAt(pos) });
      break;
    }
    const at = pos;
    pos += matched.text.length;
    const action = RULES[matched.rule]![1];
    let kind: GanttTokenKind | null = null;
    if (typeof action === 'string') kind = action;
    else if (action) {
      if (action.pop && states.length > 1) states.pop();
      if (action.begin) states.push(action.begin);
      if (action.begin === 'acc_descr_multiline') descriptionLine = source.lineAt(at);
      kind = action.token ?? null;
    }
    if (kind === null && (matched.rule === 9 || matched.rule === 13)) {
      skipped.push({ text: matched.text, line: source.lineAt(at), swallowed: matched.rule === 9 && /^[^\s%]/.test(matched.text) });
    }
    if (kind !== null) {
      tokens.push({ kind, text: matched.text, offset: at, line: source.lineAt(at) });
      if (kind === 'EOF' || kind === 'invalid') break;
    } else if (matched.text === '' && (action === null || typeof action === 'string' || (!action.begin && !action.pop))) {
      break; // an empty match that changes nothing would loop forever; Mermaid's rules never do this
    }
  }
  if (tokens.at(-1)?.kind !== 'EOF' && tokens.at(-1)?.kind !== 'invalid') tokens.push({ kind: 'EOF', text: '', offset: pos, line: source.lineAt(pos) });
  const unclosedDescription = states.at(-1) === 'acc_descr_multiline' ? descriptionLine : undefined;
  return { tokens, skipped, unclosedDescription };
}
