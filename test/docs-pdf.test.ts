import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, hasChromium } from './support/environment.js';
import { EXAMPLE_PATH } from './support/programme-fixture.js';
import { runCli } from './support/run-cli.js';

/*
 * The PDFs as a reader gets them: printed by the built CLI through headless Chromium, read back with
 * pdftotext and turned into one PNG per page with pdftoppm (poppler-utils).
 */
const work = mkdtempSync(join(tmpdir(), 'koers-docs-pdf-'));
const out = join(work, 'docs');
const AS_OF = '2026-07-15';

const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const pageText = (file: string, page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], { encoding: 'utf8' });

/** Each document's title, and its section headings in the order they must appear. */
const DOCUMENTS = [
  ['roadmap.pdf', 'Roadmap Klant in Beeld', ['PROGRAMMA-ROADMAP 18 MAANDEN', 'ASCII ROADMAP', 'FASEBESCHRIJVINGEN', 'MIJLPALEN EN GO/NO-GO MOMENTEN', 'KPI MEETMOMENTEN', 'MONITORING-CADENCE', 'SAMENVATTING']],
  ['batenrealisatieplan.pdf', 'Batenrealisatieplan Klant in Beeld', ['Theoretische basis', '1. Baten Overzicht', '2. Batenrealisatie per Cyclus', '3. Batenrealisatie Roadmap', '4. Per Baat: Realisatiedetails', '5. Afhankelijkheden tussen Baten', '6. Monitoring & Sturing', '7. Escalatie']],
  [`stuurgroeprapportage-${AS_OF}.pdf`, 'Stuurgroeprapportage Klant in Beeld', ['Samenvatting', '1. Voortgang sinds', "2. KPI's", '3. Go/no-go-gereedheid', '4. Escalaties en benodigde besluiten', "5. Top-risico's", '6. Stuurparameters', '7. Planwijzigingen']],
  ['doelen-inspanningennetwerk.pdf', 'Doelen-inspanningennetwerk Klant in Beeld', ['Visie', 'Doelen', 'Netwerk', 'Van baat naar inspanning', 'Programmamanagement']],
] as const;

describe.runIf(hasChromium())('koers docs --format pdf', () => {
  beforeAll(() => {
    const { code, stderr } = runCli(['docs', EXAMPLE_PATH, '--out', out, '--format', 'pdf', '--as-of', AS_OF], { env: { KOERS_CHROMIUM_PATH: CHROMIUM_PATH } });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 120_000);

  it('writes one PDF per document, and nothing else', () => {
    expect(readdirSync(out).sort()).toEqual(DOCUMENTS.map(([file]) => file).sort());
  });

  for (const [file, title, headings] of DOCUMENTS) {
    it(`${file}: a title page, numbered pages, and every section in order`, () => {
      const path = join(out, file);
      const pages = pageCount(path);
      expect(pages).toBeGreaterThanOrEqual(headings.length > 5 ? 4 : 2);
      const texts = Array.from({ length: pages }, (_, i) => pageText(path, i + 1));
      // Page 1 is the title page and holds nothing else.
      expect(texts[0]!.replace(/\s+/g, ' ')).toContain(title);
      expect(texts[0]).toContain('Cito');
      expect(texts[0]).not.toContain(headings[0]);
      texts.forEach((text, i) => expect(text, `footer of page ${i + 1}`).toMatch(new RegExp(`${i + 1}\\s*/\\s*${pages}\\s*$`)));
      let last = 1;
      for (const heading of headings) {
        const page = texts.findIndex((text, i) => i >= last - 1 && text.includes(heading));
        expect(page, `"${heading}" after page ${last}`).toBeGreaterThanOrEqual(0);
        last = page + 1;
      }
    });
  }

  it('prints the as-of status: gate decisions, KPI actuals beside targets, escalations', () => {
    const all = (file: string) => Array.from({ length: pageCount(join(out, file)) }, (_, i) => pageText(join(out, file), i + 1)).join('\n');
    const roadmap = all('roadmap.pdf');
    expect(roadmap).toContain('Go met voorwaarden');
    expect(roadmap).toMatch(/30% \(31%\)/);
    const steering = all(`stuurgroeprapportage-${AS_OF}.pdf`);
    expect(steering).toContain('Baat loopt meer dan 20% achter op planning');
    expect(steering).toContain('R-01');
  });

  it('turns every page into a PNG image', () => {
    const images = join(work, 'png');
    mkdirSync(images);
    for (const [file] of DOCUMENTS) {
      const path = join(out, file);
      const name = file.replace(/\.pdf$/, '');
      execFileSync('pdftoppm', ['-r', '60', '-png', path, join(images, name)]);
      const pngs = readdirSync(images).filter((f) => f.startsWith(`${name}-`));
      expect(pngs).toHaveLength(pageCount(path));
      // A rendered A4 page with text is several KiB; a blank one is far smaller.
      for (const png of pngs) expect(statSync(join(images, png)).size, png).toBeGreaterThan(3000);
    }
  });
});
