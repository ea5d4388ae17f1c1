import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_FILE_NAME, type CacheContext, cacheContext, cacheFilePath, type FileOutcome, ResultCache } from '../../src/cli/result-cache.js';
import type { EvidenceReader } from '../../src/engine/check.js';
import type { EvidenceFile } from '../../src/rules/define-rule.js';
import { ALL_RULES } from '../../src/rules/registry.js';

let folder: string;
let dossier: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'result-cache-'));
  dossier = join(folder, 'a.yaml');
  writeFileSync(dossier, 'x');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const CONTEXT = cacheContext({ asOf: '2016-12-31', maxFileSize: 1024 });
const outcome = (file: string, project = 'P'): FileOutcome => ({
  kind: 'dossier',
  result: { file, verdict: 'pass', project: { id: project, name: project }, evaluated: true, checklist: [], findings: [] },
});
const noEvidence: EvidenceReader = () => ({ ok: false, reason: { zh: '无', en: 'none' } });
const evidenceOf =
  (files: Record<string, EvidenceFile>): EvidenceReader =>
  (path) =>
    files[path] ?? { ok: false, reason: { zh: '文件不存在', en: 'missing' } };

/**
 * One run: opens the cache, checks `a.yaml` through it (counting the checks actually made) and saves it. The check
 * asks for the evidence paths listed in `asks`.
 */
async function runOnce(
  options: { context?: CacheContext; bytes?: string; name?: string; explicit?: boolean; evidence?: EvidenceReader; asks?: string[]; file?: string } = {},
) {
  const warnings: string[] = [];
  const cache = new ResultCache(options.file ?? join(folder, CACHE_FILE_NAME), options.context ?? CONTEXT, (line) => warnings.push(line));
  let checks = 0;
  const result = await cache.check(
    { path: dossier, name: options.name ?? 'a.yaml', explicit: options.explicit ?? false, bytes: Buffer.from(options.bytes ?? 'dossier: 1') },
    options.evidence ?? noEvidence,
    (evidence) => {
      checks += 1;
      for (const path of options.asks ?? []) evidence(path);
      return outcome(options.name ?? 'a.yaml', `check ${checks}`);
    },
  );
  cache.save();
  return { checks, result, warnings };
}

describe('the result cache', () => {
  it('checks a file once, then serves its outcome unchanged, through a new instance reading the file', async () => {
    const cold = await runOnce();
    const warm = await runOnce();
    expect([cold.checks, warm.checks]).toEqual([1, 0]);
    expect(warm.result).toEqual(cold.result);
    expect([...cold.warnings, ...warm.warnings]).toEqual([]);
  });

  it.each<[string, Parameters<typeof runOnce>[0]]>([
    ['the dossier’s bytes', { bytes: 'dossier: 2' }],
    ['the name the report shows', { name: 'other/a.yaml' }],
    ['being named on the command line', { explicit: true }],
    ['the as-of date', { context: cacheContext({ asOf: '2017-01-01', maxFileSize: 1024 }) }],
    ['the rule selection', { context: cacheContext({ asOf: '2016-12-31', maxFileSize: 1024, only: new Set(['four-approvals']) }) }],
    ['the maximum file size', { context: cacheContext({ asOf: '2016-12-31', maxFileSize: 2048 }) }],
    ['the tool version', { context: cacheContext({ asOf: '2016-12-31', maxFileSize: 1024, tool: { name: 'dossier-check', version: '99.0.0' } }) }],
    ['the rules (embedded ones)', { context: cacheContext({ asOf: '2016-12-31', maxFileSize: 1024, rules: ALL_RULES.slice(1) }) }],
    ['the rule catalogue', { context: { ...CONTEXT, catalogue: 'another' } }],
    ['the parameters', { context: { ...CONTEXT, parameters: { changed: true } } }],
  ])('misses when %s changes', async (_, change) => {
    await runOnce();
    expect((await runOnce(change)).checks).toBe(1);
    // The entry now holds the new key, which hits in turn.
    expect((await runOnce(change)).checks).toBe(0);
  });

  it('hashes the evidence files again: a changed, removed or added one is a miss, an unchanged one a hit', async () => {
    const scan: EvidenceFile = { ok: true, sha256: 'a'.repeat(64), content: 'pdf' };
    const asks = ['scans/1.pdf', 'scans/2.pdf'];
    await runOnce({ evidence: evidenceOf({ 'scans/1.pdf': scan }), asks });
    expect((await runOnce({ evidence: evidenceOf({ 'scans/1.pdf': scan }), asks })).checks).toBe(0);
    expect((await runOnce({ evidence: evidenceOf({ 'scans/1.pdf': { ok: true, sha256: 'b'.repeat(64), content: 'pdf' } }), asks })).checks).toBe(1);
    expect((await runOnce({ evidence: evidenceOf({}), asks })).checks).toBe(1);
    expect((await runOnce({ evidence: evidenceOf({ 'scans/1.pdf': scan, 'scans/2.pdf': scan }), asks })).checks).toBe(1);
    // A file the check never asked for does not matter.
    expect((await runOnce({ evidence: evidenceOf({ 'scans/1.pdf': scan, 'scans/2.pdf': scan, 'scans/3.pdf': scan }), asks })).checks).toBe(0);
  });

  it('does not keep the outcome of a check that failed inside, so the next run tries again', async () => {
    const file = join(folder, CACHE_FILE_NAME);
    let checks = 0;
    for (let run = 0; run < 2; run++) {
      const cache = new ResultCache(file, CONTEXT, () => {});
      await cache.check({ path: dossier, name: 'a.yaml', explicit: false, bytes: Buffer.from('x') }, noEvidence, () => {
        checks += 1;
        const failed = outcome('a.yaml');
        if (failed.kind === 'dossier') failed.result.debug = ['rule-x: Error: boom'];
        return failed;
      });
      cache.save();
    }
    expect(checks).toBe(2);
  });

  it.each([
    ['not JSON', '{"format": "dossier-check-cache/1", "entr'],
    ['of another format', '{"format": "dossier-check-cache/0", "entries": []}'],
    ['with a malformed entry', '{"format": "dossier-check-cache/1", "entries": [["a.yaml", {"key": 1}]]}'],
    ['an array', '[]'],
  ])('ignores a cache file that is %s, with one warning, and rebuilds it', async (_, text) => {
    const file = join(folder, CACHE_FILE_NAME);
    writeFileSync(file, text);
    const rebuilt = await runOnce();
    expect(rebuilt.checks).toBe(1);
    expect(rebuilt.warnings).toHaveLength(1);
    expect(rebuilt.warnings[0]!.startsWith(`dossier-check: ignoring the cache file ${file} (`)).toBe(true);
    expect(rebuilt.warnings[0]).toMatch(/\); it is rebuilt$/);
    expect(await runOnce()).toMatchObject({ checks: 0, warnings: [] });
  });

  it('escapes the cache file’s name in a warning', async () => {
    const file = join(folder, 'cache\u001b[31m\n');
    writeFileSync(file, 'garbage');
    const { warnings } = await runOnce({ file });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toMatch(/[\u001b\n]/);
  });

  it('writes by renaming a complete temporary file, leaving no temporary file behind', async () => {
    await runOnce();
    expect(readdirSync(folder).sort()).toEqual([CACHE_FILE_NAME, 'a.yaml']);
    expect(JSON.parse(readFileSync(join(folder, CACHE_FILE_NAME), 'utf8'))).toMatchObject({ format: 'dossier-check-cache/2' });
  });

  it('warns once when the cache cannot be written, and the run’s outcome stands', async () => {
    // A regular file where a folder should be: refused even to root.
    const { checks, result, warnings } = await runOnce({ file: join(dossier, CACHE_FILE_NAME) });
    expect([checks, result.kind, warnings.length]).toEqual([1, 'dossier', 1]);
    expect(warnings[0]).toMatch(/^dossier-check: could not write the cache file .*\((ENOTDIR|EEXIST)\)$/);
  });

  it('keeps the entries of files a run did not look at while they exist, and drops them once they are gone', async () => {
    await runOnce();
    const other = new ResultCache(join(folder, CACHE_FILE_NAME), CONTEXT, () => {});
    other.save();
    expect((await runOnce()).checks).toBe(0);
    rmSync(dossier);
    new ResultCache(join(folder, CACHE_FILE_NAME), CONTEXT, () => {}).save();
    expect(readFileSync(join(folder, CACHE_FILE_NAME), 'utf8')).not.toContain('a.yaml');
  });
});

describe('where the cache file is', () => {
  it('is .dossier-check-cache in the working folder by default', () => {
    expect(cacheFilePath(undefined, folder)).toBe(join(folder, '.dossier-check-cache'));
  });

  it('is the file --cache-location names, relative to the working folder', () => {
    expect(cacheFilePath('ci/results.cache', folder)).toBe(join(folder, 'ci', 'results.cache'));
  });

  it('is .dossier-check-cache inside the folder --cache-location names: an existing one, or a path ending in a separator', () => {
    mkdirSync(join(folder, 'existing'));
    expect(cacheFilePath('existing', folder)).toBe(join(folder, 'existing', '.dossier-check-cache'));
    expect(cacheFilePath('new/', folder)).toBe(join(folder, 'new', '.dossier-check-cache'));
  });
});
