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

describe('explain', () => {
  it('prints the clause text from the notice, the gloss, what is checked, how to fix and both examples', () => {
    const run = runCli(['explain', 'four-approvals', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('four-approvals  error  N-4.4 · 晋政办发〔2015〕122号 四(四)');
    expect(run.stdout).toContain('Clause (Chinese text of the notice):\n    （四）争取开发性金融支持。');
    expect(run.stdout).toContain('将落实有关部门出具的可研批复、环评批复、规划意见、土地预审意见等四项审批手续作为项目贷款发放条件。');
    expect(run.stdout).toContain('English gloss:\n    (the lending clause) Entities that take on shantytown tasks');
    expect(run.stdout).toContain('What is checked:\n    For the infrastructure and resettlement-housing construction part');
    expect(run.stdout).toContain('How to fix:\n    List the approval in `documents`');
    expect(run.stdout).toContain('Passes:\n    components:');
    expect(run.stdout).toContain('Fails:\n    components:');
  });

  it('speaks Chinese with --lang zh', () => {
    const run = runCli(['explain', 'purchase-scope', '--lang', 'zh']);
    expect(run.stdout).toContain('检查内容:\n    政府购买棚户区改造服务的范围');
  });

  it('names the source and its status for a national rule', () => {
    expect(runCli(['explain', 'purchase-of-service-limits']).stdout).toContain('Source:\n    财预〔2017〕87号 (2017-05-28, verified)');
  });

  it('rejects an unknown rule with the nearest id', () => {
    const run = runCli(['explain', 'four-aprovals']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unknown rule "four-aprovals"; did you mean "four-approvals"?');
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
