import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workspace } from '../support/reviewer-folders.js';
import { ROOT, runCli } from '../support/run-cli.js';

const sha256 = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');
const SCAN = 'dossiers/scans/郝庄 可研批复.pdf';

interface JsonReport {
  reportVersion: number;
  dossiers: { file: string; sha256: string | null; evidence: { path: string; sha256: string }[] }[];
  audit: { fingerprint: string; catalogue: string; configuration: string | null; waivers: string | null; asOf: string; options: unknown; tool: unknown };
}

let remove: (() => void) | undefined;
afterEach(() => remove?.());

/** A copy of the example dossiers and their scans, checked into `report.json` from the copy's folder. */
function checkedCopy(files: Record<string, string> = {}) {
  const space = workspace(files);
  remove = space.remove;
  cpSync(join(ROOT, 'fixtures/dossiers'), space.path('dossiers'), { recursive: true });
  const check = runCli(['check', 'dossiers', '--format', 'json', '--as-of', '2016-12-31'], { cwd: space.root });
  expect(check.stderr).toBe('');
  writeFileSync(space.path('report.json'), check.stdout);
  const verify = (...args: string[]) => runCli(['verify-report', 'report.json', ...args], { cwd: space.root });
  return { ...space, report: JSON.parse(check.stdout) as JsonReport, verify };
}

/** The lines of a verification that are not OK. */
function differing(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^(CHANGED|MISSING|REFUSED|UNREADABLE)/.test(line));
}

describe('the audit fingerprint of a JSON report', () => {
  it('names each dossier and evidence file with its SHA-256, and what the run depended on', () => {
    const { report, path } = checkedCopy();
    expect(report.reportVersion).toBe(4);
    const mismatch = report.dossiers.find((dossier) => dossier.file === 'dossiers/fail-evidence-mismatch.yaml')!;
    expect(mismatch.sha256).toBe(sha256(readFileSync(path('dossiers/fail-evidence-mismatch.yaml'))));
    expect(mismatch.evidence).toEqual([{ path: 'scans/郝庄 可研批复.pdf', sha256: sha256(readFileSync(path(SCAN))) }]);
    expect(report.audit).toMatchObject({
      tool: { name: 'dossier-check' },
      catalogue: expect.stringMatching(/^[0-9a-f]{64}$/),
      configuration: null,
      waivers: null,
      asOf: '2016-12-31',
      options: { rules: null, packs: [] },
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('ends the text report with the fingerprint (then the parameters and the summary), and with --verbose gives every hash it covers', () => {
    const { root, report } = checkedCopy();
    const text = runCli(['check', 'dossiers', '--as-of', '2016-12-31'], { cwd: root }).stdout.trimEnd().split('\n');
    expect(text.at(-3)).toBe(`Audit fingerprint: ${report.audit.fingerprint}`);
    expect(text.at(-2)).toMatch(/^Parameters as of 2016-12-31: /);
    const verbose = runCli(['check', 'dossiers', '--as-of', '2016-12-31', '--verbose'], { cwd: root }).stdout;
    expect(verbose).toContain(`  evidence: ${report.dossiers[2]!.evidence[0]!.sha256}  scans/郝庄 可研批复.pdf`);
    expect(verbose).toContain(`  rule catalogue: ${report.audit.catalogue}`);
    expect(verbose).toContain('  configuration: none');
  });

  it('changes with the --rule selection, and records it', () => {
    const { root, report } = checkedCopy();
    const only = JSON.parse(
      runCli(['check', 'dossiers', '--format', 'json', '--as-of', '2016-12-31', '--rule', 'evidence-matches'], { cwd: root }).stdout,
    ) as JsonReport;
    expect(only.audit.options).toEqual({ rules: ['evidence-matches'], packs: [] });
    expect(only.audit.fingerprint).not.toBe(report.audit.fingerprint);
  });
});

describe('dossier-check verify-report', () => {
  it('finds every file as the report recorded it: OK for each, exit 0', () => {
    const { verify, report } = checkedCopy();
    const run = verify();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(differing(run.stdout)).toEqual([]);
    const files = report.dossiers.length + report.dossiers.reduce((n, dossier) => n + dossier.evidence.length, 0);
    expect(run.stdout).toContain(`Everything matches: ${files} files, the tool, the rule catalogue and the configuration.`);
  });

  it('fails after one byte of one evidence file changes, naming that file under each dossier that names it', () => {
    const { verify, path } = checkedCopy();
    appendFileSync(path(SCAN), 'x');
    const run = verify();
    expect(run.code).toBe(1);
    expect(differing(run.stdout)).toEqual([`CHANGED      ${SCAN}`, `CHANGED      ${SCAN}`]);
  });

  it('fails after the dossier changes, and when a file is gone', () => {
    const { verify, path } = checkedCopy();
    appendFileSync(path('dossiers/pass-both-modes.yaml'), '# an added comment\n');
    rmSync(path(SCAN));
    const run = verify('--lang', 'en');
    expect(run.code).toBe(1);
    // In the report's order: the scan is named by fail-evidence-mismatch, then pass-both-modes, then pass-monetized-plot-plan.
    expect(differing(run.stdout)).toEqual([`MISSING      ${SCAN}`, 'CHANGED    dossiers/pass-both-modes.yaml', `MISSING      ${SCAN}`]);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('3 differences from the report.');
  });

  it('resolves the report’s names against --base when run from elsewhere', () => {
    const { root, path } = checkedCopy();
    mkdirSync(path('elsewhere'));
    const run = runCli(['verify-report', '../report.json', '--base', '..'], { cwd: path('elsewhere') });
    expect(run.code).toBe(0);
    const wrongBase = runCli(['verify-report', 'report.json', '--base', 'dossiers'], { cwd: root });
    expect(wrongBase.code).toBe(1);
    expect(differing(wrongBase.stdout)[0]).toMatch(/^MISSING +dossiers\/fail-approval-after-application\.yaml$/);
  });

  it('does not trust the report: absolute paths and paths that climb out are refused per entry, unread', () => {
    const { verify, path, report } = checkedCopy({ 'secret.pdf': 'outside' });
    const hostile = structuredClone(report);
    hostile.dossiers[0]!.file = '../../../../../../etc/passwd';
    hostile.dossiers[1]!.file = '/etc/passwd';
    hostile.dossiers[2]!.evidence = [{ path: '../../secret.pdf', sha256: sha256('outside') }];
    writeFileSync(path('report.json'), JSON.stringify(hostile));
    const run = verify();
    expect(run.code).toBe(1);
    const lines = differing(run.stdout);
    const outside = '(outside its folder (a report is not trusted: only files inside are read))';
    expect(lines).toContain(`REFUSED    ../../../../../../etc/passwd  ${outside}`);
    expect(lines).toContain(`REFUSED    /etc/passwd  ${outside}`);
    expect(lines).toContain(`REFUSED      dossiers/../../secret.pdf  ${outside}`);
    // The report's own entries no longer give its fingerprint.
    expect(lines).toContain('CHANGED: the report’s fingerprint against its own entries do not match: the report was edited after it was written');
  });

  it('does not follow an evidence link out of the dossier folder, nor say anything of its target', () => {
    const { path, report } = checkedCopy({ 'outside.pdf': 'outside' });
    symlinkSync(path('outside.pdf'), path('dossiers/scans/link.pdf'));
    const forged = structuredClone(report);
    forged.dossiers[0]!.evidence = [{ path: 'scans/link.pdf', sha256: sha256('outside') }];
    writeFileSync(path('report.json'), JSON.stringify(forged));
    const run = runCli(['verify-report', 'report.json'], { cwd: path('.') });
    expect(run.code).toBe(1);
    expect(differing(run.stdout)).toContain('UNREADABLE   dossiers/scans/link.pdf  (a symbolic link leads outside the dossier folder)');
    expect(run.stdout).not.toMatch(/^OK +dossiers\/scans\/link\.pdf/m);
  });

  it('names a configuration that differs from the one the report was made with', () => {
    const config = 'rules:\n  adbc-lending-scope: off\n';
    const { verify, report } = checkedCopy({ 'dossier-check.config.yaml': config });
    expect(report.audit.configuration).toMatch(/^[0-9a-f]{64}$/);
    expect(verify().code).toBe(0);
    const without = verify('--no-config');
    expect(without.code).toBe(1);
    expect(differing(without.stdout)).toEqual([`CHANGED    configuration: report ${report.audit.configuration}; now none`]);
  });

  it('refuses a file that is not a report with an audit fingerprint, in one line, exit 2', () => {
    const space = workspace({
      'not-json.json': '{ "reportVersion": 4,',
      'v3.json': JSON.stringify({ reportVersion: 3, dossiers: [] }),
      'other.json': JSON.stringify({ audit: { format: 'dossier-check-audit/1' }, dossiers: [] }),
    });
    remove = space.remove;
    const cases: [string, RegExp][] = [
      ['not-json.json', /^dossier-check: not-json\.json is not a JSON report: .+\n$/],
      ['v3.json', /^dossier-check: v3\.json has no audit fingerprint: report version 3 \(from version 4, --format json reports carry one\)\n$/],
      ['other.json', /^dossier-check: other\.json is not a dossier-check JSON report with an audit fingerprint at audit\.fingerprint: .+\n$/],
      ['missing.json', /^dossier-check: cannot read the report missing\.json: .+\n$/],
    ];
    for (const [file, expected] of cases) {
      const run = runCli(['verify-report', file], { cwd: space.root });
      expect(run.code, file).toBe(2);
      expect(run.stderr).toMatch(expected);
      expect(run.stdout).toBe('');
    }
  });

  it('speaks Chinese with --lang zh', () => {
    const { verify, path } = checkedCopy();
    appendFileSync(path(SCAN), 'x');
    const run = verify('--lang', 'zh');
    expect(run.stdout).toContain(`已改变     ${SCAN}`);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('有 2 处与报告不符。');
  });
});
