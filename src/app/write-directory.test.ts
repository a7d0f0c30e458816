import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stageDirectory } from './write-directory.js';

const parent = () => mkdtempSync(join(tmpdir(), 'koers-stage-'));

describe('stageDirectory', () => {
  it('shows nothing in the target until commit, then everything at once', async () => {
    const base = parent();
    const out = join(base, 'docs');
    const staged = await stageDirectory(out);
    await staged.write('a.md', '# A\n');
    await staged.write('b.pdf', new Uint8Array([37, 80, 68, 70]));
    expect(existsSync(out)).toBe(false);
    expect(await staged.commit()).toEqual([join(out, 'a.md'), join(out, 'b.pdf')]);
    expect(readdirSync(out).sort()).toEqual(['a.md', 'b.pdf']);
    expect(readdirSync(base)).toEqual(['docs']);
    expect(statSync(out).mode & 0o777).toBe(0o777 & ~process.umask());
  });

  it('leaves no trace when discarded', async () => {
    const base = parent();
    const staged = await stageDirectory(join(base, 'docs'));
    await staged.write('a.md', 'x');
    await staged.discard();
    expect(readdirSync(base)).toEqual([]);
  });

  it('adds to an existing directory, replacing files of the same name only', async () => {
    const out = join(parent(), 'docs');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.txt'), 'keep');
    writeFileSync(join(out, 'a.md'), 'old');
    const staged = await stageDirectory(out);
    await staged.write('a.md', 'new');
    await staged.commit();
    expect(readdirSync(out).sort()).toEqual(['a.md', 'keep.txt']);
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe('new');
    expect(readdirSync(join(out, '..'))).toEqual(['docs']);
  });
});
