import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

/**
 * fixtures/self-waiving/ is a borrower's folder that ships, beside its failing dossier, a configuration turning the
 * failing check off and a waivers file waiving it. Neither may apply, however the checker is pointed at them.
 */
const FOLDER = 'fixtures/self-waiving';

interface JsonReport {
  ignoredConfiguration?: { file: string; reason: string }[];
  dossiers: { verdict: string; findings: { ruleId: string; waiver?: unknown }[] }[];
  summary: { waived: number };
}

function expectStillFailing(stdout: string): JsonReport {
  const report = JSON.parse(stdout) as JsonReport;
  expect(report.dossiers).toHaveLength(1);
  expect(report.dossiers[0]!.verdict).toBe('fail');
  const finding = report.dossiers[0]!.findings.find((f) => f.ruleId === 'four-approvals');
  expect(finding).toBeDefined();
  expect(finding?.waiver).toBeUndefined();
  expect(report.summary.waived).toBe(0);
  return report;
}

describe('a self-waiving dossier folder', () => {
  it('checked from inside: its configuration is found, not applied, and the report says so', () => {
    const run = runCli(['check', '.', '--as-of', '2016-12-31', '--format', 'json'], { cwd: `${process.cwd()}/${FOLDER}` });
    expect(run.code).toBe(1);
    const report = expectStillFailing(run.stdout);
    expect(report.ignoredConfiguration?.map((ignored) => ignored.file)).toEqual(['dossier-check.config.yaml']);
  });

  it('named with --config and --waivers: neither is applied', () => {
    const run = runCli([
      'check',
      FOLDER,
      '--as-of',
      '2016-12-31',
      '--format',
      'json',
      '--config',
      `${FOLDER}/dossier-check.config.yaml`,
      '--waivers',
      `${FOLDER}/waivers.yaml`,
    ]);
    expect(run.code).toBe(1);
    const report = expectStillFailing(run.stdout);
    expect(report.ignoredConfiguration?.map((ignored) => ignored.file).sort()).toEqual([`${FOLDER}/dossier-check.config.yaml`, `${FOLDER}/waivers.yaml`]);
  });

  it('says so in the text report too, in Chinese', () => {
    const run = runCli(['check', FOLDER, '--as-of', '2016-12-31', '--lang', 'zh', '--config', `${FOLDER}/dossier-check.config.yaml`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`未采用: ${FOLDER}/dossier-check.config.yaml`);
    expect(run.stdout).toContain('该文件位于被检查的文件夹内');
  });
});
