import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { sarifErrors, validateSarif } from '../support/sarif-schema.js';

describe('dossier-check check --format sarif', () => {
  it.each(['en', 'zh'])('writes a log of the example dossiers that passes the official schema (--lang %s)', (lang) => {
    const run = runCli(['check', 'fixtures/dossiers', '--format', 'sarif', '--as-of', '2016-12-31', '--lang', lang]);
    expect(run.stderr).toBe('');
    // Findings fail the run; the report is written all the same.
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as Log;
    expect(validateSarif(log), sarifErrors()).toBe(true);

    const json = JSON.parse(runCli(['check', 'fixtures/dossiers', '--format', 'json', '--as-of', '2016-12-31']).stdout) as {
      dossiers: { file: string; sha256: string; evidence: { path: string; sha256: string }[]; findings: { ruleId: string; line: number; column: number }[] }[];
      audit: { fingerprint: string };
    };
    const [sarifRun] = log.runs;
    const expected = json.dossiers.flatMap((dossier) => dossier.findings.map((f) => [f.ruleId, f.line, f.column]));
    const results = sarifRun!.results!.map((r) => [
      r.ruleId,
      r.locations![0]!.physicalLocation!.region!.startLine,
      r.locations![0]!.physicalLocation!.region!.startColumn,
    ]);
    expect(results).toEqual(expected);
    // Each dossier, then its evidence files nested in it (parentIndex), each with the SHA-256 the JSON report gives.
    const artifacts = sarifRun!.artifacts!.map((artifact) => [decodeURIComponent(artifact.location!.uri!), artifact.hashes?.['sha-256'], artifact.parentIndex]);
    let index = 0;
    const expectedArtifacts = json.dossiers.flatMap((dossier) => {
      const parent = index;
      index += 1 + dossier.evidence.length;
      const folder = dossier.file.slice(0, dossier.file.lastIndexOf('/'));
      return [[dossier.file, dossier.sha256, undefined], ...dossier.evidence.map((file) => [`${folder}/${file.path}`, file.sha256, parent])];
    });
    expect(artifacts).toEqual(expectedArtifacts);
    expect(artifacts.some(([, , parent]) => parent !== undefined)).toBe(true);
    expect(sarifRun!.properties!.audit).toMatchObject({ format: 'dossier-check-audit/1', fingerprint: json.audit.fingerprint });
  });

  it('writes a Code Quality array with --format gitlab', () => {
    const run = runCli(['check', 'fixtures/dossiers', '--format', 'gitlab', '--as-of', '2016-12-31']);
    expect(run.code).toBe(1);
    const issues = JSON.parse(run.stdout) as { location: { path: string } }[];
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.location.path).toMatch(/^fixtures\/dossiers\//);
  });
});
