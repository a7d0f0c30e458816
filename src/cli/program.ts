import { Command, Option } from 'commander';
import { VERSION } from './version.js';

/**
 * The whole `koers` command line. Each command's module is imported only when it runs. A fresh program
 * per call, because commander keeps the parsed values on it.
 */
export function createProgram(): Command {
  const program = new Command('koers')
    .description('Koers: programme steering for benefits-driven change programmes (Werken aan Programma\'s).')
    .version(VERSION)
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

  program
    .command('status')
    .description('Show the programme\'s status on a date: KPIs, benefits, efforts, gates, escalations and stuurparameters. Exit 0; 1 when the programme or a record file is invalid or --fail-on is reached; 2 on a usage error.')
    .argument('<file>', 'programme YAML file; record files (measurements.csv, progress.csv …) are read from beside it')
    .option('--measurements <file>', 'measurements CSV or XLSX file instead of measurements.csv beside the programme')
    .option('--as-of <date>', 'the date to compute the status on, YYYY-MM-DD (default: today)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'md']).default('text'))
    .addOption(new Option('--fail-on <rag>', 'exit 1 when anything is at least this bad').choices(['red', 'amber']))
    .addOption(new Option('--lang <lang>', 'language of the text and Markdown views').choices(['nl', 'en']).default('nl'))
    .action(async (file: string, options: import('./status-command.js').StatusCommandOptions) => (await import('./status-command.js')).statusCommand(file, options));

  program
    .command('roadmap')
    .description('Draw the roadmap: a Mermaid Gantt, the framed ASCII roadmap, a slide-ready SVG, or the Markdown roadmap section.')
    .argument('<file>', 'programme YAML file')
    .addOption(new Option('--format <format>', 'output format').choices(['mermaid', 'ascii', 'svg', 'md']).default('ascii'))
    .option('--as-of <date>', 'date of the as-of ("vandaag") line, YYYY-MM-DD; default today')
    .addOption(new Option('--lang <lang>', 'language of the fixed texts').choices(['nl', 'en']).default('nl'))
    .option('--ascii-only', 'plain ASCII characters instead of box drawing (ascii and md)')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (file: string, options: { format: 'mermaid' | 'ascii' | 'svg' | 'md'; asOf?: string; lang: 'nl' | 'en'; asciiOnly?: boolean; out?: string }) =>
      (await import('./roadmap-command.js')).roadmapCommand(file, options));

  program
    .command('docs')
    .description('Write the programme documents (roadmap framework, batenrealisatieplan, stuurgroep report, DIN) and the calendar into a directory, all or nothing.')
    .argument('<file>', 'programme YAML file; record files (measurements.csv, progress.csv …) are read from beside it')
    .requiredOption('--out <dir>', 'directory to write the documents into (created when missing)')
    .option('--measurements <file>', 'measurements CSV or XLSX file instead of measurements.csv beside the programme')
    .option('--as-of <date>', 'mark what has been reached on this date, YYYY-MM-DD; also the stuurgroep report date (default: today, and plan only)')
    .option('--since <date>', 'date of the previous stuurgroep report (default: one month before the report date)')
    .option('--previous-plan <file>', 'previous version of the programme file, for the plan changes in the stuurgroep report')
    .addOption(new Option('--lang <lang>', 'language of the documents').choices(['nl', 'en']).default('nl'))
    .option('--format <list>', 'comma-separated formats: md, html, pdf, ics', 'md,html,ics')
    .option('--author <role>', 'role id of the batenrealisatieplan\'s author (default: the programme manager)')
    .option('--quiet', 'no progress lines')
    .action(async (file: string, options: import('./docs-command.js').DocsCommandOptions) => (await import('./docs-command.js')).docsCommand(file, options));

  // `koers measurements import`, `koers progress import`, `koers decisions import`: one shared command.
  for (const [kind, what] of [['measurements', 'KPI measurements'], ['progress', 'effort progress'], ['decisions', 'go/no-go decisions']] as const) {
    program
      .command(kind)
      .description(`Manage ${what} recorded for a programme.`)
      .command('import')
      .description(`Validate ${what} from a CSV or XLSX file against the programme and append them to ${kind}.csv; on any bad row nothing is written.`)
      .argument('<file>', 'CSV or XLSX file to import')
      .requiredOption('-p, --programme <file>', 'programme YAML file')
      .option('--into <file>', `CSV file to append to (default: ${kind}.csv next to the programme file)`)
      .option('--dry-run', 'validate only; write nothing')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
      .action(async (file: string, options: { programme: string; into?: string; dryRun?: boolean; format: 'text' | 'json' }) => (await import('./measurements-command.js')).importCommand(kind, file, options));
  }

  /** `koers import <format>`: plans from other tools become programme files. */
  const importFrom = program.command('import').description('Create a programme file from a plan in another format.');
  importFrom
    .command('mermaid')
    .description('Turn a Mermaid Gantt chart into a programme YAML skeleton that passes koers validate; exit 1 on an invalid chart.')
    .argument('<file>', 'Mermaid Gantt chart (.mmd)')
    .option('--out <file>', 'write the programme YAML to this file instead of standard output')
    .addOption(new Option('--domain-from <source>', 'what becomes a domain: each section, or one domain for all').choices(['sections', 'single']).default('sections'))
    .option('--force', 'overwrite the --out file if it exists')
    .action(async (file: string, options: import('./import-command.js').ImportMermaidOptions) => (await import('./import-command.js')).importMermaidCommand(file, options));

  program
    .command('serve')
    .description('Serve the HTTP API (and the dashboard when built) until stopped. Data lives in SQLite (data/koers.db) unless --db or DATABASE_URL names PostgreSQL.')
    .option('--db <path|url>', 'SQLite file, or postgres://user:password@host/database (default: DATABASE_URL or KOERS_DB_PATH or data/koers.db)')
    .option('--port <n>', 'port to listen on (default: PORT or 3000)')
    .option('--host <h>', 'address to listen on (default: HOST or 127.0.0.1)')
    .option('--example', 'import the Klant in Beeld example when the database holds no programme')
    .action(async (options: import('./serve-command.js').ServeOptions) => (await import('./serve-command.js')).serveCommand(options));

  /** `koers users …`: accounts and roles, in the database `koers serve` uses. */
  const users = program.command('users').description('Manage accounts and roles in the server\'s database (--db, DATABASE_URL or KOERS_DB_PATH as for serve).');
  const dbOption = () => new Option('--db <path|url>', 'SQLite file or postgres:// URL (default: as koers serve)');
  const collect = (value: string, previous: string[] = []) => [...previous, value];
  users
    .command('add')
    .description('Create an account; without --password-stdin it gets a one-time password, printed once, to change at the first sign-in.')
    .argument('<username>', '2 to 64 lower-case letters, digits or . _ @ -')
    .option('--admin', 'make it a beheerder on every programme')
    .option('--name <text>', 'display name')
    .option('--sso-only', 'no password: the account signs in through single sign-on only')
    .option('--password-stdin', 'read the password from standard input instead of generating a one-time password')
    .addOption(dbOption())
    .action(async (username: string, options: import('./users-command.js').UsersDbOptions & { admin?: boolean; name?: string; ssoOnly?: boolean; passwordStdin?: boolean }) =>
      (await import('./users-command.js')).usersAddCommand(username, options));
  users
    .command('list')
    .description('List accounts with their status and roles.')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(dbOption())
    .action(async (options: import('./users-command.js').UsersDbOptions & { format: 'text' | 'json' }) => (await import('./users-command.js')).usersListCommand(options));
  users
    .command('reset-password')
    .description('Give an account a new one-time password (printed once) and end its sessions.')
    .argument('<username>')
    .addOption(dbOption())
    .action(async (username: string, options: import('./users-command.js').UsersDbOptions) => (await import('./users-command.js')).usersResetPasswordCommand(username, options));
  for (const [name, description] of [
    ['disable', 'Disable an account: it can no longer sign in, and its sessions and tokens stop working at once.'],
    ['enable', 'Enable a disabled account again, with its old password and roles.'],
  ] as const) {
    users
      .command(name)
      .description(description)
      .argument('<username>')
      .addOption(dbOption())
      .action(async (username: string, options: import('./users-command.js').UsersDbOptions) => (await import('./users-command.js')).usersSwitchCommand(name, username, options));
  }
  users
    .command('grant')
    .description('Give an account a role on a programme (default: every programme): beheerder, programmamanager, baateigenaar, stuurgroeplid or lezer.')
    .argument('<username>')
    .argument('<role>')
    .option('--programme <id>', 'programme id (default: * for every programme)')
    .option('--benefit <id>', 'baateigenaar: a benefit id they own (repeatable)', collect)
    .option('--owner-role <id>', "baateigenaar: an owner role id of the programme file; they own every benefit of it (repeatable)", collect)
    .option('--revoke', 'take the role away instead')
    .addOption(dbOption())
    .action(async (username: string, role: string, options: import('./users-command.js').UsersDbOptions & { programme?: string; benefit?: string[]; ownerRole?: string[]; revoke?: boolean }) =>
      (await import('./users-command.js')).usersGrantCommand(username, role, options));
  users
    .command('token')
    .description('Create a personal API token for automation (printed once on standard output); it acts with the account\'s roles.')
    .argument('<username>')
    .requiredOption('--name <label>', 'what the token is for')
    .option('--expires-in-days <n>', 'days until it expires (default: never)')
    .addOption(dbOption())
    .action(async (username: string, options: import('./users-command.js').UsersDbOptions & { name: string; expiresInDays?: string }) => (await import('./users-command.js')).usersTokenCommand(username, options));
  return program;
}
