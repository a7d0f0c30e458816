import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readProgramme } from './read-programme.js';

const example = readFileSync(new URL('../../../examples/klant-in-beeld/programme.yaml', import.meta.url), 'utf8');

/** Whatever the input, reading returns a result with positioned issues; it never throws. */
function expectCleanFailure(text: string) {
  const result = readProgramme(text);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(issue.line).toBeGreaterThanOrEqual(1);
      expect(issue.message).not.toMatch(/\n\s+at /);
    }
  }
  return result;
}

describe('readProgramme on hostile input', () => {
  it('refuses binary bytes', () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const result = expectCleanFailure(bytes.toString('latin1'));
    if (!result.ok) expect(result.issues[0]!.message).toContain('not a YAML text file');
  });

  it('refuses a huge file before parsing it', () => {
    const huge = `koers: 1\n${'# padding\n'.repeat(500_000)}`;
    const result = expectCleanFailure(huge);
    if (!result.ok) expect(result.issues[0]!.code).toBe('file-too-large');
  });

  it('refuses deep bracket nesting', () => {
    const result = expectCleanFailure(`koers: ${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    if (!result.ok) expect(result.issues[0]!.message).toContain('levels deep');
  });

  it('refuses deep indentation nesting', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`);
    expectCleanFailure(lines.join('\n'));
  });

  it('refuses an alias bomb', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const result = expectCleanFailure(bomb.join('\n'));
    if (!result.ok) expect(result.issues[0]!.message).toContain('cannot be expanded');
  });

  it('reports an empty file', () => {
    expect(expectCleanFailure('').issues[0]!.code).toBe('missing-field');
    expect(expectCleanFailure('   \n# only a comment\n').issues[0]!.code).toBe('missing-field');
  });

  it('reports a scalar or a list where the programme should be', () => {
    expectCleanFailure('42');
    expectCleanFailure('- a\n- b\n');
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const result = readProgramme(text);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on mutations of the example', () => {
    const lines = example.split('\n');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: lines.length - 1 }), fc.integer({ min: 0, max: 3 }), fc.string({ maxLength: 8 }), (at, kind, junk) => {
        const mutated = [...lines];
        if (kind === 0) mutated.splice(at, 1);
        else if (kind === 1) mutated[at] = `${junk}${mutated[at]}`;
        else if (kind === 2) mutated[at] = mutated[at]!.replace(/\d/, junk);
        else mutated.splice(at, 0, junk);
        const result = readProgramme(mutated.join('\n'));
        if (!result.ok) for (const issue of result.issues) expect(issue.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 60 },
    );
  });
});
