export { MAX_SHEET_ROWS, parseRecordsXlsx } from './parse-records-xlsx.js';
export type { XlsxRecordsResult } from './parse-records-xlsx.js';
