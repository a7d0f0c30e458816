import { isIsoDate } from '../calendar/index.js';
import { CliError, EXIT } from './cli-error.js';

/** The local calendar date: "today" is the user's day, not UTC's. The only place the CLI reads the clock. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Checks a date option such as `--as-of`; a wrong one is a usage error. */
export function dateOption(flag: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isIsoDate(value)) throw new CliError(`${flag} must be a date as YYYY-MM-DD, such as 2026-03-15; got "${value}"`, EXIT.usage);
  return value;
}
