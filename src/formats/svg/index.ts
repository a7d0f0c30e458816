export { writeSvgRoadmap } from './write-svg-roadmap.js';
export type { SvgRoadmapOptions } from './write-svg-roadmap.js';
export { STATE_COLOUR, STRIPE_TINT, PLANNED_FILL, THEME, SVG_TEXT } from './svg-theme.js';
export { escapeXml, fitText, textWidth, FONT_FAMILY } from './svg-text.js';
