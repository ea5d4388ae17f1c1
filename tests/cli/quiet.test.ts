import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../src/notice/parameters.js';
import { PARAMETER_SHORT_LABELS } from '../../src/report/parameters-line.js';
import { runInProcess } from '../support/in-process-cli.js';

interface JsonReport {
  dossiers: {
    file: string;
    verdict: string;
    checklist: { label: string; status: string }[];
    findings: { severity: string; ruleId: string; line: number; column: number }[];
  }[];
}

const AS_OF = ['--as-of', '2016-12-31'];
const DOSSIERS = 'fixtures/dossiers';

const text = async (args: string[]) => (await runInProcess(['check', DOSSIERS, ...AS_OF, '--lang', 'en', ...args])).stdout;

/** The text report cut into its dossier blocks (each starts with the file name), then what follows them. */
function blocks(report: string): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const block of report.split('\n\n')) {
    const [head, ...rest] = block.split('\n');
    const file = /^(\S+\.ya?ml) {2}(PASS|FAIL)/.exec(head ?? '')?.[1];
    if (file) byFile.set(file, rest);
  }
  return byFile;
}

describe('--quiet', async () => {
  const json = JSON.parse((await runInProcess(['check', DOSSIERS, ...AS_OF, '--format', 'json'])).stdout) as JsonReport;
  const quiet = await text(['--quiet']);

  it('shows the failing dossiers, and only them', () => {
    const failing = json.dossiers.filter((d) => d.verdict === 'fail').map((d) => d.file);
    expect([...blocks(quiet).keys()]).toEqual(failing);
    expect(quiet).not.toContain('PASS');
  });

  it('shows of each its failed loan conditions and its errors: no ✓, no "not required", no warning', () => {
    const shown = blocks(quiet);
    for (const dossier of json.dossiers.filter((d) => d.verdict === 'fail')) {
      const lines = shown.get(dossier.file)!;
      expect(lines.filter((line) => line.startsWith('    ✗ ')).map((line) => line.slice(6))).toEqual(
        dossier.checklist.filter((item) => item.status === 'fail').map((item) => item.label),
      );
      const findingLines = lines.filter((line) => line.startsWith(`  ${dossier.file}:`));
      expect(findingLines).toEqual(
        dossier.findings
          .filter((f) => f.severity === 'error')
          .map((f) => expect.stringMatching(`^  ${dossier.file}:${f.line}:${f.column}  error  ${f.ruleId}  `)),
      );
    }
    expect(quiet).not.toMatch(/✓|–|warning {2}|no loan conditions apply/);
  });

  it('ends with the summary line, which counts everything, warnings too; no parameters', () => {
    const lines = quiet.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('19 dossiers checked as of 2016-12-31: 11 passed, 8 failed; 11 errors, 5 warnings, 2 notes; 1 file skipped.');
    expect(quiet).not.toContain('Parameters');
  });

  it('is quiet in Chinese too', async () => {
    const zh = (await runInProcess(['check', DOSSIERS, ...AS_OF, '--lang', 'zh', '--quiet'])).stdout;
    expect(zh).not.toMatch(/\.yaml {2}通过|✓|警告 {2}|参数/);
    expect(zh).toMatch(/\.yaml {2}不通过/);
    expect(zh.trimEnd().split('\n').at(-1)).toMatch(/^共检查 19 份资料（基准日 2016-12-31）：11 份通过，8 份不通过；11 个错误，5 个警告/);
  });

  it('still conflicts with --verbose', async () => {
    const run = await runInProcess(['check', DOSSIERS, '--quiet', '--verbose']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^dossier-check: option '--verbose' cannot be used with option '--quiet'/);
  });
});

describe('the parameters block', () => {
  it('is one line by default, just before the summary', async () => {
    const lines = (await text([])).trimEnd().split('\n');
    expect(lines.filter((line) => line.includes('Parameters'))).toHaveLength(1);
    expect(lines.at(-2)).toBe(
      'Parameters as of 2016-12-31: down payment 25%, capital 20%, programmes 2015-2017, EIA filing from 2016-09-01, EIA re-review after 5 years, land pre-review valid 2 years (reported), high seismic intensity from 8 (--verbose shows sources)',
    );
  });

  it('is one line in Chinese', async () => {
    const lines = (await runInProcess(['check', DOSSIERS, ...AS_OF, '--lang', 'zh'])).stdout.trimEnd().split('\n');
    expect(lines.at(-2)).toMatch(/^基准日 2016-12-31 的参数：首付 25%，资本金 20%，.*土地预审有效期 2年（二手来源）.*（--verbose 显示来源）$/);
  });

  it('is whole, with each source, with --verbose', async () => {
    const verbose = await text(['--verbose']);
    expect(verbose).toContain('Parameters in force on 2016-12-31:\n  first-home commercial mortgage minimum down payment: 25%  (银发〔2016〕26号');
    expect(verbose).not.toContain('--verbose shows sources');
  });

  it('names every parameter by a short label', () => {
    expect(Object.keys(PARAMETER_SHORT_LABELS).sort()).toEqual(Object.keys(PARAMETERS).sort());
  });
});
