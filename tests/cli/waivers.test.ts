import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/run-cli.js';

/**
 * The reviewer's example (fixtures/reviewer): its configuration names waivers.yaml, whose one waiver covers the
 * EIA approval dated after the first disbursement in fixtures/dossiers/fail-approval-after-application.yaml, until
 * 2017-06-30. Runs start in fixtures/reviewer, so the configuration is found there.
 */
const REVIEWER = join(ROOT, 'fixtures/reviewer');
const WAIVED_DOSSIER = '../dossiers/fail-approval-after-application.yaml';
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8')) as object);

interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  message: string;
  waiver?: { reason: string; approver: string; expires: string; file: string; line: number };
}
interface JsonReport {
  dossiers: { file: string; verdict: string; findings: JsonFinding[]; checklist: { status: string }[] }[];
  unusedWaivers: { rule: string; project: string; path?: string; file: string; line: number }[];
  summary: { errors: number; waived: number; failed: number };
}

function check(args: string[], cwd = REVIEWER) {
  const run = runCli(['check', ...args], { cwd });
  return { ...run, report: (run.stdout.startsWith('{') ? JSON.parse(run.stdout) : undefined) as JsonReport };
}

const WAIVER = {
  reason: '原件已于贷前审查时核验，补发文件日期系印刷错误',
  approver: '王敏（信贷审批部）',
  expires: '2017-06-30',
  file: 'waivers.yaml',
  line: 4,
};

let work: string | undefined;
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  work = undefined;
});

describe('a waiver that applies', () => {
  it('marks the finding as waived in JSON, and the dossier and the run pass', () => {
    const run = check([WAIVED_DOSSIER, '--as-of', '2016-12-31', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(validate(run.report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const dossier = run.report.dossiers[0]!;
    expect(dossier.verdict).toBe('pass');
    const waived = dossier.findings.find((f) => f.ruleId === 'documents-dated-before-loan');
    expect(waived?.waiver).toEqual(WAIVER);
    expect(dossier.checklist.map((item) => item.status)).toContain('waived');
    expect(run.report.summary).toMatchObject({ errors: 0, waived: 1, failed: 0 });
    expect(run.report.unusedWaivers).toEqual([]);
  });

  it('shows the waiver under the finding in text, in both languages', () => {
    const en = check([WAIVED_DOSSIER, '--as-of', '2016-12-31']);
    expect(en.stdout).toMatch(
      /documents-dated-before-loan .*\n {4}waived: 原件已于贷前审查时核验，补发文件日期系印刷错误; approved by 王敏（信贷审批部）; until 2017-06-30 {2}waivers\.yaml:4/,
    );
    expect(en.stdout).toContain('0 errors, 0 warnings, 1 waived;');
    const zh = check([WAIVED_DOSSIER, '--as-of', '2016-12-31', '--lang', 'zh']);
    expect(zh.stdout).toContain('已豁免: 原件已于贷前审查时核验');
    expect(zh.stdout).toContain('1 个已豁免');
  });

  it('applies the same with --jobs, the results coming from worker threads', () => {
    const run = check(['../dossiers', '--as-of', '2016-12-31', '--format', 'json', '--jobs', '2']);
    const dossier = run.report.dossiers.find((d) => d.file.endsWith('fail-approval-after-application.yaml'))!;
    expect(dossier.findings.find((f) => f.ruleId === 'documents-dated-before-loan')?.waiver).toEqual(WAIVER);
    expect(run.report.summary.waived).toBe(1);
  });
});

describe('an expired waiver', () => {
  it('stops applying and fails the run with an error at the waiver’s line', () => {
    const run = check([WAIVED_DOSSIER, '--as-of', '2017-07-01', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(validate(run.report)).toBe(true);
    const findings = run.report.dossiers[0]!.findings;
    expect(findings.find((f) => f.ruleId === 'documents-dated-before-loan')?.waiver).toBeUndefined();
    const expired = findings.find((f) => f.ruleId === 'waiver-expired');
    expect(expired).toMatchObject({ severity: 'error', file: 'waivers.yaml', line: 4 });
    expect(expired?.message).toContain('until 2017-06-30, before the as-of date 2017-07-01');
    const text = check([WAIVED_DOSSIER, '--as-of', '2017-07-01']);
    expect(text.stdout).toContain('waivers.yaml:4:1  error  waiver-expired  Expired waiver');
  });
});

describe('a waiver that covers nothing', () => {
  it('is reported as unused at the end of the run, and fails it only under --fail-on warning', () => {
    const clean = '../dossiers/pass-built-housing.yaml';
    const run = check([clean, '--as-of', '2016-12-31', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(validate(run.report)).toBe(true);
    expect(run.report.unusedWaivers).toEqual([
      { rule: 'documents-dated-before-loan', project: 'DT-PC-2016-011', path: 'documents[9].issued', file: 'waivers.yaml', line: 4 },
    ]);
    const text = check([clean, '--as-of', '2016-12-31']);
    expect(text.stdout).toContain(
      'warning  Unused waiver: waivers.yaml:4 (rule documents-dated-before-loan, project DT-PC-2016-011, path documents[9].issued)',
    );
    expect(check([clean, '--as-of', '2016-12-31', '--fail-on', 'warning']).code).toBe(1);
  });

  it('does not cover the same finding in another project’s dossier', () => {
    work = mkdtempSync(join(tmpdir(), 'dossier-check-waivers-'));
    const other = readFileSync(join(ROOT, 'fixtures/dossiers/fail-approval-after-application.yaml'), 'utf8').replace(
      'id: DT-PC-2016-011',
      'id: DT-PC-2016-012',
    );
    expect(other).toContain('DT-PC-2016-012');
    writeFileSync(join(work, 'other.yaml'), other);
    const run = check([join(work, 'other.yaml'), '--as-of', '2016-12-31', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.report.dossiers[0]!.findings.find((f) => f.ruleId === 'documents-dated-before-loan')?.waiver).toBeUndefined();
    expect(run.report.unusedWaivers).toHaveLength(1);
  });
});

describe('a waivers file that cannot be used', () => {
  it.each([
    [
      'a waiver of an input check is refused',
      'waivers:\n  - { rule: yaml-syntax, project: X, reason: r, approver: a, expires: 2099-01-01 }\n',
      'w.yaml:2: waivers[0].rule: "yaml-syntax" is one of the tool\'s own input checks',
    ],
    [
      'a waiver without an approver',
      'waivers:\n  - rule: four-approvals\n    project: X\n    reason: r\n    expires: 2099-01-01\n',
      'w.yaml:2: waivers[0].approver:',
    ],
    ['an unknown rule', 'waivers:\n  - { rule: four-aprovals, project: X, reason: r, approver: a, expires: 2099-01-01 }\n', 'did you mean "four-approvals"?'],
  ])('%s: one line, exit 2', (_name, text, message) => {
    work = mkdtempSync(join(tmpdir(), 'dossier-check-waivers-'));
    writeFileSync(join(work, 'w.yaml'), text);
    const run = check([WAIVED_DOSSIER, '--waivers', join(work, 'w.yaml'), '--as-of', '2016-12-31'], REVIEWER);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.replaceAll(work, '')).toContain(message.replace('w.yaml', '/w.yaml'));
  });
});

describe('waivers and the result cache', () => {
  it('a result taken from the cache gets the waivers of this run; a change of severity is not served stale', () => {
    work = mkdtempSync(join(tmpdir(), 'dossier-check-waivers-'));
    cpSync(join(ROOT, 'fixtures/dossiers/fail-approval-after-application.yaml'), join(work, 'dossiers/d.yaml'));
    cpSync(join(REVIEWER, 'waivers.yaml'), join(work, 'reviewer/waivers.yaml'));
    const run = (...args: string[]) => check(['dossiers/d.yaml', '--cache', '--as-of', '2016-12-31', '--format', 'json', ...args], work);
    const documentsFinding = (report: JsonReport) => report.dossiers[0]!.findings.find((f) => f.ruleId === 'documents-dated-before-loan');

    expect(documentsFinding(run().report)?.waiver).toBeUndefined();
    // The cached result is marked, so the next run shows it was served from the cache.
    const cacheFile = join(work, '.dossier-check-cache');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: [string, { outcome: { result: { project: { name: string } } } }][] };
    for (const [, entry] of cache.entries) entry.outcome.result.project.name = 'FROM THE CACHE';
    writeFileSync(cacheFile, JSON.stringify(cache));
    const waived = run('--waivers', 'reviewer/waivers.yaml');
    expect((waived.report.dossiers[0] as unknown as { project: { name: string } }).project.name).toBe('FROM THE CACHE');
    expect(documentsFinding(waived.report)?.waiver).toMatchObject({ file: 'reviewer/waivers.yaml', line: 4 });
    writeFileSync(join(work, 'reviewer/waivers.yaml'), readFileSync(join(work, 'reviewer/waivers.yaml'), 'utf8').replace('2017-06-30', '2016-06-30'));
    const expired = run('--waivers', 'reviewer/waivers.yaml');
    expect(expired.code).toBe(1);
    expect(expired.report.dossiers[0]!.findings.some((f) => f.ruleId === 'waiver-expired')).toBe(true);

    writeFileSync(join(work, 'reviewer/dossier-check.config.yaml'), 'rules:\n  documents-dated-before-loan: warning\n');
    const relaxed = run('--config', 'reviewer/dossier-check.config.yaml');
    expect(documentsFinding(relaxed.report)?.severity).toBe('warning');
    expect(relaxed.code).toBe(0);
  });
});
