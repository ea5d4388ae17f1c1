import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/report/format-names.js';
import { BASE_DOSSIER, replaceOnce } from '../support/dossier-text.js';
import { ROOT, runCli } from '../support/run-cli.js';

const AS_OF = ['--as-of', '2016-12-31'];
const DOSSIERS = 'fixtures/dossiers';

interface JsonFinding {
  ruleId: string;
  messageId: string;
  severity: string;
  message: string;
  messages: { zh: string; en: string };
  clause?: { id: string; reference: string; citation: string };
  basis?: { document: string; article: string; effective: string; status: string; citation: string };
  file: string;
  line: number;
  column: number;
  path: string;
}
interface JsonReport {
  tool: { name: string; version: string };
  asOf: string;
  parameters: { name: string; value: unknown; unit?: string; from: string; source: string; status: string }[];
  summary: Record<string, number>;
  dossiers: { file: string; verdict: string; evaluated: boolean; checklist: { key: string; status: string }[]; findings: JsonFinding[] }[];
  skipped: { file: string; reason: string }[];
}

function jsonReport(args: string[] = [DOSSIERS]): JsonReport {
  const run = runCli(['check', ...args, ...AS_OF, '--format', 'json']);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as JsonReport;
}

describe('check on the example dossiers', () => {
  it('judges every fixture with the expected findings, each at its line and column with its clause', () => {
    const report = jsonReport();
    const byFile = Object.fromEntries(
      report.dossiers.map((d) => [
        d.file.replace(`${DOSSIERS}/`, ''),
        { verdict: d.verdict, findings: d.findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`) },
      ]),
    );
    expect(byFile).toEqual({
      'fail-approval-after-application.yaml': { verdict: 'fail', findings: ['documents-dated-before-loan@148:13'] },
      'fail-built-housing-missing-land-pre-review.yaml': { verdict: 'fail', findings: ['four-approvals@64:5'] },
      // The scan is a stand-in too small to parse as a PDF: not verifiable from the file, which is information only.
      'fail-evidence-mismatch.yaml': { verdict: 'fail', findings: ['evidence-text@149:13', 'evidence-matches@150:15'] },
      'fail-former-platform-guarantee.yaml': {
        verdict: 'fail',
        findings: [
          'no-guarantee-for-former-platform@37:13',
          'former-platform-restructured@98:119',
          'former-platform-restructured@98:119',
          'former-platform-restructured@98:119',
        ],
      },
      'fail-infrastructure-missing-eia.yaml': { verdict: 'fail', findings: ['four-approvals@69:5'] },
      'fail-malformed.yaml': { verdict: 'fail', findings: ['yaml-syntax@7:1'] },
      'fail-monetized-missing-announcement.yaml': { verdict: 'fail', findings: ['compensation-documents@50:1'] },
      'fail-purchase-scope-commercial-housing.yaml': { verdict: 'fail', findings: ['purchase-scope@44:64'] },
      'pass-approvals-before-first-disbursement.yaml': { verdict: 'pass', findings: [] },
      'pass-both-modes.yaml': { verdict: 'pass', findings: [] },
      // A bridge loan is not lent against the four approvals: the missing ones are warnings, the dossier passes.
      'pass-bridge-loan.yaml': { verdict: 'pass', findings: Array.from({ length: 4 }, () => 'four-approvals@61:5') },
      'pass-built-housing.yaml': { verdict: 'pass', findings: [] },
      // Numbered with the previous year and signed in January, in 【】 brackets: the usual case, not a finding.
      'pass-january-document-number.yaml': { verdict: 'pass', findings: [] },
      'pass-land-pre-review-not-required.yaml': { verdict: 'pass', findings: [] },
      'pass-monetized-plot-plan.yaml': { verdict: 'pass', findings: ['evidence-text@149:13'] },
      'pass-monetized-purchase-plan.yaml': { verdict: 'pass', findings: [] },
      'pass-rural-dilapidated-housing.yaml': { verdict: 'pass', findings: [] },
      'pass-urban-village-adbc.yaml': { verdict: 'pass', findings: [] },
      // Outside the scope the notice encourages ADBC to lend for; the rule's severity follows the notice's modal word.
      'warn-adbc-outside-scope.yaml': { verdict: 'pass', findings: ['adbc-lending-scope@184:11'] },
    });
    expect(report.skipped).toEqual([{ file: `${DOSSIERS}/not-a-dossier.yaml`, reason: 'The file has no top-level dossierFormat key, so it is not a dossier' }]);
  });

  it('puts each finding at text that the fixture really has there', () => {
    const report = jsonReport();
    const expectedText: Record<string, string> = {
      'documents-dated-before-loan': '2016-06-14',
      // At the approvals, or at the component when it has none.
      'four-approvals': '(approvals:|id: housing)',
      'adbc-lending-scope': 'agricultural-development-bank',
      'compensation-documents': 'resettlement:',
      'yaml-syntax': 'city:',
      'no-guarantee-for-former-platform': 'backstop-letter',
      'former-platform-restructured': '2016-05-03',
      'purchase-scope': 'commercial-housing',
      'evidence-matches': '1097581243a7d45b682603acfadd57c8c51bc3f240bf7681849f1331798d0000',
      'evidence-text': 'scans/郝庄 可研批复.pdf',
    };
    for (const dossier of report.dossiers) {
      const lines = readFileSync(join(ROOT, dossier.file), 'utf8').split('\n');
      for (const finding of dossier.findings) {
        const line = lines[finding.line - 1] ?? '';
        expect(line.slice(finding.column - 1).trimStart()).toMatch(new RegExp(`^${expectedText[finding.ruleId]}`));
        // The tool's own input checks cite no clause of the notice; every other finding cites its clause.
        if (finding.ruleId === 'yaml-syntax') expect(finding.clause).toBeUndefined();
        else expect(finding.clause!.citation).toBe(`${finding.clause!.id} · 晋政办发〔2015〕122号 ${finding.clause!.reference}`);
        expect(finding.messages.zh).not.toBe('');
        expect(finding.messages.en).not.toBe('');
      }
    }
  });

  it('cites the national basis after the clause in the text report, and the input check instead of a clause', () => {
    const late = replaceOnce(BASE_DOSSIER, 'constructionStart: 2016-05-01', 'constructionStart: 2021-03-03');
    const run = runCli(['check', '-', '--as-of', '2021-06-30', '--rule', 'eia-re-review', '--lang', 'zh'], { input: late });
    expect(run.stdout).toContain('依《环境影响评价法》第二十四条应当报原审批部门重新审核');
    expect(run.stdout).toContain('[N-4.4 · 晋政办发〔2015〕122号 四(四); 《环境影响评价法》 第二十四条（2003-09-01 起施行；已核实）]');
    const malformed = runCli(['check', 'fixtures/dossiers/fail-malformed.yaml', '--lang', 'en']);
    expect(malformed.stdout).toMatch(/yaml-syntax .*\[dossier-check input check\]/);
  });

  it('prints a verdict, the checklist and the findings as text, exit code 1', () => {
    const run = runCli(['check', DOSSIERS, ...AS_OF]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('fixtures/dossiers/pass-built-housing.yaml  PASS  DT-PC-2016-011 大同市平城区御河西棚户区改造项目');
    expect(run.stdout).toContain('    ✗ 御河西安置小区（1—12号楼）: land pre-review opinion');
    expect(run.stdout).toContain('    – 御河西安置小区（1—12号楼）: land pre-review opinion  (not required: 自然资规〔2019〕2号 一：');
    expect(run.stdout).toContain(
      '  fixtures/dossiers/fail-built-housing-missing-land-pre-review.yaml:64:5  error  four-approvals  Missing 御河西安置小区（1—12号楼）: land pre-review opinion  [N-4.4 · 晋政办发〔2015〕122号 四(四)]',
    );
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      '19 dossiers checked as of 2016-12-31: 11 passed, 8 failed; 11 errors, 5 warnings, 2 notes; 1 file skipped.',
    );
    expect(run.stdout).not.toContain('not-a-dossier.yaml');
  });

  it('names skipped files with --verbose', () => {
    expect(runCli(['check', DOSSIERS, ...AS_OF, '--verbose']).stdout).toContain(
      'fixtures/dossiers/not-a-dossier.yaml  skipped: The file has no top-level dossierFormat key, so it is not a dossier',
    );
  });

  it('exits 0 when every dossier passes', () => {
    const run = runCli(['check', `${DOSSIERS}/pass-built-housing.yaml`, `${DOSSIERS}/pass-both-modes.yaml`, ...AS_OF]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 dossiers checked as of 2016-12-31: 2 passed, 0 failed');
  });

  it('shows only failing dossiers and their errors with --quiet, while the summary counts all', () => {
    const run = runCli(['check', DOSSIERS, ...AS_OF, '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('PASS');
    expect(run.stdout).toContain('fail-malformed.yaml  FAIL');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      '19 dossiers checked as of 2016-12-31: 11 passed, 8 failed; 11 errors, 5 warnings, 2 notes; 1 file skipped.',
    );
  });

  it('lets --fail-on none report failures without failing the run', () => {
    const run = runCli(['check', DOSSIERS, ...AS_OF, '--fail-on', 'none']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('FAIL');
  });

  it('speaks Chinese with --lang zh and by default under a Chinese locale', () => {
    const explicit = runCli(['check', `${DOSSIERS}/fail-monetized-missing-announcement.yaml`, ...AS_OF, '--lang', 'zh']);
    const fromLocale = runCli(['check', `${DOSSIERS}/fail-monetized-missing-announcement.yaml`, ...AS_OF], { env: { LANG: 'zh_CN.UTF-8' } });
    // The rule id stays what the reader types into explain; its Chinese title stands beside it.
    expect(explicit.stdout).toContain('错误  compensation-documents（安置方式对应的补偿文件齐全）  缺少拆迁补偿公告');
    expect(explicit.stdout).toContain('共检查 1 份资料（基准日 2016-12-31）：0 份通过，1 份不通过');
    expect(fromLocale.stdout).toBe(explicit.stdout);
  });

  it('colours only when asked or on a terminal, and never under NO_COLOR', () => {
    const args = ['check', `${DOSSIERS}/fail-malformed.yaml`, ...AS_OF];
    expect(runCli(args).stdout).not.toContain('\u001b[');
    expect(runCli([...args, '--color']).stdout).toContain('\u001b[');
    expect(runCli(args, { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(runCli(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(runCli([...args, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('reads a dossier from standard input with "-"', () => {
    const input = readFileSync(join(ROOT, DOSSIERS, 'fail-infrastructure-missing-eia.yaml'));
    const run = runCli(['check', '-', ...AS_OF], { input });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('<stdin>:69:5  error  four-approvals');
  });

  it('gives byte-identical output for identical input', () => {
    const first = runCli(['check', DOSSIERS, ...AS_OF, '--format', 'json']);
    const second = runCli(['check', DOSSIERS, ...AS_OF, '--format', 'json']);
    expect(second.stdout).toBe(first.stdout);
  });

  it('never modifies a dossier', () => {
    const hashes = () =>
      readdirSync(join(ROOT, DOSSIERS), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) =>
          createHash('sha256')
            .update(readFileSync(join(entry.parentPath, entry.name)))
            .digest('hex'),
        )
        .sort();
    const before = hashes();
    runCli(['check', DOSSIERS, ...AS_OF]);
    expect(hashes()).toEqual(before);
  });

  it('states the parameters in force on the as-of date, which change with it, in one line', () => {
    const line = (asOf: string) =>
      runCli(['check', `${DOSSIERS}/pass-built-housing.yaml`, '--as-of', asOf])
        .stdout.split('\n')
        .filter((text) => text.startsWith('Parameters'));
    expect(line('2016-02-01')).toEqual([expect.stringMatching(/^Parameters as of 2016-02-01: down payment 25%, capital 20%, .* \(--verbose shows sources\)$/)]);
    expect(line('2023-08-31')).toEqual([expect.stringMatching(/^Parameters as of 2023-08-31: down payment 20%, .*land pre-review valid 3 years \(reported\)/)]);
  });

  it('states the parameters with their sources with --verbose', () => {
    const before = runCli(['check', `${DOSSIERS}/pass-built-housing.yaml`, '--as-of', '2016-02-01', '--verbose']).stdout;
    const after = runCli(['check', `${DOSSIERS}/pass-built-housing.yaml`, '--as-of', '2023-08-31', '--verbose']).stdout;
    expect(before).toContain('Parameters in force on 2016-02-01:\n  first-home commercial mortgage minimum down payment: 25%  (晋政办发〔2015〕122号 三(四))');
    expect(after).toContain(
      'Parameters in force on 2023-08-31:\n  first-home commercial mortgage minimum down payment: 20%  (中国人民银行 国家金融监督管理总局关于调整优化差别化住房信贷政策的通知',
    );
    // A value only secondary sources give is marked as such.
    expect(after).toMatch(/land pre-review validity when the document states none: 3 years  \(.*部令第68号.*; reported, not read in the source text\)/);
  });

  it('runs only the rules named with --rule', () => {
    const run = runCli(['check', '--rule', 'purchase-scope', DOSSIERS, '--rule', 'evidence-matches', ...AS_OF, '--format', 'json']);
    const report = JSON.parse(run.stdout) as JsonReport;
    const ruleIds = new Set(report.dossiers.flatMap((d) => d.findings.map((f) => f.ruleId)));
    // Findings about unreadable files are always reported.
    expect([...ruleIds].sort()).toEqual(['evidence-matches', 'purchase-scope', 'yaml-syntax']);
  });

  it('rejects an unknown rule id and suggests the nearest', () => {
    const run = runCli(['check', DOSSIERS, '--rule', 'purchase-scop']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('dossier-check: unknown rule "purchase-scop"; did you mean "purchase-scope"?');
  });

  it('judges dates as of --as-of: an approval dated after the as-of day fails', () => {
    const run = runCli(['check', `${DOSSIERS}/pass-built-housing.yaml`, '--as-of', '2016-04-04', '--format', 'json']);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.asOf).toBe('2016-04-04');
    expect(report.dossiers[0]!.findings.map((f) => `${f.messageId}@${f.line}`)).toEqual([
      'afterAsOfNoDisbursement@148',
      'afterAsOfNoDisbursement@167',
      'afterAsOfNoDisbursement@173',
    ]);
    expect(run.code).toBe(1);
  });
});

describe('the JSON contract', () => {
  it('has the tool, the as-of date, a summary and per dossier its file, verdict, checklist and findings', () => {
    const report = jsonReport();
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(report.tool).toEqual({ name: 'dossier-check', version: manifest.version });
    expect(report.asOf).toBe('2016-12-31');
    expect(report.parameters).toContainEqual(
      expect.objectContaining({ name: 'firstHomeDownPaymentMinPercent', value: 25, unit: '%', from: '2016-02-02', status: 'verified' }),
    );
    expect(report.parameters).toContainEqual(expect.objectContaining({ name: 'landPreReviewValidityYears', value: 2, from: '2009-01-01', status: 'reported' }));
    expect(report.summary).toEqual({ dossiers: 19, passed: 11, failed: 8, errors: 11, warnings: 5, information: 2, waived: 0, skipped: 1 });
    const missingLand = report.dossiers.find((d) => d.file.endsWith('fail-built-housing-missing-land-pre-review.yaml'))!;
    expect(missingLand.checklist.filter((item) => item.status === 'fail').map((item) => item.key)).toEqual(['approval:housing:landPreReview']);
    expect(missingLand.findings[0]).toEqual({
      ruleId: 'four-approvals',
      messageId: 'missing',
      severity: 'error',
      message: 'Missing 御河西安置小区（1—12号楼）: land pre-review opinion',
      messages: { zh: '缺少御河西安置小区（1—12号楼）：土地预审意见', en: 'Missing 御河西安置小区（1—12号楼）: land pre-review opinion' },
      clause: { id: 'N-4.4', reference: '四(四)', citation: 'N-4.4 · 晋政办发〔2015〕122号 四(四)' },
      file: 'fixtures/dossiers/fail-built-housing-missing-land-pre-review.yaml',
      line: 64,
      column: 5,
      endLine: 64,
      endColumn: 14,
      path: 'components[1].approvals',
    });
  });
});

describe('usage errors exit 2 with one clear line', () => {
  it('rejects an impossible --as-of date', () => {
    const run = runCli(['check', DOSSIERS, '--as-of', '2016-02-30']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'dossier-check: --as-of expects a real date as YYYY-MM-DD, got "2016-02-30"\nUsage: dossier-check check [options] [paths...]\n(add --help for all options)\n',
    );
  });

  it('rejects an unknown option and suggests the nearest', () => {
    const run = runCli(['check', DOSSIERS, '--as-off', '2016-01-01']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "dossier-check: unknown option '--as-off' (did you mean --as-of?)\nUsage: dossier-check check [options] [paths...]\n(add --help for all options)\n",
    );
  });

  it('rejects a path that does not exist', () => {
    const run = runCli(['check', 'no/such/folder']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('dossier-check: no such file or folder: no/such/folder');
  });

  it('rejects conflicting options', () => {
    const run = runCli(['check', DOSSIERS, '--verbose', '--quiet']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      "dossier-check: option '--verbose' cannot be used with option '--quiet'\nUsage: dossier-check check [options] [paths...]\n(add --help for all options)\n",
    );
  });

  it('rejects an unknown command and suggests the nearest', () => {
    const run = runCli(['chek', DOSSIERS]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe("dossier-check: unknown command 'chek' (did you mean check?)");
  });

  it('rejects an unknown format', () => {
    const run = runCli(['check', DOSSIERS, '--format', 'xml']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(/^dossier-check: unknown format "xml"(; did you mean "\w+"\?)? \(formats: [\w, ]+\)$/);
    expect(run.stderr).toContain(FORMAT_NAMES.join(', '));
  });
});
