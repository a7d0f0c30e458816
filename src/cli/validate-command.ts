import { loadModelOrExit } from './load-or-exit.js';
import { validReport } from './valid-report.js';
import { writeStdout } from './write-stdout.js';

/** `koers validate FILE`: exit 0 when the programme is valid, 1 with every problem when not. */
export async function validateCommand(file: string, options: { format: 'text' | 'json' }): Promise<void> {
  const { programme } = await loadModelOrExit(file, options.format);
  writeStdout(validReport(file, programme, options.format));
}
