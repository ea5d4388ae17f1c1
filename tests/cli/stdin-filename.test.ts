import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../support/in-process-cli.js';
import { ROOT } from '../support/run-cli.js';

interface JsonReport {
  dossiers: { file: string; findings: { ruleId: string; file: string }[] }[];
}

const AS_OF = ['--as-of', '2016-12-31'];
const bytes = (file: string) => readFileSync(join(ROOT, file));
const json = async (args: string[], stdin: Uint8Array) => {
  const run = await runInProcess(['check', ...args, ...AS_OF, '--format', 'json'], { stdin });
  return JSON.parse(run.stdout) as JsonReport;
};

describe('a dossier on standard input', () => {
  it('is named by --stdin-filename in every finding, as a path relative to the working folder', async () => {
    const file = 'fixtures/dossiers/fail-infrastructure-missing-eia.yaml';
    const run = await runInProcess(['check', '-', '--stdin-filename', `./${file}`, ...AS_OF], { stdin: bytes(file) });
    expect(run.stdout).toContain(`${file}:69:5  error  four-approvals`);
    expect(run.stdout).not.toContain('<stdin>');
  });

  it('is <stdin> without it', async () => {
    const report = await json(['-'], bytes('fixtures/dossiers/pass-built-housing.yaml'));
    expect(report.dossiers.map((d) => d.file)).toEqual(['<stdin>']);
  });

  it('has its evidence files found beside the name given, so it is judged as the file itself is', async () => {
    for (const file of ['fixtures/dossiers/fail-evidence-mismatch.yaml', 'fixtures/dossiers/pass-monetized-plot-plan.yaml']) {
      const fromStdin = await json(['-', '--stdin-filename', file], bytes(file));
      const fromFile = await json([file], new Uint8Array());
      expect(fromStdin.dossiers).toEqual(fromFile.dossiers);
    }
    // Without a name there is no folder to look in: the scan whose hash differs is not even compared.
    const mismatch = bytes('fixtures/dossiers/fail-evidence-mismatch.yaml');
    const rules = async (args: string[]) => (await json(args, mismatch)).dossiers[0]!.findings.map((f) => f.ruleId);
    expect(await rules(['-', '--stdin-filename', 'fixtures/dossiers/fail-evidence-mismatch.yaml'])).toContain('evidence-matches');
    expect(await rules(['-'])).not.toContain('evidence-matches');
  });

  it('takes its place among the files by its name', async () => {
    const report = await json(
      ['fixtures/dossiers/pass-both-modes.yaml', '-', 'fixtures/dossiers/fail-malformed.yaml', '--stdin-filename', 'fixtures/dossiers/m.yaml'],
      bytes('fixtures/dossiers/pass-built-housing.yaml'),
    );
    expect(report.dossiers.map((d) => d.file)).toEqual([
      'fixtures/dossiers/fail-malformed.yaml',
      'fixtures/dossiers/m.yaml',
      'fixtures/dossiers/pass-both-modes.yaml',
    ]);
  });

  it('gives byte-identical reports for identical input and options', async () => {
    for (const format of ['text', 'json']) {
      const args = ['check', 'fixtures/dossiers', '-', '--stdin-filename', 'fixtures/dossiers/from-stdin.yaml', ...AS_OF, '--format', format];
      const stdin = bytes('fixtures/dossiers/fail-evidence-mismatch.yaml');
      const first = await runInProcess(args, { stdin });
      const second = await runInProcess(args, { stdin });
      expect(first.stdout.length).toBeGreaterThan(0);
      expect(second.stdout).toBe(first.stdout);
    }
  });

  it('--stdin-filename without "-" is a usage error', async () => {
    const run = await runInProcess(['check', 'fixtures/dossiers', '--stdin-filename', 'x.yaml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe('dossier-check: --stdin-filename names the dossier read from "-", but "-" is not among the paths');
  });
});
