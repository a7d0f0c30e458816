// Run in a fresh process by roadmap.bench.js: where the start of `koers roadmap FILE --format svg` goes.
// Prints one JSON object: milliseconds since process start at the end of each phase.
import { readFileSync } from 'node:fs';

const marks: Record<string, number> = { 'node start + load of this script': performance.now() };
const mark = (name: string) => (marks[name] = performance.now());

const file = process.argv[2]!;
await import('commander');
mark('import commander');
const { parseDocument, LineCounter } = await import('yaml');
mark('import yaml');
await import('zod');
mark('import zod');
await import('temporal-polyfill');
mark('import temporal-polyfill');
const model = await import('../src/model/file/index.js');
mark('model modules (zod schemas built)');
const { layoutRoadmap } = await import('../src/plan/index.js');
const { writeSvgRoadmap } = await import('../src/formats/svg/index.js');
mark('roadmap modules');
const text = readFileSync(file, 'utf8');
mark('read file');
const doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: true, uniqueKeys: true, strict: true });
const raw: unknown = doc.toJS();
mark('YAML parse');
const parsed = model.programmeFileSchema.safeParse(raw);
const issues = model.checkReferences(raw);
if (!parsed.success || issues.length > 0) throw new Error('the programme is invalid');
mark('validate (zod + references)');
const programme = model.buildProgramme(parsed.data);
mark('build model');
const { readRecords } = await import('../src/app/read-records.js');
const { programmeStatus } = await import('../src/steer/index.js');
mark('records and steering modules');
const records = await readRecords(programme, file);
mark('read record files (CSV)');
const states = new Map(programmeStatus(programme, records, '2026-05-15').efforts.map((e) => [e.effort, e.state]));
mark('effort states (steering engine)');
const svg = writeSvgRoadmap(layoutRoadmap(programme, { asOf: '2026-05-15', states }));
mark('layout + SVG');
process.stdout.write(`${JSON.stringify({ marks, bytes: svg.length })}\n`);
