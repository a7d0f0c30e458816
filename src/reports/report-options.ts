import type { IsoDate } from '../calendar/index.js';
import type { Programme, Records } from '../model/index.js';
import { programmeStatus, resolveStatusOptions } from '../steer/index.js';
import type { ProgrammeStatus } from '../steer/index.js';

/** What every report needs besides the model: the dates, and the status on the as-of date. */
export interface ReportOptions {
  /** The date printed as "Gegenereerd"; the as-of date when there is one. */
  readonly generated: IsoDate;
  /** Without it, documents show the plan only. */
  readonly asOf: IsoDate | undefined;
  /** The steering engine's status on `asOf`. */
  readonly status: ProgrammeStatus | undefined;
  /** Days after a moment's month end that a measurement still reports on that moment. */
  readonly graceDays: number;
}

/**
 * Computes the status once for all reports of one run.
 *
 * @example reportOptions(programme, records, { generated: '2026-05-15', asOf: '2026-05-15' }).status?.month // 5
 */
export function reportOptions(programme: Programme, records: Records, dates: { readonly generated: IsoDate; readonly asOf?: IsoDate | undefined }): ReportOptions {
  const asOf = dates.asOf;
  return {
    generated: asOf ?? dates.generated,
    asOf,
    status: asOf === undefined ? undefined : programmeStatus(programme, records, asOf),
    graceDays: resolveStatusOptions(programme).overdueGraceDays,
  };
}
