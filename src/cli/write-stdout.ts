import { writeSync } from 'node:fs';

/**
 * Writes all of `text` to standard output before returning. Writing to file descriptor 1 directly skips
 * creating `process.stdout`, which costs more than a short command's own work; a pipe that would block
 * (EAGAIN) or any other error hands the rest to `process.stdout`, which deals with it as it always did.
 */
export function writeStdout(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written, bytes.length - written);
  } catch {
    process.stdout.write(bytes.subarray(written));
  }
}
