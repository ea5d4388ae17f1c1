import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_DOSSIER } from '../support/dossier-text.js';
import { runInProcess } from '../support/in-process-cli.js';
import { ROOT } from '../support/run-cli.js';

interface JsonReport {
  dossiers: { file: string; verdict: string; findings: { severity: string; waiver?: unknown }[] }[];
  skipped: { file: string }[];
  summary: { dossiers: number; passed: number; failed: number; errors: number; warnings: number; skipped: number };
}

const WORK = mkdtempSync(join(tmpdir(), 'dossier-check-shard-'));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

async function report(args: string[], cwd = ROOT): Promise<JsonReport> {
  const run = await runInProcess(['check', ...args, '--as-of', '2016-12-31', '--format', 'json'], { cwd });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as JsonReport;
}

const files = (r: JsonReport) => r.dossiers.map((d) => d.file);

describe('--shard I/N', () => {
  it('the shards of fixtures/dossiers are disjoint, and together they are the full run', async () => {
    const full = await report(['fixtures/dossiers']);
    const shards = await Promise.all(['1/3', '2/3', '3/3'].map((shard) => report(['fixtures/dossiers', '--shard', shard])));
    const union = shards.flatMap((shard) => shard.dossiers).sort((a, b) => (a.file < b.file ? -1 : 1));
    // The same results, dossier for dossier (the full run lists them sorted by name, as each shard does).
    expect(union).toEqual(full.dossiers);
    expect(new Set(union.map((d) => d.file)).size).toBe(full.dossiers.length);
    expect(shards.flatMap((shard) => shard.skipped.map((s) => s.file)).sort()).toEqual(full.skipped.map((s) => s.file));
    for (const shard of shards) expect(files(shard)).toEqual([...files(shard)].sort());
    // Not all in one shard: the slices are real slices.
    expect(shards.filter((shard) => shard.dossiers.length > 0).length).toBeGreaterThan(1);
  });

  it('the summary of a shard counts its own slice', async () => {
    for (const shard of ['1/3', '2/3', '3/3']) {
      const r = await report(['fixtures/dossiers', '--shard', shard]);
      const findings = r.dossiers.flatMap((d) => d.findings);
      // A waived finding is counted as waived, whatever its severity.
      const open = findings.filter((f) => !f.waiver);
      expect(r.summary).toEqual({
        dossiers: r.dossiers.length,
        passed: r.dossiers.filter((d) => d.verdict === 'pass').length,
        failed: r.dossiers.filter((d) => d.verdict === 'fail').length,
        errors: open.filter((f) => f.severity === 'error').length,
        warnings: open.filter((f) => f.severity === 'warning').length,
        information: open.filter((f) => f.severity === 'information').length,
        waived: findings.length - open.length,
        skipped: r.skipped.length,
      });
    }
  });

  it('1/1 is the full run, byte for byte', async () => {
    const args = ['check', 'fixtures/dossiers', '--as-of', '2016-12-31'];
    expect((await runInProcess([...args, '--shard', '1/1'])).stdout).toBe((await runInProcess(args)).stdout);
  });

  it('a dossier stays in its shard when others are added', async () => {
    const folder = mkdtempSync(join(WORK, 'growing-'));
    for (let i = 0; i < 30; i++) writeFileSync(join(folder, `d${String(i).padStart(2, '0')}.yaml`), BASE_DOSSIER);
    const before = await Promise.all(['1/4', '2/4', '3/4', '4/4'].map((shard) => report(['.', '--shard', shard], folder)));
    for (let i = 30; i < 60; i++) writeFileSync(join(folder, `d${i}.yaml`), BASE_DOSSIER);
    const after = await Promise.all(['1/4', '2/4', '3/4', '4/4'].map((shard) => report(['.', '--shard', shard], folder)));
    for (const [i, shard] of before.entries()) {
      const kept = files(after[i]!).filter((file) => Number(/\d+/.exec(file)![0]) < 30);
      expect(kept).toEqual(files(shard));
    }
    expect(after.flatMap(files).sort()).toEqual(readdirSync(folder).sort());
  });

  it('a shard that holds no dossier of a run that has some is an empty report, not an error', async () => {
    const folder = mkdtempSync(join(WORK, 'one-'));
    cpSync(join(ROOT, 'fixtures/dossiers/pass-built-housing.yaml'), join(folder, 'only.yaml'));
    const runs = await Promise.all(
      ['1/2', '2/2'].map((shard) => runInProcess(['check', '.', '--shard', shard, '--as-of', '2016-12-31', '--format', 'json'], { cwd: folder })),
    );
    expect(runs.map((run) => run.code)).toEqual([0, 0]);
    expect(runs.map((run) => (JSON.parse(run.stdout) as JsonReport).summary.dossiers).sort()).toEqual([0, 1]);
  });

  it('a run whose paths hold no dossier file is still an error with --shard', async () => {
    const run = await runInProcess(['check', 'fixtures/dossiers/scans', '--shard', '1/2']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^dossier-check: no dossier found in fixtures\/dossiers\/scans/);
  });

  it.each(['0/3', '4/3', 'x/y', '1/0', '1', '1/3/2', '-1/3', ''])('rejects --shard "%s"', async (value) => {
    const run = await runInProcess(['check', 'fixtures/dossiers', '--shard', value]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(`dossier-check: --shard expects I/N with 1 <= I <= N, such as 1/3; got "${value}"`);
  });
});
