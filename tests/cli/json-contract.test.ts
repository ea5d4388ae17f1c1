import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
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
});
