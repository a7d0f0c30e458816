import type { Programme, Records } from '../model/index.js';
import { benefitModel } from './benefit-model.js';
import type { BenefitModel } from './benefit-model.js';
import { dayOf } from './day-number.js';
import { effortModel } from './effort-model.js';
import type { EffortModel } from './effort-model.js';
import { kpiModel } from './kpi-model.js';
import type { KpiModel } from './kpi-model.js';
import { indexRecords } from './record-index.js';
import type { RecordIndex } from './record-index.js';
import { resolveStatusOptions } from './status-options.js';
import type { ResolvedStatusOptions, StatusOptions } from './status-options.js';

/** Everything prepared once per status computation, so that each rule can be evaluated at any earlier day cheaply. */
export interface StatusContext {
  readonly programme: Programme;
  readonly options: ResolvedStatusOptions;
  readonly index: RecordIndex;
  readonly asOfDay: number;
  readonly startDay: number;
  readonly kpis: ReadonlyMap<string, KpiModel>;
  readonly efforts: ReadonlyMap<string, EffortModel>;
  readonly benefits: ReadonlyMap<string, BenefitModel>;
}

export function statusContext(programme: Programme, records: Records, asOfDay: number, options?: StatusOptions): StatusContext {
  const resolved = resolveStatusOptions(programme, options);
  const index = indexRecords(programme, records, asOfDay);
  const kpis = new Map(programme.kpis.map((k) => [k.id, kpiModel(programme, k, index, resolved)]));
  return {
    programme,
    options: resolved,
    index,
    asOfDay,
    startDay: dayOf(programme.startDate),
    kpis,
    efforts: new Map(programme.efforts.map((e) => [e.id, effortModel(e, index)])),
    benefits: new Map(programme.benefits.map((b) => [b.id, benefitModel(programme, b, kpis)])),
  };
}
