export { escapeHtml, writeHtml } from './write-html.js';
export { HTML_STYLE } from './html-style.js';
