import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findChromium, PdfUnavailableError } from './print-pdf.js';

const dir = mkdtempSync(join(tmpdir(), 'koers-pdf-'));

describe('findChromium', () => {
  it('takes KOERS_CHROMIUM_PATH first, and refuses one that does not exist', async () => {
    const fake = join(dir, 'chrome');
    writeFileSync(fake, '');
    await expect(findChromium({ configured: fake, systemPath: join(dir, 'none') })).resolves.toBe(fake);
    await expect(findChromium({ configured: join(dir, 'missing') })).rejects.toThrow(/KOERS_CHROMIUM_PATH is ".*missing", but no such file exists/);
  });

  it('falls back to the system Chromium', async () => {
    const system = join(dir, 'chromium');
    writeFileSync(system, '');
    await expect(findChromium({ systemPath: system })).resolves.toBe(system);
  });

  it.skipIf(existsSync(chromium.executablePath()))('says how to install Chromium when there is none', async () => {
    const error = await findChromium({ systemPath: join(dir, 'none') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfUnavailableError);
    expect((error as Error).message).toBe(
      'cannot write PDF: Chromium was not found. Install it (Debian/Ubuntu: apt-get install chromium) or set KOERS_CHROMIUM_PATH to a Chromium or Chrome executable',
    );
  });
});
