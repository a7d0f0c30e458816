import { existsSync } from 'node:fs';

/** Debian's Chromium; browser tests drive it through playwright-core. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const inCi = process.env.CI === 'true' || process.env.CI === '1';

/**
 * Whether a real component is available. Outside CI a missing component is reported loudly and the
 * tests skip; in CI it is an error, so that a broken install never passes as skipped tests.
 */
export function available(component: string, present: boolean, howToInstall: string): boolean {
  if (present) return true;
  const message = `${component} is not available: ${howToInstall}`;
  if (inCi) throw new Error(`CI needs ${message}`);
  console.warn(`\n⚠️  SKIPPING ${component} tests — ${message}\n`);
  return false;
}

export const hasChromium = () => available('Chromium', existsSync(CHROMIUM_PATH), 'apt-get install chromium');

/** The PostgreSQL database tests use, from KOERS_TEST_DATABASE_URL (set by .ci/run). */
export const postgresUrl = process.env.KOERS_TEST_DATABASE_URL;
export const hasPostgres = () => available('PostgreSQL', !!postgresUrl, 'start PostgreSQL and set KOERS_TEST_DATABASE_URL (see .ci/run)');
