import type { Records, Unit } from '../../model/index.js';
import type { MessageFormat, NestedMessage } from './message.js';
import { zodIssueText } from './zod-issue-text.js';

type None = Readonly<Record<string, never>>;
type Value = { readonly value: string };
type RecordKind = keyof Records;
/** The headers of a record file in both layouts: `kpi, datum … (English: kpi, date …)`. */
export type Headers = { readonly nl: readonly string[]; readonly en: readonly string[] };
/** What a reference cell points at. */
export type ReferenceKind = 'kpi' | 'effort' | 'gate' | 'criterion' | 'subject' | 'subject-or-milestone' | 'rule' | 'reported-rule' | 'parameter';
/** A zod issue that the catalogue has no words of its own for; zod's locale says it. */
export type OtherIssue = { readonly code: string; readonly [key: string]: unknown };
/** What a baateigenaar's record is about, for the refusal of a record about someone else's benefit. */
export type OwnedSubject = { readonly kind: 'kpi' | 'benefit' | 'parameter' | 'subject'; readonly id: string } | { readonly kind: 'records'; readonly records: RecordKind };
/** One problem of a request: a field path and what is wrong there. */
export type PathProblem = { readonly path: string; readonly text: NestedMessage | string };

/** `value: "150" is more than 100; date: …`, the first few problems of a request with their paths. */
export const pathProblems = (problems: readonly PathProblem[], total: number, f: MessageFormat) =>
  problems.map((x) => (x.path ? `${x.path}: ${f.text(x.text)}` : f.text(x.text))).join('; ') + (total > problems.length ? '; …' : '');
const headers = (h: Headers) => `${h.nl.join(', ')} (English: ${h.en.join(', ')})`;
const s = (n: number) => (n === 1 ? '' : 's');
const OWNED: Readonly<Record<Exclude<OwnedSubject['kind'], 'records'>, string>> = { kpi: 'KPI ', benefit: 'benefit ', parameter: 'stuurparameter ', subject: '' };

const WHAT: Readonly<Record<ReferenceKind, string>> = {
  kpi: 'a KPI', effort: 'an effort', gate: 'a go/no-go moment', criterion: 'a gate criterion', subject: 'a benefit, effort or the programme',
  'subject-or-milestone': 'a benefit, effort, milestone or the programme', rule: 'an escalation rule', 'reported-rule': 'an escalation rule', parameter: 'a stuurparameter',
};
const EXPECTED_REF: Readonly<Record<ReferenceKind, string>> = {
  kpi: 'a KPI id or name', effort: 'an effort id or name', gate: 'a milestone with a go/no-go decision', criterion: 'a criterion that is checked by hand',
  subject: 'a benefit or effort id, or the programme id', 'subject-or-milestone': 'a benefit, effort or milestone id, or the programme id',
  rule: 'an escalation rule id', 'reported-rule': 'an escalation rule that people report', parameter: 'a stuurparameter',
};
const UNIT: Readonly<Record<Unit['kind'], string>> = { percentage: 'percentage', relative: 'relative change', score: 'score', count: 'count', years: 'number of years', number: 'number' };
const KINDS: Readonly<Record<RecordKind, string>> = {
  measurements: 'measurements', progress: 'progress', decisions: 'decisions', checks: 'checks', risks: 'risks', overrides: 'overrides',
  signals: 'signals', acknowledgements: 'acknowledgements', budget: 'budget',
};
const ENTITY: Readonly<Record<RecordKind, string>> = {
  measurements: 'measurement', progress: 'progress', decisions: 'decision', checks: 'check', risks: 'risk', overrides: 'override',
  signals: 'signal', acknowledgements: 'acknowledgement', budget: 'budget',
};
const TYPE: Readonly<Record<string, string>> = { string: 'text', number: 'a number', boolean: 'true or false', object: 'an object', array: 'a list', date: 'a date' };
const PART = { body: 'request body', query: 'query', path: 'path' } as const;
const FILE = { 'record file': 'record file', 'programme file': 'programme file' } as const;

const ownedSubject = (x: OwnedSubject) => (x.kind === 'records' ? KINDS[x.records] : `${OWNED[x.kind]}"${x.id}"`);

function kpiValue(unit: Unit, f: MessageFormat): string {
  switch (unit.kind) {
    case 'percentage': return 'a percentage from 0 to 100, such as 63 or 63%';
    case 'relative': return `a change relative to the baseline (${unit.base}) in percent, such as +15% or 15`;
    case 'score': return `a score from 0 to ${f.number(unit.max)}, such as 7,5`;
    case 'count': return `a count of at least 0${unit.per ? ` per ${unit.per}` : ''}, such as 12`;
    case 'years': return 'a number of years, such as 3,5';
    case 'number': return `a number${unit.symbol ? ` in ${unit.symbol}` : ''}, such as 7,5`;
  }
}

/**
 * English, the source of every message code and its parameters. The texts are the API's and the
 * CLI's; `NL` says the same in Dutch.
 */
export const EN = {
  // Cells of record files, and record fields sent as JSON (checked by the same rules).
  'cell.no-value': (_: None) => 'no value',
  'cell.not-a-number': (p: Value) => `"${p.value}" is not a number`,
  'cell.ambiguous-number': (p: Value) => `"${p.value}" is ambiguous: the separator may mark decimals or thousands`,
  'cell.percent-not-allowed': (p: Value) => `"${p.value}" is a percentage, which this column does not take`,
  'cell.less-than': (p: Value & { readonly min: number }, f: MessageFormat) => `"${p.value}" is less than ${f.number(p.min)}`,
  'cell.more-than': (p: Value & { readonly max: number }, f: MessageFormat) => `"${p.value}" is more than ${f.number(p.max)}`,
  'cell.not-a-date': (p: Value) => `"${p.value}" is not a date`,
  'cell.no-such-day': (p: Value) => `"${p.value}" is not an existing day`,
  'cell.short-year': (p: Value) => `"${p.value}" has a two-digit year`,
  'cell.not-a-choice': (p: Value) => `"${p.value}" is not one of the choices`,
  'cell.headerless': (p: Value) => `"${p.value}" is in a column without a header`,
  'cell.unknown-reference': (p: Value & { readonly kind: ReferenceKind; readonly programme: string; readonly suggestion?: string }) =>
    `"${p.value}" is not ${WHAT[p.kind]} of ${p.programme}${p.suggestion === undefined ? '' : `; did you mean "${p.suggestion}"?`}`,
  'cell.milestone-without-gate': (p: Value) => `"${p.value}" is a milestone without a go/no-go decision`,
  'cell.automatic-criterion': (p: Value) => `"${p.value}" is checked by Koers itself (from efforts or KPIs); only criteria without efforts or KPI are checked by hand`,
  'cell.detected-rule': (p: Value) => `"${p.value}" is detected by Koers from the records; it is not reported by hand`,
  'cell.percent-for-unit': (p: Value & { readonly kpi: string; readonly unit: Unit['kind'] }) => `"${p.value}" has a % sign, but ${p.kpi} is a ${UNIT[p.unit]}`,
  'row.repeats': (p: { readonly row: number; readonly columns: readonly string[] }) => `repeats row ${p.row}: the same ${p.columns.join(' and ')}`,
  'progress.start-after-date': (p: { readonly date: string }, f: MessageFormat) => `the effort starts after the date of this report (${f.date(p.date)})`,
  'progress.end-after-date': (p: { readonly date: string }, f: MessageFormat) => `the effort ends after the date of this report (${f.date(p.date)}); an actual end is a fact, not a forecast`,
  'progress.end-before-start': (p: { readonly start: string }, f: MessageFormat) => `the effort ends before it starts (${f.date(p.start)})`,
  'progress.ended-not-complete': (p: { readonly percent: number }, f: MessageFormat) => `the effort has an actual end but is ${f.number(p.percent)}% complete`,
  'decision.conditions-needed': (_: None) => 'a GO met voorwaarden needs its conditions',
  'override.subject-ambiguous': (p: Value & { readonly parameter: string; readonly kpi: string }) => `"${p.value}" names both the stuurparameter ${p.parameter} and the KPI ${p.kpi}`,
  'override.subject-unknown': (p: Value & { readonly programme: string; readonly suggestion?: string }) =>
    `"${p.value}" is neither a stuurparameter nor a KPI of ${p.programme}${p.suggestion === undefined ? '' : `; did you mean "${p.suggestion}"?`}`,
  'override.subject-or-parameter': (_: None) => 'say what is judged in subject (or, in the older form, a stuurparameter in parameter): one of the two, not both',
  // Whole record files.
  'file.empty': (_: None) => 'the file is empty',
  'file.too-large': (p: { readonly kib: number; readonly mib: number }, f: MessageFormat) => `the file is ${f.number(p.kib)} KiB; record files are limited to ${f.number(p.mib)} MiB`,
  'file.not-text': (_: None) => 'the file is not a text file',
  'file.old-excel': (_: None) => 'the file is an old Excel workbook (.xls)',
  'file.not-xlsx': (_: None) => 'the file is not an XLSX workbook',
  'file.no-sheets': (_: None) => 'the workbook has no sheets',
  'file.too-many-rows': (p: { readonly rows: number; readonly max: number }) => `the sheet has ${p.rows} rows; at most ${p.max} are read`,
  'csv.quote-not-closed': (_: None) => 'a quote (") is opened but never closed',
  'csv.text-after-quote': (_: None) => 'a quoted value has more text after its closing quote',
  'csv.invalid': (p: { readonly reason: string }) => `the file is not valid CSV (${p.reason})`,
  'header.unknown': (p: { readonly column: string }) => `unknown column "${p.column}"`,
  'header.repeated': (p: { readonly column: string; readonly first: string }) => `column "${p.column}" repeats column "${p.first}"`,
  'header.missing': (p: { readonly nl: string; readonly en: string }) => `the column "${p.nl}" (or "${p.en}") is missing`,
  // What would be valid.
  'expect.text': (_: None) => 'text',
  'expect.decided-by': (_: None) => 'who decided, such as Stuurgroep',
  'expect.evidence': (_: None) => 'the evidence, such as the document or decision that shows it',
  'expect.risk-id': (_: None) => 'a risk id such as R-01',
  'expect.risk-description': (_: None) => 'a description of the risk',
  'expect.mitigation': (_: None) => 'how the risk is managed',
  'expect.rationale': (_: None) => 'why the judgement differs from the derived RAG',
  'expect.recorded-by': (_: None) => 'who recorded it',
  'expect.signal-note': (_: None) => 'what was signalled',
  'expect.number-or-percent': (_: None) => 'a number such as 7,5 or 12%',
  'expect.percent-complete': (_: None) => 'a percentage from 0 to 100, such as 75 or 75%',
  'expect.amount': (_: None) => 'an amount of at least 0, such as 125000 or € 125.000,50',
  'expect.unambiguous-number': (p: { readonly base: NestedMessage | string }, f: MessageFormat) =>
    `${f.text(p.base)}; write thousands without a separator (12500) or decimals with more or fewer than three digits (12,5)`,
  'expect.date': (_: None) => 'a date such as 31-03-2026 or 2026-03-31',
  'expect.choice': (p: Headers, f: MessageFormat) => (p.nl.join() === p.en.join() ? f.list(p.nl, 'or') : `${f.list(p.nl, 'or')} (English: ${f.list(p.en, 'or')})`),
  'expect.reference': (p: { readonly kind: ReferenceKind; readonly ids: string }) => `${EXPECTED_REF[p.kind]}: ${p.ids}`,
  'expect.kpi-value': (p: { readonly unit: Unit; readonly kpi: string }, f: MessageFormat) => `${kpiValue(p.unit, f)} (KPI ${p.kpi})`,
  'expect.start-by-date': (_: None) => 'an actual start on or before the datum',
  'expect.end-by-date': (_: None) => 'an actual end on or before the datum',
  'expect.end-after-start': (_: None) => 'an actual end on or after the actual start',
  'expect.complete-when-ended': (_: None) => '100 when werkelijk einde is filled in',
  'expect.conditions': (_: None) => 'the conditions of the decision',
  'expect.header-row': (p: Headers) => `a header row: ${headers(p)}`,
  'expect.under-headers': (p: Headers) => `values only under the headers ${headers(p)}`,
  'expect.columns': (p: Headers) => `columns named ${headers(p)}`,
  'expect.each-column-once': (_: None) => 'each column once',
  'expect.one-row-per': (p: { readonly columns: readonly string[] }) => `one row per ${p.columns.join(' and ')}`,
  'expect.smaller-file': (_: None) => 'a smaller file, or the records split over several imports',
  'expect.smaller-workbook': (_: None) => 'a smaller workbook',
  'expect.smaller-sheet': (_: None) => 'a smaller sheet',
  'expect.csv-text': (p: Headers) => `a CSV text file (save an XLSX workbook as .xlsx, not .csv) with the columns ${headers(p)}`,
  'expect.csv-quoting': (_: None) => 'a value holding a quote or delimiter written between double quotes, with "" for a quote inside',
  'expect.xlsx': (p: Headers) => `an Excel workbook (.xlsx) with a sheet holding the columns ${headers(p)}`,
  'expect.sheet': (p: Headers) => `a sheet with the columns ${headers(p)}`,
  'expect.xlsx-or-csv': (_: None) => 'an .xlsx workbook or a CSV file; save it again as .xlsx',
  'expect.at-least-one-record': (_: None) => 'at least one record',
  'expect.new-key': (_: None) => 'a new key for a new request',
  'expect.override-qualified': (p: { readonly kpi: string; readonly parameter: string }) => `kpi:${p.kpi} for the KPI or stuurparameter:${p.parameter} for the stuurparameter`,
  'expect.override-subject': (p: { readonly parameters: string; readonly kpis: string }) =>
    `a stuurparameter (${p.parameters}) or a KPI id or name (${p.kpis}); write kpi:<id> or stuurparameter:<id> when a name could mean either`,
  'expect.username': (_: None) => '2 to 64 lower-case letters, digits or . _ @ -, starting with a letter or digit',
  // JSON fields (zod issues).
  'input.required': (_: None) => 'a value is required',
  'input.type': (p: { readonly expected: string }) => `must be ${TYPE[p.expected] ?? p.expected}`,
  'input.empty': (_: None) => 'may not be empty',
  'input.too-short': (p: { readonly min: number }, f: MessageFormat) => `needs at least ${f.number(p.min)} characters`,
  'input.too-long': (p: { readonly max: number }, f: MessageFormat) => `may have at most ${f.number(p.max)} characters`,
  'input.min': (p: { readonly min: number; readonly inclusive: boolean }, f: MessageFormat) => `must be ${p.inclusive ? 'at least' : 'more than'} ${f.number(p.min)}`,
  'input.max': (p: { readonly max: number; readonly inclusive: boolean }, f: MessageFormat) => `must be ${p.inclusive ? 'at most' : 'less than'} ${f.number(p.max)}`,
  'input.too-few': (p: { readonly min: number }, f: MessageFormat) => `needs at least ${f.number(p.min)} item${s(p.min)}`,
  'input.too-many': (p: { readonly max: number }, f: MessageFormat) => `may have at most ${f.number(p.max)} item${s(p.max)}`,
  'input.choice': (p: { readonly values: readonly string[] }, f: MessageFormat) => `must be ${f.list(p.values.map((v) => `"${v}"`), 'or')}`,
  'input.integer': (_: None) => 'must be a whole number',
  'input.finite': (_: None) => 'a finite number',
  'input.iso-date': (_: None) => 'a date as YYYY-MM-DD, such as 2026-03-31',
  'input.date-or-moment': (_: None) => 'a date as YYYY-MM-DD, such as 2026-03-31, or a moment such as 2026-03-31T09:00:00Z',
  'input.unknown-field': (p: { readonly key: string }) => `unknown field "${p.key}"`,
  'input.invalid': (p: OtherIssue) => zodIssueText(p, 'en'),
  // Requests, records and accounts.
  'request.invalid': (p: { readonly part: keyof typeof PART; readonly problems: readonly PathProblem[]; readonly total: number }, f: MessageFormat) =>
    `the ${PART[p.part]} is invalid: ${pathProblems(p.problems, p.total, f)}`,
  'request.json-required': (p: { readonly type?: string }) => `send the body as JSON with Content-Type: application/json${p.type ? `, not ${p.type}` : ''}`,
  'request.too-large': (p: { readonly limit: number }, f: MessageFormat) =>
    `the request body is larger than ${p.limit >= 1024 * 1024 ? `${f.number(p.limit / 1024 / 1024)} MiB` : `${f.number(p.limit / 1024)} KiB`}`,
  'request.malformed-json': (_: None) => 'the request body is not valid JSON',
  'request.unknown-cursor': (_: None) => 'the cursor is not one this server handed out; start again from the first page',
  'request.unknown-cursor-field': (_: None) => 'unknown cursor',
  'request.form-unreadable': (_: None) => 'the multipart form cannot be read',
  'request.file-field': (p: { readonly what: keyof typeof FILE }) => `send the ${FILE[p.what]} in the form field "file"`,
  'request.file-field-missing': (_: None) => 'missing file field',
  'request.file-type': (p: { readonly what: keyof typeof FILE; readonly accepted: readonly string[]; readonly type?: string }) =>
    `send the ${FILE[p.what]} with Content-Type ${p.accepted.join(', ')} or multipart/form-data${p.type ? `, not ${p.type}` : ''}`,
  'request.route-not-found': (p: { readonly method: string; readonly path: string }) => `no route for ${p.method} ${p.path}`,
  'request.internal-error': (_: None) => 'the server failed to answer this request; it has been logged',
  'records.invalid': (p: { readonly kind: RecordKind; readonly problems: readonly PathProblem[]; readonly total: number }, f: MessageFormat) =>
    `${p.total} problem${s(p.total)} in the ${KINDS[p.kind]}; nothing was stored: ${pathProblems(p.problems, p.total, f)}`,
  'records.none': (_: None) => 'there are no records to add',
  'records.empty-list': (_: None) => 'an empty list',
  'record.invalid': (p: { readonly problems: readonly PathProblem[]; readonly total: number }, f: MessageFormat) =>
    `${p.total} problem${s(p.total)} in the record; nothing was changed: ${pathProblems(p.problems, p.total, f)}`,
  'record.not-found': (p: { readonly programme: string; readonly kind: RecordKind; readonly id: string }) => `programme "${p.programme}" has no ${ENTITY[p.kind]} record "${p.id}"`,
  'record.stale': (p: { readonly id: string; readonly version?: number }) => `record "${p.id}" was changed by someone else since version ${p.version}; fetch it again and retry`,
  'programme.not-found': (p: { readonly programme: string }) => `there is no programme "${p.programme}"`,
  'idempotency.running': (_: None) => 'a request with this Idempotency-Key was running at the same time; retry it',
  'idempotency.reused': (_: None) => 'this Idempotency-Key was used before for a different request',
  'idempotency.reused-body': (_: None) => 'reused with a different body',
  'upload.problems': (p: { readonly file: string; readonly count: number }) => `"${p.file}" has ${p.count} problem${s(p.count)}; nothing was stored`,
  'upload.no-records': (p: { readonly file: string }) => `"${p.file}" holds no records`,
  'upload.no-rows': (_: None) => 'no rows under the header',
  'auth.invalid-credentials': (_: None) => 'the username or password is not right',
  'auth.too-many-attempts': (p: { readonly minutes: number }) => `too many failed sign-ins; try again in ${p.minutes} minute${s(p.minutes)}`,
  'auth.password-change-required': (_: None) => 'change your one-time password first: PUT /api/auth/password',
  'auth.password-in-session': (_: None) => 'change a password in a signed-in browser session, not with an API token',
  'auth.not-owner': (p: { readonly kind: RecordKind; readonly mine: readonly string[]; readonly subject: OwnedSubject }) =>
    `as baateigenaar you may only write ${KINDS[p.kind]} about your own benefits (${p.mine.join(', ') || 'none'}); this one is about ${ownedSubject(p.subject)}`,
  'auth.parameter-override': (p: { readonly mine: readonly string[] }) =>
    `a stuurparameter override judges the whole programme, which only a beheerder or programmamanager may do; as baateigenaar you may override the RAG of the KPIs of your own benefits (${p.mine.join(', ') || 'none'})`,
  'auth.role-needed': (p: { readonly roles: readonly string[]; readonly programme?: string; readonly held: readonly string[] }) =>
    `this needs the role ${p.roles.join(' or ')} ${p.programme === undefined ? 'on every programme' : `on programme "${p.programme}"`}; ${p.held.length === 0 ? 'you have no role there' : `you are ${p.held.join(', ')}`}`,
  'auth.csrf-invalid': (_: None) => 'the X-CSRF-Token header does not match your session; reload the page',
  'account.wrong-password': (_: None) => 'the current password is not right',
  'account.wrong-password-field': (_: None) => 'wrong password',
  'account.password-too-short': (p: { readonly min: number }) => `a password needs at least ${p.min} characters`,
  'account.password-too-long': (p: { readonly max: number }) => `a password has at most ${p.max} characters`,
  'account.password-has-username': (_: None) => 'a password may not contain the username',
  'account.password-too-simple': (_: None) => 'a password needs more different characters',
  'account.password-unchanged': (_: None) => 'the new password must differ from the current one',
  'account.username-invalid': (p: { readonly username: string }) => `"${p.username}" is not a valid username`,
  'account.username-invalid-field': (_: None) => 'not a valid username',
  'account.username-taken': (p: { readonly username: string }) => `the username "${p.username}" is taken`,
  'account.display-name-too-long': (_: None) => 'a display name has at most 200 characters',
  'account.too-long': (_: None) => 'too long',
  'account.not-found': (p: { readonly username: string }) => `there is no user "${p.username}"`,
  'account.stale': (p: { readonly username: string }) => `the account "${p.username}" changed since you read it; read it again and redo your change`,
  'account.disable-self': (_: None) => 'you cannot disable your own account; ask another beheerder',
  'account.role-twice': (p: { readonly role: string; readonly programme: string }) =>
    `${p.role} on ${p.programme === '*' ? 'every programme' : `"${p.programme}"`} is listed twice; list each role once per programme`,
  // Problem titles, by HTTP status.
  'title.400': (_: None) => 'Bad request',
  'title.401': (_: None) => 'Unauthenticated',
  'title.403': (_: None) => 'Forbidden',
  'title.404': (_: None) => 'Not found',
  'title.409': (_: None) => 'Conflict',
  'title.412': (_: None) => 'Precondition failed',
  'title.413': (_: None) => 'Content too large',
  'title.415': (_: None) => 'Unsupported media type',
  'title.422': (_: None) => 'Invalid input',
  'title.429': (_: None) => 'Too many requests',
  'title.500': (_: None) => 'Internal server error',
  'title.503': (_: None) => 'Service unavailable',
  'title.invalid-programme': (_: None) => 'Invalid programme file',
} as const;
