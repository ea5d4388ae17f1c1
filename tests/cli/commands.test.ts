import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../src/rules/registry.js';
import { ROOT, runCli } from '../support/run-cli.js';

describe('rules', () => {
  it('lists every rule with severity, clause and title', () => {
    const run = runCli(['rules']);
    expect(run.code).toBe(0);
    for (const { meta } of ALL_RULES) expect(run.stdout).toContain(meta.id);
    expect(run.stdout).toMatch(/four-approvals\s+error\s+N-4\.4 · 晋政办发〔2015〕122号 四\(四\)\s+Every construction component has the four approvals/);
  });

  it('prints the catalogue as JSON', () => {
    const parsed = JSON.parse(runCli(['rules', '--format', 'json']).stdout) as { rules: { id: string }[] };
    expect(parsed.rules.map((rule) => rule.id)).toEqual(ALL_RULES.map(({ meta }) => meta.id));
  });
});

describe('schema', () => {
  it('prints the published JSON Schema', () => {
    const run = runCli(['schema']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, 'schemas/dossier.schema.json'), 'utf8')));
  });
});

describe('help and version', () => {
  it('prints the version from package.json', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(manifest.version);
  });
});
