import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/report/format-names.js';
import { portableCopy } from '../support/portable-copy.js';
import { type CliRun, ROOT, runCli } from '../support/run-cli.js';

const AS_OF = ['--as-of', '2016-12-31'];
const CACHE = '.dossier-check-cache';
/** The one fixture with an evidence file, its scan, and the dossiers folder copied into each test's folder. */
const WITH_EVIDENCE = 'dossiers/pass-monetized-plot-plan.yaml';
const FAILING = 'dossiers/fail-approval-after-application.yaml';
const SCAN = 'dossiers/scans/郝庄 可研批复.pdf';
const FROM_THE_CACHE = 'FROM THE CACHE';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'dossier-check-cache-'));
  cpSync(join(ROOT, 'fixtures/dossiers'), join(work, 'dossiers'), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const check = (args: string[], options: { bin?: string } = {}) => runCli(['check', ...args], { cwd: work, ...options });

/**
 * Marks every cached result, so a run shows which results it took from the cache: their project names then read
 * `FROM THE CACHE`. A run that should have missed and shows one has served a stale result.
 */
function markCachedResults(only?: string): void {
  const file = join(work, CACHE);
  const cache = JSON.parse(readFileSync(file, 'utf8')) as { entries: [string, { outcome: { result?: { project?: { name: string } } } }][] };
  for (const [path, entry] of cache.entries) {
    if (only !== undefined && path !== join(work, only)) continue;
    if (entry.outcome.result?.project) entry.outcome.result.project.name = FROM_THE_CACHE;
  }
  writeFileSync(file, JSON.stringify(cache));
}

function expectSameRun(actual: CliRun, expected: CliRun): void {
  expect({ stdout: actual.stdout, stderr: actual.stderr, code: actual.code }).toEqual({
    stdout: expected.stdout,
    stderr: expected.stderr,
    code: expected.code,
  });
}

describe('check --cache', () => {
  it.each(['text', 'json'])('prints byte-identical %s output cold, warm and without the cache', (format) => {
    const args = ['dossiers', ...AS_OF, '--format', format];
    const uncached = check(args);
    expect(uncached.code).toBe(1);
    const cold = check([...args, '--cache']);
    const warm = check([...args, '--cache']);
    expectSameRun(cold, uncached);
    expectSameRun(warm, uncached);
  });

  it('writes every report format byte-identical cold, warm and without the cache', () => {
    // One run writes every format to its own file, outside the dossiers' folder.
    let runs = 0;
    const reports = (extra: string[]) => {
      const out = join(work, `reports-${runs++}`);
      const formats = FORMAT_NAMES.flatMap((format) => ['--format', `${format}=${join(out, `report.${format}`)}`]);
      mkdirSync(out);
      const run = check(['dossiers', ...AS_OF, ...formats, ...extra]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      return Object.fromEntries(FORMAT_NAMES.map((format) => [format, readFileSync(join(out, `report.${format}`), 'utf8')]));
    };
    const uncached = reports([]);
    const cold = reports(['--cache']);
    const warm = reports(['--cache']);
    for (const format of FORMAT_NAMES) {
      expect(uncached[format]!.length, format).toBeGreaterThan(0);
      expect(cold[format], format).toBe(uncached[format]);
      expect(warm[format], format).toBe(uncached[format]);
    }
  });

  it('takes the results of unchanged dossiers from the cache', () => {
    check(['dossiers', ...AS_OF, '--cache']);
    markCachedResults();
    const warm = check(['dossiers', ...AS_OF, '--cache', '--format', 'json']);
    const names = (JSON.parse(warm.stdout) as { dossiers: { project?: { name: string } }[] }).dossiers.flatMap((d) => (d.project ? [d.project.name] : []));
    expect(names.length).toBeGreaterThan(10);
    expect(new Set(names)).toEqual(new Set([FROM_THE_CACHE]));
  });

  it('writes the cache in the working folder, never among the dossiers checked', () => {
    check(['dossiers', ...AS_OF, '--cache']);
    expect(existsSync(join(work, CACHE))).toBe(true);
    expect(readdirSync(join(work, 'dossiers')).filter((name) => !name.endsWith('.yaml'))).toEqual(['scans']);
  });

  it('writes nothing without --cache, even with --cache-location (as ESLint)', () => {
    check(['dossiers', ...AS_OF, '--cache-location', 'elsewhere.cache']);
    expect(readdirSync(work)).toEqual(['dossiers']);
  });

  it('puts the cache where --cache-location says: a file, or a folder that then holds .dossier-check-cache', () => {
    check([WITH_EVIDENCE, ...AS_OF, '--cache', '--cache-location', 'ci/results.cache']);
    check([WITH_EVIDENCE, ...AS_OF, '--cache', '--cache-location', 'shared/']);
    expect(existsSync(join(work, 'ci/results.cache'))).toBe(true);
    expect(existsSync(join(work, 'shared', CACHE))).toBe(true);
    expect(existsSync(join(work, CACHE))).toBe(false);
  });

  describe('never serves a stale result: the result changes when', () => {
    const args = [WITH_EVIDENCE, FAILING, ...AS_OF, '--format', 'json'];
    beforeEach(() => {
      check([...args, '--cache']);
      // Only the dossier with evidence is marked: the other one stays as cached, to show a change of options.
      markCachedResults(WITH_EVIDENCE);
      // The mark shows while nothing changed: the runs below would show it if they took the stale entry.
      expect(check([...args, '--cache']).stdout).toContain(FROM_THE_CACHE);
    });

    /** The cached run equals a run without the cache, and the change did change the result. */
    function expectFresh(changedArgs: string[], before: string, options: { bin?: string } = {}) {
      const fresh = check(changedArgs, options);
      const cached = check([...changedArgs, '--cache'], options);
      expectSameRun(cached, fresh);
      expect(fresh.stdout).not.toBe(before);
    }

    it('an evidence file changes', () => {
      const before = check(args).stdout;
      appendFileSync(join(work, SCAN), 'changed');
      expectFresh(args, before);
      expect(check(args).stdout).toContain('evidence-matches');
    });

    it('an evidence file disappears', () => {
      const before = check(args).stdout;
      rmSync(join(work, SCAN));
      expectFresh(args, before);
    });

    it('the dossier changes', () => {
      const before = check(args).stdout;
      const file = join(work, WITH_EVIDENCE);
      writeFileSync(file, readFileSync(file, 'utf8').replace('name: 太原市迎泽区郝庄棚户区改造项目', 'name: 太原市迎泽区郝庄棚户区改造项目（一期）'));
      expectFresh(args, before);
    });

    it('the rule selection changes', () => {
      expectFresh([...args, '--rule', 'evidence-matches'], check(args).stdout);
    });

    it('the as-of date changes', () => {
      expectFresh([WITH_EVIDENCE, FAILING, '--as-of', '2017-06-30', '--format', 'json'], check(args).stdout);
    });

    it('the tool version changes', () => {
      const copy = portableCopy();
      try {
        const manifest = join(copy, 'package.json');
        writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/"version": "[^"]+"/, '"version": "99.0.0"'));
        const bin = join(copy, 'bin/dossier-check.js');
        expectFresh(args, check(args).stdout, { bin });
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    });
  });

  it('ignores a corrupt cache file with one warning line, prints the same report, and rebuilds the file', () => {
    const args = ['dossiers', ...AS_OF, '--cache'];
    const uncached = check(['dossiers', ...AS_OF]);
    writeFileSync(join(work, CACHE), '{"format": "dossier-check-cache/1", "entries": [["\u001b[2J');
    const corrupt = check(args);
    expect(corrupt.stdout).toBe(uncached.stdout);
    expect(corrupt.stderr).toBe(`dossier-check: ignoring the cache file ${join(work, CACHE)} (not valid JSON); it is rebuilt\n`);
    expectSameRun(check(args), uncached);
  });

  it('keeps the cache whole when two runs share it at once; a third run reads it fine', async () => {
    const bin = join(ROOT, 'bin/dossier-check.js');
    const spawnCheck = (args: string[]) =>
      new Promise<CliRun>((done) => {
        const child = spawn(process.execPath, [bin, 'check', ...args], { cwd: work, env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8' } });
        let stdout = '';
        let stderr = '';
        // Decoded as a stream: a chunk may end inside a character.
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.on('close', (code) => done({ stdout, stderr, code }));
      });
    const first = ['dossiers', ...AS_OF, '--format', 'json'];
    const second = ['dossiers', '--as-of', '2017-06-30', '--format', 'json'];
    const [expectedFirst, expectedSecond] = [check(first), check(second)];
    for (let round = 0; round < 2; round++) {
      const [a, b] = await Promise.all([spawnCheck([...first, '--cache']), spawnCheck([...second, '--cache'])]);
      expectSameRun(a, expectedFirst);
      expectSameRun(b, expectedSecond);
      expect(readdirSync(work).sort()).toEqual([CACHE, 'dossiers']);
      // Whichever run wrote last, the file is whole (no warning), and each run's results are right after it.
      expectSameRun(check([...first, '--cache']), expectedFirst);
    }
    expectSameRun(check([...second, '--cache']), expectedSecond);
  });

  it('is looked up by a module that loads neither the YAML parser, the validator nor the rules', () => {
    const names = staticImportsOf('cli/result-cache.js');
    expect(names).toContain('engine/generated/catalogue-fingerprint.js');
    for (const heavy of ['yaml', 'ajv', 'rules/registry.js', 'engine/validate.js', 'engine/check.js', 'engine/load.js']) expect(names).not.toContain(heavy);
  });

  it('is shown by a text report that loads no rule: the titles it shows come from a generated table', () => {
    const names = staticImportsOf('report/text.js');
    expect(names).toContain('report/generated/rule-titles.js');
    for (const heavy of ['yaml', 'ajv', 'rules/registry.js']) expect(names).not.toContain(heavy);
  });
});

/** The modules (under dist/) and packages that importing `module` (under dist/) loads, through static imports. */
function staticImportsOf(module: string): string[] {
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
      if (specifier!.startsWith('.')) visit(join(dirname(file), specifier!));
      else loaded.add(specifier!);
    }
  };
  visit(join(ROOT, 'dist', module));
  return [...loaded].map((file) => (file.startsWith(ROOT) ? relative(join(ROOT, 'dist'), file) : file));
}
