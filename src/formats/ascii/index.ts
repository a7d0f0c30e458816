export { writeAsciiRoadmap, monthColumn, CELL, GRID, LABEL_WIDTH } from './write-ascii-roadmap.js';
export type { AsciiRoadmapOptions } from './write-ascii-roadmap.js';
export { toPlainAscii } from './ascii-glyphs.js';
export { placeMarkers } from './ascii-milestone-lanes.js';
export type { MarkerInput, PlacedMarker } from './ascii-milestone-lanes.js';
