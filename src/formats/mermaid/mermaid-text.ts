/**
 * Text in a Mermaid Gantt chart: entities such as `#58;` let a title hold characters that the
 * chart syntax reserves. Mermaid turns them into HTML entities when it draws the chart.
 */

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** Words that make Mermaid read a line as a setting or a click, whatever follows them. */
const KEYWORD_START = /^(?:gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescription|section|acctitle|accdescr|href|call|click|\d{4}-\d\d-\d\d)/i;

const entity = (ch: string) => `#${ch.codePointAt(0)};`;

/**
 * Makes text safe as a task title: `:` `;` `#` `%` `<` become entities, line breaks become spaces,
 * and a title that starts with a Mermaid keyword gets its first character as an entity.
 *
 * @example escapeTaskTitle('Fase 1: start') // 'Fase 1#58; start'
 */
export function escapeTaskTitle(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const escaped = flat.replace(/[:;#%<]/g, entity);
  return KEYWORD_START.test(escaped) ? entity(escaped[0]!) + escaped.slice(1) : escaped;
}

/**
 * Makes text safe for the rest of a line, as in `title …` and `section …`, where only `#` (entities),
 * `<` (Mermaid rewrites tags) and a `:` near "style" need escaping.
 *
 * @example escapeLineText('FASE 1: FUNDAMENT') // 'FASE 1: FUNDAMENT'
 */
export function escapeLineText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim().replace(/[#<]/g, entity);
  return /style|classDef/.test(flat) ? flat.replace(/:/g, entity) : flat;
}

/**
 * Turns Mermaid's entity placeholders back into the characters the drawn chart shows.
 * `encoded` is text after Mermaid's `encodeEntities`, as the lexer and the database see it.
 */
export function decodeMermaidText(encoded: string): string {
  return encoded
    .replace(/\uFB02\u00B0\u00B0\+?(\d+)\u00B6\u00DF/g, (m, code: string) => {
      const n = Number(code);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    })
    .replace(/\uFB02\u00B0(\w+)\u00B6\u00DF/g, (_m, name: string) => NAMED[name] ?? `&${name};`)
    .trim();
}
