import { symlinkSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../support/in-process-cli.js';
import { dossierWithDownPayment, LOCAL_FLOOR_CONFIG, workspace } from '../support/reviewer-folders.js';

/**
 * A borrower ships a dossier folder with a configuration that turns the failing rule off and lowers the floor, and a
 * waivers file that waives it: none of it may apply, and the report must say the files were found and not applied.
 */
const SELF_SERVING_CONFIG = `rules:\n  first-home-down-payment: off\n${LOCAL_FLOOR_CONFIG}waivers: waivers.yaml\n`;
const SELF_WAIVER = `waivers:
  - { rule: first-home-down-payment, project: TEST-001, reason: 借款人自行豁免, approver: 借款人, expires: 2099-12-31 }
`;

interface JsonReport {
  ignoredConfiguration: { file: string; reason: string }[];
  parameters: { name: string; configuration?: unknown }[];
  dossiers: { verdict: string; findings: { ruleId: string; waiver?: unknown }[] }[];
}

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function borrowerFolder() {
  const space = workspace({
    'dossiers/d.yaml': dossierWithDownPayment(20),
    'dossiers/dossier-check.config.yaml': SELF_SERVING_CONFIG,
    'dossiers/waivers.yaml': SELF_WAIVER,
  });
  cleanup = space.remove;
  return space;
}

async function check(argv: string[], cwd: string, format = 'json') {
  return runInProcess(['check', ...argv, '--as-of', '2016-12-31', '--format', format], { cwd });
}

function expectStillFailing(report: JsonReport): void {
  const dossier = report.dossiers[0]!;
  expect(dossier.verdict).toBe('fail');
  const finding = dossier.findings.find((f) => f.ruleId === 'first-home-down-payment');
  expect(finding).toBeDefined();
  expect(finding?.waiver).toBeUndefined();
  expect(report.parameters.every((p) => p.configuration === undefined)).toBe(true);
}

describe('configuration and waivers inside a folder being checked', () => {
  it('are not applied when found upwards from a working folder inside the checked folder; the report says so', async () => {
    const space = borrowerFolder();
    const run = await check(['.'], space.path('dossiers'));
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expectStillFailing(report);
    expect(report.ignoredConfiguration).toEqual([{ file: 'dossier-check.config.yaml', reason: expect.stringContaining('inside a folder being checked') }]);

    const text = await check(['.'], space.path('dossiers'), 'text');
    expect(text.stdout).toContain('Not applied: dossier-check.config.yaml');
  });

  it('are not applied when named with --config and --waivers, from outside the folder', async () => {
    const space = borrowerFolder();
    const run = await check(['dossiers', '--config', 'dossiers/dossier-check.config.yaml', '--waivers', 'dossiers/waivers.yaml'], space.root);
    const report = JSON.parse(run.stdout) as JsonReport;
    expectStillFailing(report);
    expect(report.ignoredConfiguration.map((i) => i.file)).toEqual(['dossiers/dossier-check.config.yaml', 'dossiers/waivers.yaml']);
  });

  it('are not applied beside a dossier file named on the command line', async () => {
    const space = borrowerFolder();
    const run = await check(['dossiers/d.yaml', '--config', 'dossiers/dossier-check.config.yaml'], space.root);
    const report = JSON.parse(run.stdout) as JsonReport;
    expectStillFailing(report);
    expect(report.ignoredConfiguration.map((i) => i.file)).toEqual(['dossiers/dossier-check.config.yaml']);
  });

  it('are not applied through a symbolic link from outside that points into the folder', async () => {
    const space = borrowerFolder();
    symlinkSync(space.path('dossiers/dossier-check.config.yaml'), space.path('reviewer.yaml'));
    const run = await check(['dossiers', '--config', 'reviewer.yaml'], space.root);
    const report = JSON.parse(run.stdout) as JsonReport;
    expectStillFailing(report);
    expect(report.ignoredConfiguration.map((i) => i.file)).toEqual(['reviewer.yaml']);
  });

  it('a configuration beside the checked folder, not in it, applies', async () => {
    const space = workspace({ 'dossiers/d.yaml': dossierWithDownPayment(20), 'dossier-check.config.yaml': SELF_SERVING_CONFIG, 'waivers.yaml': '' });
    cleanup = space.remove;
    const run = await check(['dossiers'], space.root);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.ignoredConfiguration).toEqual([]);
    expect(report.dossiers[0]!.verdict).toBe('pass');
  });
});
