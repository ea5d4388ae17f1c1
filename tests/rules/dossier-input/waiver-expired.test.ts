import { afterEach, describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { waiverExpired } from '../../../src/rules/dossier-input/waiver-expired.js';
import { RULES_BY_ID } from '../../../src/rules/registry.js';
import { runInProcess } from '../../support/in-process-cli.js';
import { dossierWithDownPayment, workspace } from '../../support/reviewer-folders.js';
import { sarifErrors, validateSarif } from '../../support/sarif-schema.js';

// An expired waiver yields a finding of its own rule, `waiver-expired`: a rule of the catalogue like every input
// check, so `explain` knows it and SARIF lists it. Its examples are waivers files; here they are used as such.

const AS_OF = ['--as-of', '2016-12-31'];
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** The example waivers file (its comment line dropped) beside the dossier of the example's project. */
function reviewerWith(waivers: string) {
  const space = workspace({ 'reviewer/waivers.yaml': waivers, 'dossiers/d.yaml': dossierWithDownPayment(20, 'TY-2016-001') });
  cleanup = space.remove;
  return space;
}

async function check(waivers: string, format: string) {
  const space = reviewerWith(waivers);
  return runInProcess(['check', space.path('dossiers'), ...AS_OF, '--waivers', 'waivers.yaml', '--format', format], { cwd: space.path('reviewer') });
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  waiver?: unknown;
}
const findingsOf = (stdout: string) => (JSON.parse(stdout) as { dossiers: { findings: JsonFinding[] }[] }).dossiers[0]!.findings;

describe('waiver-expired', () => {
  it('is a rule of the catalogue, an input check of the run’s own files', () => {
    expect(RULES_BY_ID.get('waiver-expired')).toBe(waiverExpired);
    expect(waiverExpired.meta.clause).toBeUndefined();
    expect(waiverExpired.meta.severity).toBe('error');
  });

  it('passing example: a current waiver covers the finding, and nothing expires', async () => {
    const run = await check(waiverExpired.meta.examples.pass, 'json');
    const findings = findingsOf(run.stdout);
    expect(findings.map((f) => f.ruleId)).not.toContain('waiver-expired');
    expect(findings.find((f) => f.ruleId === 'first-home-down-payment')?.waiver).toBeDefined();
    expect(run.code).toBe(0);
  });

  it('failing example: an error at the waiver’s line in the waivers file, and the finding it covered counts again', async () => {
    const run = await check(waiverExpired.meta.examples.fail, 'json');
    const findings = findingsOf(run.stdout);
    const expired = findings.find((f) => f.ruleId === 'waiver-expired');
    // The example's first line is a comment, the second `waivers:`: the waiver starts on the third.
    expect(expired).toMatchObject({ severity: 'error', file: 'waivers.yaml', line: 3 });
    expect(findings.find((f) => f.ruleId === 'first-home-down-payment')?.waiver).toBeUndefined();
    expect(run.code).toBe(1);
  });

  it('explain knows it', async () => {
    const run = await runInProcess(['explain', 'waiver-expired']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('waiver-expired  error  dossier-check input check');
  });

  it('SARIF lists it in the driver, and the expired waiver’s result points at it', async () => {
    const run = await check(waiverExpired.meta.examples.fail, 'sarif');
    const log = JSON.parse(run.stdout) as Log;
    expect(validateSarif(log), sarifErrors()).toBe(true);
    const runLog = log.runs[0]!;
    const result = runLog.results!.find((r) => r.ruleId === 'waiver-expired')!;
    expect(result.ruleIndex).toBeDefined();
    expect(runLog.tool.driver.rules![result.ruleIndex!]!.id).toBe('waiver-expired');
  });
});
