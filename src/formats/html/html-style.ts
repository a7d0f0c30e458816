/**
 * The documents' stylesheet, inlined in every page. Screen: a readable column. Print (and PDF): A4, a
 * title page, tables and figures kept whole where they fit, and the ASCII roadmap small enough to fit
 * the page width. Colours keep WCAG AA contrast (axe checks them in the tests).
 */
export const HTML_STYLE = `
:root { --ink: #111827; --muted: #4B5563; --line: #CBD5E1; --head: #E8EEF5; --accent: #1E3A5F; }
* { box-sizing: border-box; }
html { font-family: Arial, 'Liberation Sans', 'DejaVu Sans', Helvetica, sans-serif; color: var(--ink); background: #FFFFFF; }
body { margin: 0 auto; max-width: 1120px; padding: 24px 32px 48px; font-size: 14px; line-height: 1.45; }
h1 { font-size: 30px; line-height: 1.2; color: var(--accent); margin: 0 0 8px; }
h2 { font-size: 20px; color: var(--accent); margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); }
h3 { font-size: 16px; margin: 22px 0 8px; color: #1F2937; }
h4 { font-size: 14px; margin: 14px 0 4px; color: #1F2937; text-transform: uppercase; letter-spacing: 0.03em; }
p { margin: 6px 0; }
ul, ol { margin: 4px 0 8px; padding-left: 24px; }
hr { border: 0; border-top: 1px solid var(--line); margin: 22px 0; }
.title-page { padding: 24px 0 12px; border-bottom: 4px solid var(--accent); margin-bottom: 12px; }
.title-page .subtitle { font-size: 18px; color: var(--muted); margin: 0 0 16px; }
dl.fields { margin: 8px 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; }
dl.fields > div { display: contents; }
dl.fields dt { font-weight: bold; }
dl.fields dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 14px; font-size: 12.5px; }
th, td { border: 1px solid var(--line); padding: 4px 7px; text-align: left; vertical-align: top; }
thead th { background: var(--head); color: #0F172A; }
th.center, td.center { text-align: center; }
th.right, td.right { text-align: right; }
tr.group th { background: #F1F5F9; text-align: left; font-size: 11.5px; letter-spacing: 0.04em; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
pre.code { font-family: 'DejaVu Sans Mono', 'Liberation Mono', Menlo, Consolas, monospace; font-size: 11px; line-height: 1.2; background: #F8FAFC; border: 1px solid var(--line); padding: 10px; overflow-x: auto; white-space: pre; }
blockquote { margin: 10px 0; padding: 6px 14px; border-left: 4px solid var(--line); color: #1F2937; }
blockquote .cite { color: var(--muted); }
figure { margin: 12px 0 18px; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: 12px; color: var(--muted); margin-top: 4px; }
.kpi-charts { display: flex; flex-wrap: wrap; gap: 10px; }
.kpi-charts figure { margin: 0; width: 330px; border: 1px solid #E5E7EB; padding: 4px; }
.kpi-charts figcaption { color: #1F2937; font-weight: bold; }
ul.checklist { list-style: none; padding-left: 4px; }
ul.checklist input { margin: 0 6px 0 0; vertical-align: -2px; accent-color: #2E7D32; }
.rag { display: inline-block; padding: 0 6px; border-radius: 8px; font-weight: bold; white-space: nowrap; }
.rag::before { content: '●'; margin-right: 4px; }
.rag-groen { background: #E3F2E6; color: #1B5E20; }
.rag-geel { background: #FFF4CC; color: #6B4A00; }
.rag-rood { background: #FDE2E2; color: #8E1B1B; }
.rag-grijs { background: #EEF0F3; color: #374151; }
.doc-footer { margin-top: 28px; color: var(--muted); font-style: italic; font-size: 12px; }
.page-break { height: 0; }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .title-page { min-height: 240mm; display: flex; flex-direction: column; justify-content: center; border-bottom: 0; break-after: page; }
  .title-page h1 { font-size: 28pt; }
  h2 { break-after: avoid; font-size: 15pt; margin-top: 14pt; }
  h3, h4 { break-after: avoid; }
  table { font-size: 8.5pt; }
  tr, figure, blockquote, dl { break-inside: avoid; }
  .kpi-charts figure { width: 48%; }
  pre.code { font-size: 7.3pt; overflow: visible; border: 0; padding: 0; background: none; break-inside: avoid; }
  hr { display: none; }
  .page-break { break-after: page; }
}
`;
