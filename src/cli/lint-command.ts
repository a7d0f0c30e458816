import { formatPath } from '../model/index.js';
import { atLeast, lintProgramme } from '../plan/index.js';
import type { Severity } from '../plan/index.js';
import { EXIT } from './cli-error.js';
import { loadOrExit } from './load-or-exit.js';
import { paint } from './style.js';

export async function lintCommand(file: string, options: { format: 'text' | 'json'; failOn: Severity }): Promise<void> {
  const { programme, locate } = await loadOrExit(file, options.format);
  const findings = lintProgramme(programme).map((f) => ({ ...f, ...locate(f.path) }));
  if (options.format === 'json') {
    const json = findings.map((f) => ({ file, line: f.line, column: f.column, code: f.code, severity: f.severity, ids: f.ids, path: formatPath(f.path), message: f.message }));
    process.stdout.write(`${JSON.stringify({ file, findings: json }, null, 2)}\n`);
  } else {
    const c = paint(process.stdout);
    const colour = { error: 'red', warning: 'yellow', info: 'cyan' } as const;
    for (const f of findings) {
      process.stdout.write(`${c('bold', `${file}:${f.line}:${f.column}`)} ${c(colour[f.severity], f.severity)} ${c('dim', f.code)} [${f.ids.join(', ')}] ${f.message}\n`);
    }
    const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
    const n = (s: Severity, word: string) => `${count(s)} ${word}${count(s) === 1 || s === 'info' ? '' : 's'}`;
    process.stdout.write(`${findings.length} finding${findings.length === 1 ? '' : 's'}: ${n('error', 'error')}, ${n('warning', 'warning')}, ${n('info', 'info')}\n`);
  }
  if (findings.some((f) => atLeast(f, options.failOn))) process.exitCode = EXIT.failed;
}
