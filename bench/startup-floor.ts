// Run in a fresh process by roadmap.bench.js: the least a `koers roadmap FILE --format svg` process
// must do if the parsed programme were cached by the file's content hash. It parses the command line,
// reads and hashes the file, loads the cached model and renders; no YAML parser, zod or Temporal.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { Command } from 'commander';
import type { Programme } from '../src/model/index.js';
import { layoutRoadmap } from '../src/plan/roadmap-layout.js';
import { writeSvgRoadmap } from '../src/formats/svg/write-svg-roadmap.js';

new Command('koers')
  .command('roadmap')
  .argument('<file>')
  .requiredOption('--cache <file>')
  .option('--as-of <date>')
  .action((file: string, options: { cache: string; asOf?: string }) => {
    createHash('sha256').update(readFileSync(file)).digest('hex');
    const programme = deserialize(readFileSync(options.cache)) as Programme;
    process.stdout.write(writeSvgRoadmap(layoutRoadmap(programme, { asOf: options.asOf })));
  })
  .parent!.parse();
