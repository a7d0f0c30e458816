export * from './lint/index.js';
export { BAND_CEILING, plannedQuarterLevels, plannedRealisationAt, realisationStart } from './benefit-plan.js';
export { kpiTargetAt } from './kpi-plan.js';
export { layoutRoadmap, shortLabel, ROADMAP_STATES } from './roadmap-layout.js';
export type { RoadmapAsOf, RoadmapBand, RoadmapBar, RoadmapLayout, RoadmapLayoutOptions, RoadmapMilestone, RoadmapPhase, RoadmapState, RoadmapStates } from './roadmap-layout.js';
export { daysInMonth, positionOf } from './roadmap-layout-axis.js';
export type { RoadmapMonth, RoadmapSpan } from './roadmap-layout-axis.js';
export { diffPlans, isEmptyDiff } from './plan-diff.js';
export type { EffortChange, GateChange, KpiTargetChange, PlanDiff, TargetValue } from './plan-diff.js';
