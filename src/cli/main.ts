import { CommanderError } from 'commander';
import { EXIT } from './cli-error.js';
import { createProgram } from './program.js';
import { reportError } from './report-error.js';

/** The full CLI. bin/koers.js loads it for every command the fast path (fast-cli.ts) does not serve. */
async function main(argv: string[]): Promise<number> {
  try {
    await createProgram().parseAsync(argv);
    return process.exitCode === undefined ? EXIT.ok : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT.ok : EXIT.usage;
    }
    return reportError(error);
  }
}

process.exitCode = await main(process.argv);
