import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/run-cli.js';

/** Which top-level folders of src/ each folder may import. The core never imports the shell. */
const ALLOWED: Record<string, readonly string[]> = {
  calendar: [],
  model: ['calendar'],
  plan: ['calendar', 'model'],
  steer: ['calendar', 'model', 'plan'],
  reports: ['calendar', 'model', 'plan', 'steer'],
  formats: ['calendar', 'model', 'plan', 'steer', 'reports'],
  store: ['calendar', 'model', 'plan'],
  app: ['calendar', 'model', 'plan', 'steer', 'reports', 'formats', 'store'],
  server: ['calendar', 'model', 'plan', 'steer', 'reports', 'formats', 'store', 'app'],
  cli: ['calendar', 'model', 'plan', 'steer', 'reports', 'formats', 'store', 'app', 'server'],
};
const PURE = ['calendar', 'model', 'plan', 'steer', 'reports'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const src = join(ROOT, 'src');
const files = sourceFiles(src).map((path) => {
  const rel = relative(src, path);
  return { rel, layer: rel.split('/')[0]!, text: readFileSync(path, 'utf8') };
});

describe('architecture', () => {
  it('imports only point down the layers', () => {
    const violations: string[] = [];
    for (const { rel, layer, text } of files) {
      for (const [, spec] of text.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        const target = relative(src, join(src, rel, '..', spec!)).split('/')[0]!;
        if (target !== layer && !(ALLOWED[layer] ?? []).includes(target)) violations.push(`${rel} imports ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('keeps the core pure: no I/O, clock or environment', () => {
    const impure = /from 'node:(fs|fs\/promises|child_process|net|http|https|os)'|Date\.now\(|new Date\(\)|process\.env|process\.argv/;
    const violations = files.filter((f) => PURE.includes(f.layer) && impure.test(f.text)).map((f) => f.rel);
    expect(violations).toEqual([]);
  });

  it('has no default exports and no `any`', () => {
    const violations = files.filter((f) => /export default|:\s*any\s*[),;=>[\]|]|\bas any\b/.test(f.text)).map((f) => f.rel);
    expect(violations).toEqual([]);
  });
});
