export { findChromium, openPdfPrinter, PdfUnavailableError } from './print-pdf.js';
export type { ChromiumLookup, PdfPrinter } from './print-pdf.js';
