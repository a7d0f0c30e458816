import { Command, CommanderError, Option } from 'commander';
import { CliError, EXIT } from './cli-error.js';

/** Each command's module is imported only when it runs, so that `koers` starts fast. */
const program = new Command('koers')
  .description('Koers: programme steering for benefits-driven change programmes (Werken aan Programma\'s).')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

program
  .command('validate')
  .description('Check a programme file; exit 0 when valid, 1 when invalid, 2 on a usage error.')
  .argument('<file>', 'programme YAML file')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .action(async (file: string, options: { format: 'text' | 'json' }) => (await import('./validate-command.js')).validateCommand(file, options));

program
  .command('lint')
  .description('Check a valid programme for plan conflicts (gates, KPI directions, benefits, dependencies).')
  .argument('<file>', 'programme YAML file')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding of this severity or worse exists').choices(['error', 'warning', 'info']).default('error'))
  .action(async (file: string, options: { format: 'text' | 'json'; failOn: 'error' | 'warning' | 'info' }) => (await import('./lint-command.js')).lintCommand(file, options));

program
  .command('schema')
  .description('Print the JSON Schema of programme files, for editor autocompletion.')
  .addOption(new Option('--lang <lang>', 'language of the descriptions').choices(['nl', 'en']).default('nl'))
  .action(async (options: { lang: 'nl' | 'en' }) => (await import('./schema-command.js')).schemaCommand(options));

async function main(argv: string[]): Promise<number> {
  try {
    await program.parseAsync(argv);
    return process.exitCode === undefined ? EXIT.ok : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliError) {
      if (error.message) process.stderr.write(`koers: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`koers: internal error: ${(error as Error).message}\nPlease report this, with the command you ran.\n`);
    if (process.env.KOERS_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    return EXIT.internal;
  }
}

process.exitCode = await main(process.argv);
