import { Command, CommanderError } from 'commander';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFastCommand } from './fast-command.js';
import { createProgram } from './program.js';
import { VERSION } from './version.js';

/** What the real commander program makes of the arguments: the command it would run, with its options. */
async function commanderParse(args: readonly string[]): Promise<unknown> {
  const program = createProgram();
  let out = '';
  let result: unknown = { kind: 'nothing run' };
  const quiet = (command: Command): void => {
    command.configureOutput({ writeOut: (s) => { out += s; }, writeErr: () => undefined });
    if (command.commands.length === 0) {
      const name = command.name();
      command.action((...values: unknown[]) => {
        result = name === 'roadmap' || name === 'validate'
          ? { kind: name, file: values[0], options: { ...(values[1] as object) } }
          : { kind: 'other', name };
      });
    }
    command.commands.forEach(quiet);
  };
  quiet(program);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return result;
  } catch (error) {
    if (error instanceof CommanderError && error.code === 'commander.version' && out === `${VERSION}\n`) return { kind: 'version' };
    return { kind: 'commander stopped', code: (error as CommanderError).code };
  }
}

const TOKENS = [
  'roadmap', 'validate', 'lint', 'help', 'status', 'f.yaml', 'g.yaml', 'svg', 'ascii', 'mermaid', 'md', 'text', 'json', 'pdf', 'nl', 'en',
  '2026-05-15', '2026-02-30', 'out.svg', '--format', '--format=svg', '--format=json', '--format=', '--format=-V', '--as-of', '--as-of=2026-05-15',
  '--lang', '--lang=en', '--ascii-only', '--ascii-only=1', '--out', '--out=o.svg', '-V', '-Vx', '--version', '-h', '--help', '--', '-', '-x',
  '-1', '--unknown', '--unknown=1', '--=x', '',
];

describe('parseFastCommand', () => {
  it('serves the everyday forms of the hot commands', () => {
    expect(parseFastCommand(['--version'])).toEqual({ kind: 'version' });
    expect(parseFastCommand(['-V'])).toEqual({ kind: 'version' });
    expect(parseFastCommand(['validate', 'p.yaml'])).toEqual({ kind: 'validate', file: 'p.yaml', options: { format: 'text' } });
    expect(parseFastCommand(['roadmap', 'p.yaml', '--format', 'svg', '--as-of', '2026-05-15'])).toEqual({
      kind: 'roadmap', file: 'p.yaml', options: { format: 'svg', lang: 'nl', asOf: '2026-05-15' },
    });
    expect(parseFastCommand(['roadmap', '--lang=en', '--ascii-only', 'p.yaml', '--out', 'r.txt'])).toEqual({
      kind: 'roadmap', file: 'p.yaml', options: { format: 'ascii', lang: 'en', asciiOnly: true, out: 'r.txt' },
    });
  });

  it('leaves help, errors and anything unusual to commander', () => {
    for (const args of [[], ['roadmap'], ['roadmap', 'a', 'b'], ['roadmap', 'p.yaml', '--help'], ['roadmap', 'p.yaml', '--format', 'pdf'],
      ['roadmap', 'p.yaml', '--out'], ['roadmap', 'p.yaml', '--out', '-V'], ['roadmap', '--', 'p.yaml'], ['validate', 'p.yaml', '--lang', 'en'],
      ['--version', 'roadmap'], ['lint', 'p.yaml'], ['roadmap', 'p.yaml', '--ascii-only=yes']]) {
      expect(parseFastCommand(args), args.join(' ')).toBeUndefined();
    }
  });

  it('parses exactly as the commander program does, whenever it parses at all', async () => {
    let served = 0;
    await fc.assert(fc.asyncProperty(fc.array(fc.constantFrom(...TOKENS), { maxLength: 7 }), async (tail) => {
      for (const args of [tail, ['roadmap', ...tail], ['validate', ...tail]]) {
        const fast = parseFastCommand(args);
        if (fast === undefined) continue;
        served++;
        expect(await commanderParse(args), args.join(' ')).toEqual(fast);
      }
    }), { numRuns: 1500 });
    // The property must not hold vacuously.
    expect(served).toBeGreaterThan(100);
  });
});
