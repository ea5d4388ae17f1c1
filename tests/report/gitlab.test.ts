import { describe, expect, it } from 'vitest';
import type { AppliedWaiver, Finding, Lang, Report } from '../../src/engine/types.js';
import { type CodeQualityIssue, formatGitlab } from '../../src/report/gitlab.js';
import { BASE_DOSSIER, removeLine } from '../support/dossier-text.js';
import { runInProcess } from '../support/in-process-cli.js';
import { libraryReport, plainContext, textReport } from '../support/library-report.js';

const MISSING_LAND = removeLine(BASE_DOSSIER, 'landPreReview: d-land');
const FIXTURES = await libraryReport(['fixtures/dossiers']);
const ROBUSTNESS = await libraryReport(['fixtures/robustness']);

function issues(report: Report, lang: Lang = 'en'): CodeQualityIssue[] {
  return JSON.parse(formatGitlab(report, plainContext(lang))) as CodeQualityIssue[];
}

/** The issues beside the findings they come from: one issue per finding, in the report's order. */
function pairs(report: Report, lang: Lang = 'en'): [Finding, CodeQualityIssue][] {
  const findings = report.dossiers.flatMap((dossier) => dossier.findings);
  const written = issues(report, lang);
  expect(written).toHaveLength(findings.length);
  return findings.map((finding, i) => [finding, written[i]!]);
}

describe('the GitLab Code Quality report', () => {
  it('is a JSON array of issues with exactly the properties GitLab reads', () => {
    const found = pairs(FIXTURES);
    expect(found.length).toBeGreaterThan(0);
    for (const [finding, issue] of found) {
      expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
      expect(issue.check_name).toBe(finding.ruleId);
      expect(issue.location).toEqual({ path: finding.file, lines: { begin: finding.line } });
      expect(issue.location.path).not.toMatch(/^\//);
      expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1);
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('rates errors critical, warnings minor and what could not be verified info', () => {
    const found = pairs(FIXTURES);
    expect(new Set(found.map(([finding]) => finding.severity))).toEqual(new Set(['error', 'warning', 'information']));
    const expected = { error: 'critical', warning: 'minor', information: 'info' } as const;
    for (const [finding, issue] of found) expect(issue.severity).toBe(expected[finding.severity]);
  });

  it('describes a finding by its message, its clause and its national basis', () => {
    for (const [finding, issue] of pairs(FIXTURES)) {
      expect(issue.description.startsWith(finding.message.en)).toBe(true);
      if (finding.clause) expect(issue.description).toContain(`${finding.clause.id} · 晋政办发〔2015〕122号 ${finding.clause.reference}`);
      else expect(issue.description).toContain('[dossier-check input check]');
      if (finding.basis) expect(issue.description).toContain(finding.basis.article);
    }
  });

  it('fingerprints each finding uniquely, the same on every run and wherever its line moves', async () => {
    const fingerprints = issues(FIXTURES).map((issue) => issue.fingerprint);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
    expect(issues(await libraryReport(['fixtures/dossiers'])).map((issue) => issue.fingerprint)).toEqual(fingerprints);
    const before = issues(textReport({ 'd.yaml': MISSING_LAND }));
    const moved = issues(textReport({ 'd.yaml': `# 审查意见\n\n${MISSING_LAND}` }));
    expect(moved.map((issue) => issue.fingerprint)).toEqual(before.map((issue) => issue.fingerprint));
    expect(moved[0]!.location.lines.begin).toBe(before[0]!.location.lines.begin + 2);
  });

  it('still reports the findings of dossiers that could not be read', () => {
    const unread = ROBUSTNESS.dossiers.filter((dossier) => !dossier.evaluated);
    expect(unread.length).toBeGreaterThan(0);
    const paths = new Set(issues(ROBUSTNESS).map((issue) => issue.location.path));
    for (const dossier of unread) expect(paths).toContain(dossier.file);
  });

  it('keeps a waived finding visible as info, with the waiver in its description', () => {
    const waiver: AppliedWaiver = { reason: '已并入用地预审与选址意见书', approver: '王审查', expires: '2026-12-31', file: 'review/waivers.yaml', line: 3 };
    const report = textReport({ 'd.yaml': MISSING_LAND });
    const dossier = report.dossiers[0]!;
    const waived: Report = { ...report, dossiers: [{ ...dossier, findings: dossier.findings.map((f, i) => (i === 0 ? { ...f, waiver } : f)) }] };
    const [first, ...others] = issues(waived);
    expect(first!.severity).toBe('info');
    expect(first!.description).toContain(`(waived: ${waiver.reason}; 王审查; until 2026-12-31)`);
    expect(first!.fingerprint).toBe(issues(report)[0]!.fingerprint);
    for (const other of others) expect(other.severity).not.toBe('info');
  });

  it('speaks Chinese with --lang zh, unescaped', () => {
    const text = formatGitlab(FIXTURES, plainContext('zh'));
    for (const [finding, issue] of pairs(FIXTURES, 'zh')) {
      expect(issue.description.startsWith(finding.message.zh)).toBe(true);
      expect(text).toContain(JSON.stringify(finding.message.zh).slice(1, -1));
    }
  });

  it('is streamed as the report the library formats, one JSON array without a byte-order mark', async () => {
    for (const [folder, report] of [
      ['fixtures/dossiers', FIXTURES],
      ['fixtures/robustness', ROBUSTNESS],
    ] as const) {
      const cli = await runInProcess(['check', folder, '--format', 'gitlab', '--as-of', '2016-12-31', '--lang', 'en']);
      expect(cli.stdout).toBe(formatGitlab(report, plainContext('en')));
      expect(cli.stdout.charCodeAt(0)).toBe('['.charCodeAt(0));
      expect(cli.stdout).toBe(`${JSON.stringify(JSON.parse(cli.stdout), null, 2)}\n`);
    }
    const empty = await runInProcess(['check', 'fixtures/dossiers/scans', '--format', 'gitlab', '--allow-empty']);
    expect(empty.stdout).toBe('[]\n');
    const passing = textReport({ 'ok.yaml': BASE_DOSSIER });
    expect(passing.dossiers[0]!.findings).toEqual([]);
    expect(formatGitlab(passing, plainContext())).toBe('[]\n');
  });
});
