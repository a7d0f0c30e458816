export { writeMarkdown } from './write-markdown.js';
export { displayWidth, escapeMarkdown, markdownCell, markdownText } from './markdown-text.js';
export { writeRoadmapSection } from './roadmap-section.js';
export type { RoadmapSectionOptions } from './roadmap-section.js';
