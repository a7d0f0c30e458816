import type { Records, Unit } from '../../model/index.js';
import type { Catalogue, MessageFormat } from './message.js';
import { pathProblems } from './messages-en.js';
import type { Headers, OwnedSubject, ReferenceKind } from './messages-en.js';
import { zodIssueText } from './zod-issue-text.js';

type RecordKind = keyof Records;

const headers = (h: Headers) => `${h.nl.join(', ')} (Engels: ${h.en.join(', ')})`;
const problems = (n: number) => (n === 1 ? 'probleem' : 'problemen');

const WHAT: Readonly<Record<ReferenceKind, string>> = {
  kpi: 'KPI', effort: 'inspanning', gate: 'go/no-go-moment', criterion: 'gatecriterium', subject: 'baat, inspanning of het programma',
  'subject-or-milestone': 'baat, inspanning, mijlpaal of het programma', rule: 'escalatieregel', 'reported-rule': 'escalatieregel', parameter: 'stuurparameter',
};
const EXPECTED_REF: Readonly<Record<ReferenceKind, string>> = {
  kpi: 'het id of de naam van een KPI', effort: 'het id of de naam van een inspanning', gate: 'een mijlpaal met een go/no-go-besluit',
  criterion: 'een criterium dat met de hand wordt getoetst', subject: 'het id van een baat of inspanning, of het programma-id',
  'subject-or-milestone': 'het id van een baat, inspanning of mijlpaal, of het programma-id', rule: 'het id van een escalatieregel',
  'reported-rule': 'een escalatieregel die mensen melden', parameter: 'een stuurparameter',
};
const UNIT: Readonly<Record<Unit['kind'], string>> = { percentage: 'percentage', relative: 'relatieve verandering', score: 'score', count: 'aantal', years: 'aantal jaren', number: 'getal' };
const KINDS: Readonly<Record<RecordKind, string>> = {
  measurements: 'metingen', progress: 'voortgangsrapportages', decisions: 'besluiten', checks: 'toetsingen', risks: "risico's", overrides: 'oordelen',
  signals: 'signalen', acknowledgements: 'kennisnames', budget: 'budgetregels',
};
const ENTITY: Readonly<Record<RecordKind, string>> = {
  measurements: 'meting', progress: 'voortgangsrapportage', decisions: 'besluit', checks: 'toetsing', risks: 'risico', overrides: 'oordeel',
  signals: 'signaal', acknowledgements: 'kennisname', budget: 'budgetregel',
};
const OWNED: Readonly<Record<Exclude<OwnedSubject['kind'], 'records'>, string>> = { kpi: 'KPI ', benefit: 'baat ', parameter: 'stuurparameter ', subject: '' };
const ownedSubject = (x: OwnedSubject) => (x.kind === 'records' ? KINDS[x.records] : `${OWNED[x.kind]}"${x.id}"`);
const TYPE: Readonly<Record<string, string>> = { string: 'tekst', number: 'een getal', boolean: 'true of false', object: 'een object', array: 'een lijst', date: 'een datum' };
const PART = { body: 'de inhoud van het verzoek', query: 'de zoekparameters', path: 'het pad' } as const;
const FILE = { 'record file': 'recordbestand', 'programme file': 'programmabestand' } as const;

function kpiValue(unit: Unit, f: MessageFormat): string {
  switch (unit.kind) {
    case 'percentage': return 'een percentage van 0 tot en met 100, zoals 63 of 63%';
    case 'relative': return `een verandering ten opzichte van de nulmeting (${unit.base}) in procenten, zoals +15% of 15`;
    case 'score': return `een score van 0 tot en met ${f.number(unit.max)}, zoals 7,5`;
    case 'count': return `een aantal van minstens 0${unit.per ? ` per ${unit.per}` : ''}, zoals 12`;
    case 'years': return 'een aantal jaren, zoals 3,5';
    case 'number': return `een getal${unit.symbol ? ` in ${unit.symbol}` : ''}, zoals 7,5`;
  }
}

/** Dutch: every message of `EN`, in the words of the dashboard (u-vorm, decimal comma, dd-mm-jjjj). */
export const NL: Catalogue = {
  'cell.no-value': () => 'niet ingevuld',
  'cell.not-a-number': (p) => `"${p.value}" is geen getal`,
  'cell.ambiguous-number': (p) => `"${p.value}" is dubbelzinnig: het scheidingsteken kan decimalen of duizendtallen aangeven`,
  'cell.percent-not-allowed': (p) => `"${p.value}" is een percentage; deze kolom neemt geen percentages aan`,
  'cell.less-than': (p, f) => `"${p.value}" is kleiner dan ${f.number(p.min)}`,
  'cell.more-than': (p, f) => `"${p.value}" is groter dan ${f.number(p.max)}`,
  'cell.not-a-date': (p) => `"${p.value}" is geen datum`,
  'cell.no-such-day': (p) => `"${p.value}" is geen bestaande dag`,
  'cell.short-year': (p) => `"${p.value}" heeft een jaartal van twee cijfers`,
  'cell.not-a-choice': (p) => `"${p.value}" is geen van de keuzes`,
  'cell.headerless': (p) => `"${p.value}" staat in een kolom zonder kop`,
  'cell.unknown-reference': (p) => `"${p.value}" is geen ${WHAT[p.kind]} van ${p.programme}${p.suggestion === undefined ? '' : `; bedoelt u "${p.suggestion}"?`}`,
  'cell.milestone-without-gate': (p) => `"${p.value}" is een mijlpaal zonder go/no-go-besluit`,
  'cell.automatic-criterion': (p) => `"${p.value}" toetst Koers zelf (uit inspanningen of KPI's); alleen criteria zonder inspanningen of KPI worden met de hand getoetst`,
  'cell.detected-rule': (p) => `"${p.value}" signaleert Koers zelf uit de records; die wordt niet met de hand gemeld`,
  'cell.percent-for-unit': (p) => `"${p.value}" heeft een %-teken, maar ${p.kpi} is een ${UNIT[p.unit]}`,
  'row.repeats': (p, f) => `herhaalt rij ${p.row}: dezelfde ${f.list(p.columns, 'and')}`,
  'progress.start-after-date': (p, f) => `de inspanning start na de datum van deze rapportage (${f.date(p.date)})`,
  'progress.end-after-date': (p, f) => `de inspanning eindigt na de datum van deze rapportage (${f.date(p.date)}); een werkelijk einde is een feit, geen prognose`,
  'progress.end-before-start': (p, f) => `de inspanning eindigt voordat ze start (${f.date(p.start)})`,
  'progress.ended-not-complete': (p, f) => `de inspanning heeft een werkelijk einde maar is pas ${f.number(p.percent)}% gereed`,
  'decision.conditions-needed': () => 'een GO met voorwaarden heeft voorwaarden nodig',
  'override.subject-ambiguous': (p) => `"${p.value}" is zowel de stuurparameter ${p.parameter} als de KPI ${p.kpi}`,
  'override.subject-unknown': (p) => `"${p.value}" is geen stuurparameter en geen KPI van ${p.programme}${p.suggestion === undefined ? '' : `; bedoelt u "${p.suggestion}"?`}`,
  'override.subject-or-parameter': () => 'geef in subject aan wat wordt beoordeeld (of, in de oudere vorm, een stuurparameter in parameter): een van beide, niet allebei',
  'file.empty': () => 'het bestand is leeg',
  'file.too-large': (p, f) => `het bestand is ${f.number(p.kib)} KiB; recordbestanden zijn hoogstens ${f.number(p.mib)} MiB`,
  'file.not-text': () => 'het bestand is geen tekstbestand',
  'file.old-excel': () => 'het bestand is een oude Excel-werkmap (.xls)',
  'file.not-xlsx': () => 'het bestand is geen XLSX-werkmap',
  'file.no-sheets': () => 'de werkmap heeft geen werkbladen',
  'file.too-many-rows': (p) => `het werkblad heeft ${p.rows} rijen; er worden er hoogstens ${p.max} gelezen`,
  'csv.quote-not-closed': () => 'een aanhalingsteken (") wordt geopend maar nergens gesloten',
  'csv.text-after-quote': () => 'een waarde tussen aanhalingstekens heeft nog tekst na het sluitende aanhalingsteken',
  'csv.invalid': (p) => `het bestand is geen geldige CSV (${p.reason})`,
  'header.unknown': (p) => `onbekende kolom "${p.column}"`,
  'header.repeated': (p) => `kolom "${p.column}" herhaalt kolom "${p.first}"`,
  'header.missing': (p) => `de kolom "${p.nl}" (of "${p.en}") ontbreekt`,
  'expect.text': () => 'tekst',
  'expect.decided-by': () => 'wie besloot, zoals Stuurgroep',
  'expect.evidence': () => 'het bewijs, zoals het document of besluit waaruit het blijkt',
  'expect.risk-id': () => 'een risico-id zoals R-01',
  'expect.risk-description': () => 'een omschrijving van het risico',
  'expect.mitigation': () => 'hoe het risico wordt beheerst',
  'expect.rationale': () => 'waarom het oordeel afwijkt van de afgeleide RAG-status',
  'expect.recorded-by': () => 'wie het vastlegde',
  'expect.signal-note': () => 'wat er gesignaleerd is',
  'expect.number-or-percent': () => 'een getal zoals 7,5 of 12%',
  'expect.percent-complete': () => 'een percentage van 0 tot en met 100, zoals 75 of 75%',
  'expect.amount': () => 'een bedrag van minstens 0, zoals 125000 of € 125.000,50',
  'expect.unambiguous-number': (p, f) => `${f.text(p.base)}; schrijf duizendtallen zonder scheidingsteken (12500) of decimalen met meer of minder dan drie cijfers (12,5)`,
  'expect.date': () => 'een datum zoals 31-03-2026 of 2026-03-31',
  'expect.choice': (p, f) => (p.nl.join() === p.en.join() ? f.list(p.nl, 'or') : `${f.list(p.nl, 'or')} (Engels: ${f.list(p.en, 'or')})`),
  'expect.reference': (p) => `${EXPECTED_REF[p.kind]}: ${p.ids}`,
  'expect.kpi-value': (p, f) => `${kpiValue(p.unit, f)} (KPI ${p.kpi})`,
  'expect.start-by-date': () => 'een werkelijke start op of vóór de datum',
  'expect.end-by-date': () => 'een werkelijk einde op of vóór de datum',
  'expect.end-after-start': () => 'een werkelijk einde op of na de werkelijke start',
  'expect.complete-when-ended': () => '100 als het werkelijk einde is ingevuld',
  'expect.conditions': () => 'de voorwaarden van het besluit',
  'expect.header-row': (p) => `een kopregel: ${headers(p)}`,
  'expect.under-headers': (p) => `alleen waarden onder de koppen ${headers(p)}`,
  'expect.columns': (p) => `kolommen met de namen ${headers(p)}`,
  'expect.each-column-once': () => 'elke kolom één keer',
  'expect.one-row-per': (p, f) => `één rij per ${f.list(p.columns, 'and')}`,
  'expect.smaller-file': () => 'een kleiner bestand, of de records verdeeld over meer imports',
  'expect.smaller-workbook': () => 'een kleinere werkmap',
  'expect.smaller-sheet': () => 'een kleiner werkblad',
  'expect.csv-text': (p) => `een CSV-tekstbestand (sla een XLSX-werkmap op als .xlsx, niet als .csv) met de kolommen ${headers(p)}`,
  'expect.csv-quoting': () => 'een waarde met een aanhalingsteken of scheidingsteken tussen dubbele aanhalingstekens, met "" voor een aanhalingsteken erin',
  'expect.xlsx': (p) => `een Excel-werkmap (.xlsx) met een werkblad met de kolommen ${headers(p)}`,
  'expect.sheet': (p) => `een werkblad met de kolommen ${headers(p)}`,
  'expect.xlsx-or-csv': () => 'een .xlsx-werkmap of een CSV-bestand; sla het opnieuw op als .xlsx',
  'expect.at-least-one-record': () => 'minstens één record',
  'expect.new-key': () => 'een nieuwe sleutel voor een nieuw verzoek',
  'expect.override-qualified': (p) => `kpi:${p.kpi} voor de KPI of stuurparameter:${p.parameter} voor de stuurparameter`,
  'expect.override-subject': (p) => `een stuurparameter (${p.parameters}) of het id of de naam van een KPI (${p.kpis}); schrijf kpi:<id> of stuurparameter:<id> als een naam beide kan betekenen`,
  'expect.username': () => '2 tot 64 kleine letters, cijfers of . _ @ -, te beginnen met een letter of cijfer',
  'input.required': () => 'moet worden ingevuld',
  'input.type': (p) => `moet ${TYPE[p.expected] ?? p.expected} zijn`,
  'input.empty': () => 'mag niet leeg zijn',
  'input.too-short': (p, f) => `moet minstens ${f.number(p.min)} tekens hebben`,
  'input.too-long': (p, f) => `mag hoogstens ${f.number(p.max)} tekens hebben`,
  'input.min': (p, f) => (p.inclusive ? `moet minstens ${f.number(p.min)} zijn` : `moet groter zijn dan ${f.number(p.min)}`),
  'input.max': (p, f) => (p.inclusive ? `mag hoogstens ${f.number(p.max)} zijn` : `moet kleiner zijn dan ${f.number(p.max)}`),
  'input.too-few': (p, f) => `moet minstens ${f.number(p.min)} ${p.min === 1 ? 'item' : 'items'} bevatten`,
  'input.too-many': (p, f) => `mag hoogstens ${f.number(p.max)} ${p.max === 1 ? 'item' : 'items'} bevatten`,
  'input.choice': (p, f) => `moet ${f.list(p.values.map((v) => `"${v}"`), 'or')} zijn`,
  'input.integer': () => 'moet een geheel getal zijn',
  'input.finite': () => 'een eindig getal',
  'input.iso-date': () => 'een datum als JJJJ-MM-DD, zoals 2026-03-31',
  'input.date-or-moment': () => 'een datum als JJJJ-MM-DD, zoals 2026-03-31, of een tijdstip zoals 2026-03-31T09:00:00Z',
  'input.unknown-field': (p) => `onbekend veld "${p.key}"`,
  'input.invalid': (p) => zodIssueText(p, 'nl'),
  'request.invalid': (p, f) => `${PART[p.part]} is ongeldig: ${pathProblems(p.problems, p.total, f)}`,
  'request.json-required': (p) => `stuur de inhoud als JSON met Content-Type: application/json${p.type ? `, niet ${p.type}` : ''}`,
  'request.too-large': (p, f) => `de inhoud van het verzoek is groter dan ${p.limit >= 1024 * 1024 ? `${f.number(p.limit / 1024 / 1024)} MiB` : `${f.number(p.limit / 1024)} KiB`}`,
  'request.malformed-json': () => 'de inhoud van het verzoek is geen geldige JSON',
  'request.unknown-cursor': () => 'deze cursor komt niet van deze server; begin opnieuw bij de eerste pagina',
  'request.unknown-cursor-field': () => 'onbekende cursor',
  'request.form-unreadable': () => 'het multipart-formulier is onleesbaar',
  'request.file-field': (p) => `stuur het ${FILE[p.what]} in het formulierveld "file"`,
  'request.file-field-missing': () => 'het formulierveld "file" ontbreekt',
  'request.file-type': (p) => `stuur het ${FILE[p.what]} met Content-Type ${p.accepted.join(', ')} of multipart/form-data${p.type ? `, niet ${p.type}` : ''}`,
  'request.route-not-found': (p) => `geen route voor ${p.method} ${p.path}`,
  'request.internal-error': () => 'de server kon dit verzoek niet beantwoorden; de fout is vastgelegd',
  'records.invalid': (p, f) => `${p.total} ${problems(p.total)} in de ${KINDS[p.kind]}; er is niets opgeslagen: ${pathProblems(p.problems, p.total, f)}`,
  'records.none': () => 'er zijn geen records om toe te voegen',
  'records.empty-list': () => 'een lege lijst',
  'record.invalid': (p, f) => `${p.total} ${problems(p.total)} in het record; er is niets gewijzigd: ${pathProblems(p.problems, p.total, f)}`,
  'record.not-found': (p) => `programma "${p.programme}" heeft geen ${ENTITY[p.kind]} "${p.id}"`,
  'record.stale': (p) => `record "${p.id}" is sinds versie ${p.version} door iemand anders gewijzigd; haal het opnieuw op en probeer het nog eens`,
  'programme.not-found': (p) => `er is geen programma "${p.programme}"`,
  'idempotency.running': () => 'een verzoek met deze Idempotency-Key liep tegelijk met dit verzoek; probeer het opnieuw',
  'idempotency.reused': () => 'deze Idempotency-Key is eerder gebruikt voor een ander verzoek',
  'idempotency.reused-body': () => 'opnieuw gebruikt met een andere inhoud',
  'upload.problems': (p) => `"${p.file}" heeft ${p.count} ${problems(p.count)}; er is niets opgeslagen`,
  'upload.no-records': (p) => `"${p.file}" bevat geen records`,
  'upload.no-rows': () => 'geen rijen onder de kopregel',
  'auth.invalid-credentials': () => 'de gebruikersnaam of het wachtwoord klopt niet',
  'auth.too-many-attempts': (p) => `te veel mislukte aanmeldpogingen; probeer het over ${p.minutes} ${p.minutes === 1 ? 'minuut' : 'minuten'} opnieuw`,
  'auth.password-change-required': () => 'kies eerst een eigen wachtwoord in plaats van het eenmalige: PUT /api/auth/password',
  'auth.password-in-session': () => 'wijzig een wachtwoord in een aangemelde browsersessie, niet met een API-token',
  'auth.not-owner': (p) => `als baateigenaar mag u alleen ${KINDS[p.kind]} over uw eigen baten vastleggen (${p.mine.join(', ') || 'geen'}); dit gaat over ${ownedSubject(p.subject)}`,
  'auth.parameter-override': (p) =>
    `een oordeel over een stuurparameter beoordeelt het hele programma, en dat mag alleen een beheerder of programmamanager; als baateigenaar mag u het oordeel over de KPI's van uw eigen baten geven (${p.mine.join(', ') || 'geen'})`,
  'auth.role-needed': (p, f) =>
    `hiervoor is de rol ${f.list(p.roles, 'or')} nodig ${p.programme === undefined ? 'op elk programma' : `op programma "${p.programme}"`}; ${p.held.length === 0 ? 'u hebt daar geen rol' : `u bent ${f.list(p.held, 'and')}`}`,
  'auth.csrf-invalid': () => 'de X-CSRF-Token-header past niet bij uw sessie; laad de pagina opnieuw',
  'account.wrong-password': () => 'het huidige wachtwoord klopt niet',
  'account.wrong-password-field': () => 'onjuist wachtwoord',
  'account.password-too-short': (p) => `een wachtwoord heeft minstens ${p.min} tekens nodig`,
  'account.password-too-long': (p) => `een wachtwoord heeft hoogstens ${p.max} tekens`,
  'account.password-has-username': () => 'een wachtwoord mag de gebruikersnaam niet bevatten',
  'account.password-too-simple': () => 'een wachtwoord heeft meer verschillende tekens nodig',
  'account.password-unchanged': () => 'het nieuwe wachtwoord moet verschillen van het huidige',
  'account.username-invalid': (p) => `"${p.username}" is geen geldige gebruikersnaam`,
  'account.username-invalid-field': () => 'geen geldige gebruikersnaam',
  'account.username-taken': (p) => `de gebruikersnaam "${p.username}" is al in gebruik`,
  'account.display-name-too-long': () => 'een weergavenaam heeft hoogstens 200 tekens',
  'account.too-long': () => 'te lang',
  'account.not-found': (p) => `er is geen gebruiker "${p.username}"`,
  'account.stale': (p) => `het account "${p.username}" is gewijzigd sinds u het opvroeg; vraag het opnieuw op en voer uw wijziging nog eens uit`,
  'account.disable-self': () => 'u kunt uw eigen account niet uitschakelen; vraag dat aan een andere beheerder',
  'account.role-twice': (p) => `${p.role} op ${p.programme === '*' ? 'elk programma' : `"${p.programme}"`} staat er twee keer in; noem elke rol één keer per programma`,
  'title.400': () => 'Ongeldig verzoek',
  'title.401': () => 'Niet aangemeld',
  'title.403': () => 'Geen toegang',
  'title.404': () => 'Niet gevonden',
  'title.409': () => 'Conflict',
  'title.412': () => 'Intussen gewijzigd',
  'title.413': () => 'Te groot',
  'title.415': () => 'Mediatype niet ondersteund',
  'title.422': () => 'Ongeldige invoer',
  'title.429': () => 'Te veel verzoeken',
  'title.500': () => 'Interne serverfout',
  'title.503': () => 'Dienst niet beschikbaar',
  'title.invalid-programme': () => 'Ongeldig programmabestand',
};
