import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { BASE_DOSSIER, replaceOnce } from '../support/dossier-text.js';
import { ROOT, runCli } from '../support/run-cli.js';

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8')) as object);

describe('the JSON report follows schemas/report.schema.json', () => {
  it.each([
    ['the example dossiers, in English', ['fixtures/dossiers', '--lang', 'en']],
    ['the example dossiers, in Chinese', ['fixtures/dossiers', '--lang', 'zh']],
    ['every kind of bad input', ['fixtures/robustness']],
  ])('%s', (_name, args) => {
    const run = runCli(['check', ...args, '--as-of', '2016-12-31', '--format', 'json']);
    const report = JSON.parse(run.stdout) as unknown;
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('rejects a report that breaks the contract (the schema is not vacuous)', () => {
    const run = runCli(['check', 'fixtures/dossiers', '--as-of', '2016-12-31', '--format', 'json']);
    const report = JSON.parse(run.stdout) as { dossiers: { findings: { line: number }[] }[] };
    const broken = structuredClone(report);
    broken.dossiers.find((d) => d.findings.length > 0)!.findings[0]!.line = 0;
    expect(validate(broken)).toBe(false);
  });

  it('carries the national basis of a finding beside its clause, and versions the shape', () => {
    // A start more than five years after the EIA approval of 2016-03-02: 环境影响评价法 第二十四条.
    const late = replaceOnce(BASE_DOSSIER, 'constructionStart: 2016-05-01', 'constructionStart: 2021-03-03');
    const run = runCli(['check', '-', '--as-of', '2021-06-30', '--format', 'json', '--rule', 'eia-re-review'], { input: late });
    const report = JSON.parse(run.stdout) as { reportVersion: number; dossiers: { findings: { clause?: { id: string }; basis?: Record<string, string> }[] }[] };
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(report.reportVersion).toBe(4);
    const [finding] = report.dossiers[0]!.findings;
    expect(finding!.clause!.id).toBe('N-4.4');
    expect(finding!.basis).toMatchObject({ document: '环境影响评价法', article: '第二十四条', effective: '2003-09-01', status: 'verified' });
  });

  it('gives an input finding no clause', () => {
    const run = runCli(['check', '-', '--format', 'json'], { input: 'dossierFormat: 1\nproject: [\n' });
    const report = JSON.parse(run.stdout) as { dossiers: { findings: { ruleId: string; clause?: unknown }[] }[] };
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const [finding] = report.dossiers[0]!.findings;
    expect(finding!.ruleId).toBe('yaml-syntax');
    expect(finding!.clause).toBeUndefined();
  });
});
