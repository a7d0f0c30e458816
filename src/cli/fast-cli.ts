import { parseFastCommand } from './fast-command.js';
import { VERSION } from './version.js';
import { writeStdout } from './write-stdout.js';

/**
 * The fast path of bin/koers.js, built as its own small CommonJS bundle: `--version`, and `validate` and
 * `roadmap` when the content cache holds everything they need, without loading commander, the YAML
 * parser, zod or the ES module loader. Resolves to `false`, having written nothing, when the full CLI
 * (main.ts) must run instead: another command, anything commander would report, or a cache miss.
 * The output is the full CLI's, byte for byte: the same functions compute it.
 */
export async function runFast(argv: readonly string[]): Promise<boolean> {
  const command = parseFastCommand(argv.slice(2));
  if (command === undefined) return false;
  if (command.kind === 'version') {
    writeStdout(`${VERSION}\n`);
    return true;
  }
  // Imported here, so that --version does not load the cache's modules (node:crypto, node:v8 …).
  return (await import('./serve-from-cache.js')).serveFromCache(command);
}
