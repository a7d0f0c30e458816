import { chmod, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from './app-error.js';

/** A directory being filled: files go to a temporary sibling and appear in the target only on `commit`. */
export interface StagedDirectory {
  write(name: string, content: string | Uint8Array): Promise<void>;
  /** Moves every file into the target; the target directory is created when missing. */
  commit(): Promise<string[]>;
  /** Removes the temporary directory and everything written so far. */
  discard(): Promise<void>;
}

/**
 * Stages files for `target` so that a failure half-way leaves nothing half-written: until `commit`, the
 * files live in a temporary directory beside the target (same file system, so the moves are renames).
 */
export async function stageDirectory(target: string): Promise<StagedDirectory> {
  const out = resolve(target);
  const info = await stat(out).catch(() => undefined);
  if (info && !info.isDirectory()) throw new AppError('invalid-input', `cannot write into "${target}": it is a file, not a directory`);
  const parent = dirname(out);
  await mkdir(parent, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new AppError('invalid-input', `cannot create "${parent}": ${error.code ?? error.message}`);
  });
  const temporary = await mkdtemp(join(parent, `.${basename(out)}.koers-`)).catch((error: NodeJS.ErrnoException) => {
    throw new AppError('invalid-input', `cannot write into "${parent}": ${error.code ?? error.message}`);
  });
  // mkdtemp makes the directory private; the target should get the usual permissions.
  await chmod(temporary, 0o777 & ~process.umask());
  const names: string[] = [];
  return {
    async write(name, content) {
      await writeFile(join(temporary, name), content);
      names.push(name);
    },
    async commit() {
      const exists = (await stat(out).catch(() => undefined)) !== undefined;
      if (!exists) {
        await rename(temporary, out);
      } else {
        for (const name of names) await rename(join(temporary, name), join(out, name));
        if ((await readdir(temporary)).length === 0) await rm(temporary, { recursive: true, force: true });
      }
      return names.map((name) => join(out, name));
    },
    discard: () => rm(temporary, { recursive: true, force: true }),
  };
}
