import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineOf, MINIMAL_PROGRAMME, variant } from './support/minimal-programme.js';
import { runCli } from './support/run-cli.js';

const EXAMPLE = 'examples/klant-in-beeld/programme.yaml';
const dir = mkdtempSync(join(tmpdir(), 'koers-cli-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('koers validate', () => {
  it('exits 0 on the example', () => {
    const { code, stdout } = runCli(['validate', EXAMPLE]);
    expect(code).toBe(0);
    expect(stdout).toContain('valid — Klant in Beeld');
  });

  it('exits 1 and names file:line:column for each problem', () => {
    const text = variant("    name: Halverwege", "    nmae: Halverwege", variant("  horizon: 12", "  horizon: x"));
    const file = write("broken.yaml", text);
    const { code, stderr } = runCli(['validate', file]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}:7:12 error wrong-type programme.horizon: expected number, got string "x"`);
    expect(stderr).toMatch(new RegExp(`${file}:${lineOf(text, "nmae")}:5 error unknown-key milestones\\[0\\]\\.nmae: unknown key "nmae"; did you mean "name"\\?`));
    expect(stderr).toContain('3 problems');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('prints JSON with --format json', () => {
    const file = write('broken2.yaml', variant('dependsOn: [E1]', 'dependsOn: [E7]'));
    const { code, stdout } = runCli(['validate', file, '--format', 'json']);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.valid).toBe(false);
    expect(json.issues[0]).toMatchObject({ code: 'unknown-reference', path: 'efforts[1].dependsOn[0]', line: 22 });
  });

  it('exits 2 on a usage error or a missing file', () => {
    expect(runCli(['validate']).code).toBe(2);
    expect(runCli(['validate', EXAMPLE, '--format', 'xml']).code).toBe(2);
    const missing = runCli(['validate', join(dir, 'nope.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });

  it('has --help on every command', () => {
    for (const command of ['validate', 'lint', 'schema']) {
      const { code, stdout } = runCli([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toContain(`Usage: koers ${command}`);
    }
  });
});

describe('koers lint', () => {
  it('reports the seeds\' conflicts in the example and exits 1 on errors', () => {
    const { code, stdout } = runCli(['lint', EXAMPLE]);
    expect(code).toBe(1);
    expect(stdout).toContain('gate-effort-late [M6, SYS-02]');
    expect(stdout).toContain('benefit-dependency-unmet [B2, B1]');
    expect(stdout).toContain('5 findings: 4 errors, 1 warning, 0 info');
  });

  it('exits 0 on a consistent plan and prints JSON findings', () => {
    const clean = write('clean.yaml', MINIMAL_PROGRAMME);
    expect(runCli(['lint', clean]).code).toBe(0);
    const { stdout } = runCli(['lint', EXAMPLE, '--format', 'json']);
    const json = JSON.parse(stdout);
    expect(json.findings[0]).toMatchObject({ code: 'gate-effort-late', severity: 'error', ids: ['M1', 'FUN-03'], path: 'milestones[0].criteria[3]' });
    expect(json.findings[0].line).toBeGreaterThan(1);
  });

  it('--fail-on warning also fails on warnings', () => {
    const warned = write('warned.yaml', variant('targets: { M6: 60, M12: 80 }', 'targets: { M6: 45, M12: 80 }'));
    expect(runCli(['lint', warned]).code).toBe(0);
    expect(runCli(['lint', warned, '--fail-on', 'warning']).code).toBe(1);
  });
});

describe('koers schema', () => {
  it('prints a JSON Schema with Dutch and English descriptions', () => {
    const nl = JSON.parse(runCli(['schema']).stdout);
    expect(nl.$schema).toContain('2020-12');
    const effort = nl.properties.efforts.items;
    expect(effort.properties.duration.description).toContain('6 maanden');
    expect(effort.additionalProperties).toBe(false);
    const en = JSON.parse(runCli(['schema', '--lang', 'en']).stdout);
    expect(en.properties.efforts.items.properties.duration.description).toContain('Duration instead of end');
  });
});
