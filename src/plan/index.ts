export * from './lint/index.js';
export { BAND_CEILING, plannedQuarterLevels, plannedRealisationAt, realisationStart } from './benefit-plan.js';
export { kpiTargetAt } from './kpi-plan.js';
