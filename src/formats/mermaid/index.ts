export { writeMermaidGantt, AS_OF_ID } from './write-mermaid-gantt.js';
export type { MermaidGanttOptions, MermaidTaskState } from './write-mermaid-gantt.js';
export { readMermaidGantt } from './read-mermaid-gantt.js';
export type { GanttChart, GanttIssue, GanttLink, GanttReadResult, GanttTags, GanttTask } from './gantt-chart.js';
export { mermaidIds, koersIdsFromComments } from './mermaid-ids.js';
export type { MermaidIds } from './mermaid-ids.js';
export { decodeMermaidText, escapeLineText, escapeTaskTitle } from './mermaid-text.js';
export { ganttToProgramme, PLACEHOLDER } from './gantt-to-programme.js';
export type { GanttImportOptions, ProgrammeFileInput, ProgrammeSkeleton } from './gantt-to-programme.js';
