import type { Rag } from '../../model/index.js';

/** A RAG, or `grijs` when there is nothing to judge yet. */
export type BadgeRag = Rag | 'grijs';

/** Document languages: Dutch is the default, English the alternative. */
export type Lang = 'nl' | 'en';

/** A run of inline text; writers escape plain strings for their format. */
export type Inline =
  | string
  | { readonly kind: 'strong'; readonly text: string }
  | { readonly kind: 'em'; readonly text: string }
  | { readonly kind: 'code'; readonly text: string }
  /** A RAG badge: an emoji in Markdown, a coloured label in HTML. */
  | { readonly kind: 'rag'; readonly rag: BadgeRag; readonly text: string }
  /** A line break inside a paragraph or a table cell. */
  | { readonly kind: 'break' };

/** Inline content: a plain string or a sequence of runs. */
export type Text = string | readonly Inline[];

/** A table cell; `lines` are shown one below the other (e.g. a list of criteria). */
export type Cell = Text | { readonly lines: readonly Text[] };

export type Align = 'left' | 'right' | 'center';

export interface Column {
  readonly header: string;
  readonly align?: Align;
}

/** A table row; a `group` row spans the table and heads the rows below it (KPI domains). */
export type Row = readonly Cell[] | { readonly group: string };

/** A piece of a document that every format can render. */
export type Block =
  | { readonly kind: 'heading'; readonly level: 2 | 3 | 4; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: Text }
  /** `**Programma:** Klant in Beeld` lines; `quote` renders them as the seed's blockquote. */
  | { readonly kind: 'fields'; readonly fields: readonly Field[]; readonly quote?: boolean }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly Text[] }
  /** A task list: `- [x] …` in Markdown. */
  | { readonly kind: 'checklist'; readonly items: readonly { readonly checked: boolean; readonly text: Text }[] }
  | { readonly kind: 'table'; readonly columns: readonly Column[]; readonly rows: readonly Row[]; readonly caption?: string }
  | { readonly kind: 'code'; readonly language: string; readonly text: string; readonly label?: string }
  | { readonly kind: 'quote'; readonly text: Text; readonly cite?: string }
  /**
   * A drawing: HTML inlines `svg()` (called only when HTML is written); Markdown shows `markdown`
   * instead, e.g. the Mermaid source of the same drawing, or nothing.
   */
  | { readonly kind: 'figure'; readonly caption: string; readonly svg: () => string; readonly markdown: readonly Block[]; readonly wide?: boolean }
  | { readonly kind: 'rule' }
  /** Starts a new page in print; nothing in Markdown. */
  | { readonly kind: 'page-break' };

export interface Field {
  readonly label: string;
  readonly value: Text;
}

/** A whole document, ready for the Markdown and HTML writers. */
export interface DocumentModel {
  readonly lang: Lang;
  readonly title: string;
  /** Shown under the title on the title page. */
  readonly subtitle: string | undefined;
  /** The title block: programme, date, type. */
  readonly fields: readonly Field[];
  /** Show the title block as a blockquote, as the roadmap seed does. Default true. */
  readonly quoteFields?: boolean;
  readonly blocks: readonly Block[];
  /** Closing lines in italics. */
  readonly footer: readonly string[];
}

/** Helpers that keep composers short. */
export const strong = (text: string): Inline => ({ kind: 'strong', text });
export const em = (text: string): Inline => ({ kind: 'em', text });
export const code = (text: string): Inline => ({ kind: 'code', text });
export const rag = (value: BadgeRag, text: string): Inline => ({ kind: 'rag', rag: value, text });
export const lineBreak: Inline = { kind: 'break' };
export const heading = (level: 2 | 3 | 4, text: string): Block => ({ kind: 'heading', level, text });
export const paragraph = (text: Text): Block => ({ kind: 'paragraph', text });
export const list = (items: readonly Text[], ordered = false): Block => ({ kind: 'list', ordered, items });
export const rule: Block = { kind: 'rule' };
