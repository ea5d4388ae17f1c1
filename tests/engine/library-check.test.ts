import { describe, expect, it } from 'vitest';
import { check, MissingPathError } from '../../src/api/check.js';
import { summarize } from '../../src/engine/summary.js';
import type { ParameterOverrides } from '../../src/notice/parameters.js';
import { ROOT } from '../support/run-cli.js';

const AS_OF = '2016-12-31';

describe('check(), the library entry point', () => {
  it('checks the example folder as the command line does: every dossier, sorted, with its summary and audit', async () => {
    const report = await check(['fixtures/dossiers'], { asOf: AS_OF, cwd: ROOT });
    const files = report.dossiers.map((dossier) => dossier.file);
    expect(files).toEqual([...files].sort());
    expect(files.length).toBeGreaterThan(10);
    expect(report.summary).toEqual(summarize(report));
    expect(report.audit?.asOf).toBe(AS_OF);
    // Stack traces are the command line's --debug; a report never carries them.
    expect(report.dossiers.every((dossier) => dossier.debug === undefined)).toBe(true);
  });

  it('shows a parameter the caller configures as configured, with its document, not as the notice', async () => {
    const overrides: ParameterOverrides = {
      projectCapitalMinPercent: [{ from: '2016-01-01', value: 25, source: '某银行授信政策〔2016〕1号', configuration: { file: 'bank.config.yaml', line: 4 } }],
    };
    const report = await check(['fixtures/dossiers/pass-built-housing.yaml'], { asOf: AS_OF, cwd: ROOT, parameterOverrides: overrides });
    const capital = report.parameters.find((parameter) => parameter.name === 'projectCapitalMinPercent');
    expect(capital).toMatchObject({ value: 25, source: '某银行授信政策〔2016〕1号', configuration: { file: 'bank.config.yaml', line: 4 } });
  });

  it('rejects a path that does not exist, naming it', async () => {
    await expect(check(['no/such/folder'], { asOf: AS_OF, cwd: ROOT })).rejects.toBeInstanceOf(MissingPathError);
  });
});
