import type { RoadmapCommandOptions } from './roadmap-inputs.js';

/** A command the fast path may serve, with its options as commander would have parsed them. */
export type FastCommand =
  | { readonly kind: 'version' }
  | { readonly kind: 'validate'; readonly file: string; readonly options: { readonly format: 'text' | 'json' } }
  | { readonly kind: 'roadmap'; readonly file: string; readonly options: RoadmapCommandOptions };

interface OptionSpec {
  readonly key: string;
  /** A boolean flag: takes no value. */
  readonly flag?: true;
  readonly choices?: readonly string[];
}

/** The options of the served commands, as declared in program.ts (fast-command.test.ts holds them to it). */
const SPECS: Readonly<Record<'validate' | 'roadmap', { readonly defaults: Readonly<Record<string, string>>; readonly options: Readonly<Record<string, OptionSpec>> }>> = {
  validate: {
    defaults: { format: 'text' },
    options: { '--format': { key: 'format', choices: ['text', 'json'] } },
  },
  roadmap: {
    defaults: { format: 'ascii', lang: 'nl' },
    options: {
      '--format': { key: 'format', choices: ['mermaid', 'ascii', 'svg', 'md'] },
      '--as-of': { key: 'asOf' },
      '--lang': { key: 'lang', choices: ['nl', 'en'] },
      '--ascii-only': { key: 'asciiOnly', flag: true },
      '--out': { key: 'out' },
    },
  },
};

/**
 * Recognises `koers --version`, `koers validate …` and `koers roadmap …` in the user's arguments
 * (`process.argv.slice(2)`) and parses them exactly as commander would. Anything else, and anything
 * commander would reject or treat specially (help, `--`, unknown or repeated-dash values, a missing or
 * extra file), gives `undefined`: the full CLI handles it, with commander's own messages.
 *
 * @example
 * parseFastCommand(['roadmap', 'p.yaml', '--format=svg']) // → { kind: 'roadmap', file: 'p.yaml', options: { format: 'svg', lang: 'nl' } }
 */
export function parseFastCommand(args: readonly string[]): FastCommand | undefined {
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) return { kind: 'version' };
  const [name, ...rest] = args;
  if (name !== 'validate' && name !== 'roadmap') return undefined;
  const spec = SPECS[name];
  const options: Record<string, string | true> = { ...spec.defaults };
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const flag = equals > 2 ? arg.slice(0, equals) : arg;
    const option = Object.hasOwn(spec.options, flag) ? spec.options[flag] : undefined;
    if (option === undefined) return undefined;
    if (option.flag) {
      if (equals > 2) return undefined;
      options[option.key] = true;
      continue;
    }
    const value = equals > 2 ? arg.slice(equals + 1) : rest[++i];
    if (value === undefined || value === '' || value.startsWith('-')) return undefined;
    if (option.choices && !option.choices.includes(value)) return undefined;
    options[option.key] = value;
  }
  if (files.length !== 1) return undefined;
  return { kind: name, file: files[0]!, options } as FastCommand;
}
