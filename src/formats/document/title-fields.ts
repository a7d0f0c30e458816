import type { IsoDate } from '../../calendar/index.js';
import type { Programme } from '../../model/index.js';
import type { ProgrammeStatus } from '../../steer/index.js';
import { displayName, longDate } from './doc-format.js';
import type { Field, Lang } from './document.js';
import type { Messages } from './messages.js';

/** The seed's title block: programme, generation date, document type, and with an as-of date where the programme stands. */
export function titleFields(
  report: { readonly programme: Programme; readonly generated: IsoDate; readonly status: ProgrammeStatus | undefined },
  m: Messages,
  lang: Lang,
  type: string,
): Field[] {
  const { programme, status } = report;
  const fields: Field[] = [
    { label: m.common.programme, value: `${programme.name} (${programme.organisation})` },
    { label: m.common.generated, value: longDate(report.generated, lang) },
    { label: m.common.type, value: type },
  ];
  if (status) fields.push({ label: m.common.asOf, value: m.common.standing(status.month, programme.horizon, status.phase && displayName(status.phase.name)) });
  return fields;
}
