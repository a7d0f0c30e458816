import { loadModelOrExit } from './load-or-exit.js';

export async function validateCommand(file: string, options: { format: 'text' | 'json' }): Promise<void> {
  const { programme } = await loadModelOrExit(file, options.format);
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify({ file, valid: true, issues: [] }, null, 2)}\n`);
    return;
  }
  const counts = `${programme.efforts.length} efforts, ${programme.milestones.length} milestones, ${programme.kpis.length} KPIs, ${programme.benefits.length} benefits`;
  process.stdout.write(`${file}: valid — ${programme.name} (${programme.start}, ${programme.horizon} months; ${counts})\n`);
}
