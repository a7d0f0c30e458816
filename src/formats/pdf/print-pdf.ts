import { existsSync } from 'node:fs';
import { escapeHtml } from '../html/index.js';

/** Where to find Chromium: `KOERS_CHROMIUM_PATH`, Debian's package, or a browser installed by Playwright. */
export interface ChromiumLookup {
  /** The value of KOERS_CHROMIUM_PATH, read by the caller. */
  readonly configured?: string | undefined;
  /** Where the system package puts Chromium. Default `/usr/bin/chromium` (Debian, Ubuntu). */
  readonly systemPath?: string;
}

/** No Chromium to print with; the message says how to get one. */
export class PdfUnavailableError extends Error {
  readonly code = 'pdf-unavailable';
}

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium executable to print with, or a `PdfUnavailableError` that says how to install one.
 *
 * @example await findChromium({ configured: process.env.KOERS_CHROMIUM_PATH }) // '/usr/bin/chromium'
 */
export async function findChromium(lookup: ChromiumLookup = {}): Promise<string> {
  if (lookup.configured) {
    if (existsSync(lookup.configured)) return lookup.configured;
    throw new PdfUnavailableError(`KOERS_CHROMIUM_PATH is "${lookup.configured}", but no such file exists; point it at a Chromium or Chrome executable`);
  }
  const system = lookup.systemPath ?? DEBIAN_CHROMIUM;
  if (existsSync(system)) return system;
  const { chromium } = await import('playwright-core');
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  throw new PdfUnavailableError(
    'cannot write PDF: Chromium was not found. Install it (Debian/Ubuntu: apt-get install chromium) or set KOERS_CHROMIUM_PATH to a Chromium or Chrome executable',
  );
}

/** A headless Chromium that prints pages to PDF; close it when done. */
export interface PdfPrinter {
  /** A4 PDF of a standalone HTML page, with page numbers in the footer and a bookmark per heading. */
  print(html: string, footer: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * Starts headless Chromium once for a series of documents. The pages may load nothing from the network:
 * documents are standalone, and a page that tried would print differently on another machine.
 */
export async function openPdfPrinter(executablePath: string, extraArgs: readonly string[] = []): Promise<PdfPrinter> {
  const { chromium } = await import('playwright-core');
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [...(root ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', ...extraArgs],
  });
  return {
    async print(html, footer) {
      const page = await browser.newPage();
      try {
        await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
        await page.setContent(html, { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print' });
        return await page.pdf({
          format: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: footerTemplate(footer),
          margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
          outline: true,
          tagged: true,
        });
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/** Chromium fills `pageNumber` and `totalPages`; the template has no access to the page's CSS. */
function footerTemplate(text: string): string {
  return `<div style="width:100%;margin:0 14mm;font-family:Arial,'Liberation Sans','DejaVu Sans',sans-serif;font-size:8px;color:#4B5563;display:flex;justify-content:space-between;">`
    + `<span>${escapeHtml(text)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
}
