import type { Programme } from '../model/index.js';

/** What `koers validate` prints for a valid programme: one line of text, or the JSON result. */
export function validReport(file: string, programme: Programme, format: 'text' | 'json'): string {
  if (format === 'json') return `${JSON.stringify({ file, valid: true, issues: [] }, null, 2)}\n`;
  const counts = `${programme.efforts.length} efforts, ${programme.milestones.length} milestones, ${programme.kpis.length} KPIs, ${programme.benefits.length} benefits`;
  return `${file}: valid — ${programme.name} (${programme.start}, ${programme.horizon} months; ${counts})\n`;
}
