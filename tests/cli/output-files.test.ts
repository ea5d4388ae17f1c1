import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { portableCopy } from '../support/portable-copy.js';
import { ROOT, runCli } from '../support/run-cli.js';

const WORK = mkdtempSync(join(tmpdir(), 'dossier-check-outputs-'));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

// A few dossiers, each kind of verdict: every run here is a spawned process on a shared machine.
const DOSSIERS = ['pass-built-housing.yaml', 'fail-malformed.yaml', 'warn-adbc-outside-scope.yaml'].map((name) => `fixtures/dossiers/${name}`);
const AS_OF = ['--as-of', '2016-12-31'];
let folders = 0;

/** A fresh, empty folder for the reports of one test. */
function reportsFolder(): string {
  const folder = join(WORK, `reports-${folders++}`);
  mkdirSync(folder);
  return folder;
}

const check = (args: string[], options: Parameters<typeof runCli>[1] = {}) => runCli(['check', ...DOSSIERS, ...AS_OF, ...args], options);

describe('several reports in one run', () => {
  it('the text report on the terminal and JSON in a file: each the bytes of its own run', () => {
    const folder = reportsFolder();
    const both = check(['--format', 'text', '--format', `json=${join(folder, 'report.json')}`]);
    expect(both.code).toBe(1);
    expect(both.stderr).toBe('');
    expect(both.stdout).toBe(check(['--format', 'text']).stdout);
    expect(readFileSync(join(folder, 'report.json'), 'utf8')).toBe(check(['--format', 'json']).stdout);
    // Nothing but the report is left in the folder: the temporary file was renamed.
    expect(readdirSync(folder)).toEqual(['report.json']);
  });

  it('every report to a file leaves stdout empty, and the exit code is the run’s', () => {
    const folder = reportsFolder();
    const run = check(['--format', `json=${join(folder, 'a.json')}`, '--format', `text=${join(folder, 'b.txt')}`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(readdirSync(folder).sort()).toEqual(['a.json', 'b.txt']);
    expect(readFileSync(join(folder, 'b.txt'), 'utf8')).toBe(check([]).stdout);
  });

  it('the same format may go to the terminal and to a file', () => {
    const folder = reportsFolder();
    const run = check(['--format', 'json', '--format', `json=${join(folder, 'copy.json')}`]);
    expect(readFileSync(join(folder, 'copy.json'), 'utf8')).toBe(run.stdout);
  });

  it('colours the terminal only: a text file never holds escape codes, even with --color or FORCE_COLOR', () => {
    const folder = reportsFolder();
    const file = join(folder, 'report.txt');
    const run = check(['--color', '--format', 'text', '--format', `text=${join(folder, 'copy.txt')}`]);
    expect(run.stdout).toContain('\u001b[');
    expect(readFileSync(join(folder, 'copy.txt'), 'utf8')).not.toContain('\u001b[');
    check(['--format', `text=${file}`], { env: { FORCE_COLOR: '3' } });
    expect(readFileSync(file, 'utf8')).toBe(check([]).stdout);
  });

  it('a file name is taken whole after the first "="', () => {
    const folder = reportsFolder();
    check(['--format', `json=${join(folder, 'a=b.json')}`]);
    expect(readdirSync(folder)).toEqual(['a=b.json']);
  });

  it('a file name is relative to the working folder', () => {
    const folder = reportsFolder();
    const run = runCli(['check', ...DOSSIERS.map((file) => join(ROOT, file)), ...AS_OF, '--format', 'json=out/report.json'], { cwd: folder, env: {} });
    mkdirSync(join(folder, 'out'));
    expect(run.stderr).toMatch(/^dossier-check: cannot write the report out\/report\.json: no such folder\n$/);
    runCli(['check', ...DOSSIERS.map((file) => join(ROOT, file)), ...AS_OF, '--format', 'json=out/report.json'], { cwd: folder });
    expect(JSON.parse(readFileSync(join(folder, 'out/report.json'), 'utf8'))).toMatchObject({ summary: { dossiers: 3, failed: 1 } });
  });
});

describe('-o/--output', () => {
  it('without --format, the text report goes to the file', () => {
    const folder = reportsFolder();
    const run = check(['-o', join(folder, 'report.txt')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(readFileSync(join(folder, 'report.txt'), 'utf8')).toBe(check([]).stdout);
  });

  it('with one --format, that report goes to the file', () => {
    const folder = reportsFolder();
    check(['--format', 'json', '--output', join(folder, 'report.json')]);
    expect(readFileSync(join(folder, 'report.json'), 'utf8')).toBe(check(['--format', 'json']).stdout);
  });

  it('with several, it is the file of the one given without "=FILE"', () => {
    const folder = reportsFolder();
    const run = check(['--format', `text=${join(folder, 'report.txt')}`, '--format', 'json', '-o', join(folder, 'report.json')]);
    expect(run.stdout).toBe('');
    expect(readdirSync(folder).sort()).toEqual(['report.json', 'report.txt']);
    expect(JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8'))).toMatchObject({ summary: { dossiers: 3, failed: 1 } });
  });
});

describe('where the reports go is a usage error when it is unclear, before anything is read or written', () => {
  const cases: [string, (folder: string) => string[], RegExp][] = [
    ['two reports to stdout', () => ['--format', 'text', '--format', 'json'], /^at most one report can go to standard output, but text and json would/],
    ['the same format twice to stdout', () => ['--format', 'json', '--format', 'json'], /^at most one report can go to standard output/],
    [
      '-o with two formats without a file',
      (f) => ['--format', 'text', '--format', 'json', '-o', join(f, 'x')],
      /fits one --format without "=FILE", but 2 are given \(text, json\)/,
    ],
    [
      '-o when every format has its file',
      (f) => ['--format', `json=${join(f, 'a.json')}`, '-o', join(f, 'b')],
      /names no report: every --format already has its own file/,
    ],
    [
      'two reports to one file',
      (f) => ['--format', `json=${join(f, 'a')}`, '--format', `text=${join(f, '.', 'x', '..', 'a')}`],
      /^two reports would be written to /,
    ],
    ['an unknown format, with the nearest', () => ['--format', 'jsn'], /^unknown format "jsn"; did you mean "json"\? \(formats: /],
    ['an unknown format with a file', (f) => ['--format', `jsn=${join(f, 'a')}`], /^unknown format "jsn"; did you mean "json"\?/],
    ['an empty file name', () => ['--format', 'json='], /^--format json= expects a file name after "="$/],
    [
      'a report over a dossier being checked',
      () => ['-o', DOSSIERS[0]!],
      /^the report fixtures\/dossiers\/pass-built-housing\.yaml would overwrite a dossier being checked/,
    ],
  ];
  it.each(cases)('%s', (_name, args, message) => {
    const folder = reportsFolder();
    const run = check(args(folder));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const [first, usage] = run.stderr.split('\n');
    expect(first?.replace(/^dossier-check: /, '')).toMatch(message);
    expect(usage).toMatch(/^Usage: dossier-check check /);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('report files are written atomically', () => {
  it('a new report replaces the old one whole', () => {
    const folder = reportsFolder();
    const file = join(folder, 'report.json');
    writeFileSync(file, 'x'.repeat(1_000_000));
    check(['--format', `json=${file}`]);
    expect(readFileSync(file, 'utf8')).toBe(check(['--format', 'json']).stdout);
  });

  it('a rename that fails (the target is a folder) leaves the folder as it was, and no temporary file', () => {
    const folder = reportsFolder();
    mkdirSync(join(folder, 'report.json'));
    writeFileSync(join(folder, 'report.json', 'keep'), 'kept');
    const run = check(['--format', 'text', '--format', `json=${join(folder, 'report.json')}`, '--format', `text=${join(folder, 'report.txt')}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`dossier-check: cannot write the report ${join(folder, 'report.json')}: it is a folder\n`);
    // The report files are renamed only when all are complete: the one after the failure is not left behind either.
    expect(readdirSync(folder)).toEqual(['report.json']);
    expect(readFileSync(join(folder, 'report.json', 'keep'), 'utf8')).toBe('kept');
  });

  it('a folder that cannot be written fails the run with one line before any dossier is read, and leaves nothing', () => {
    const folder = reportsFolder();
    cpSync(join(ROOT, 'fixtures/dossiers/pass-built-housing.yaml'), join(folder, 'dossier.yaml'));
    mkdirSync(join(folder, 'locked'));
    const previous = join(folder, 'locked', 'report.json');
    writeFileSync(previous, '{"previous": true}\n');
    chmodSync(join(folder, 'locked'), 0o555);
    chmodSync(folder, 0o755);
    chmodSync(WORK, 0o755);
    // root writes anywhere, so as root the run is made as the unprivileged user "nobody", from a copy it can read.
    const copy = process.getuid?.() === 0 ? portableCopy() : undefined;
    try {
      const asNobody = copy ? { uid: 65534, gid: 65534, bin: join(copy, 'bin', 'dossier-check.js') } : {};
      const run = runCli(['check', 'dossier.yaml', ...AS_OF, '--format', 'text', '--format', 'json=locked/report.json'], { cwd: folder, ...asNobody });
      expect(run.stderr).toBe('dossier-check: cannot write the report locked/report.json: permission denied\n');
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(readdirSync(join(folder, 'locked'))).toEqual(['report.json']);
      expect(readFileSync(previous, 'utf8')).toBe('{"previous": true}\n');
    } finally {
      if (copy) rmSync(copy, { recursive: true, force: true });
      chmodSync(join(folder, 'locked'), 0o755);
    }
  });

  it('a run that finds no dossier writes no report file', () => {
    const folder = reportsFolder();
    const run = runCli(['check', 'fixtures/dossiers/scans', '--format', `json=${join(folder, 'r.json')}`]);
    expect(run.code).toBe(2);
    expect(readdirSync(folder)).toEqual([]);
    runCli(['check', 'fixtures/dossiers/scans', '--allow-empty', '--format', `json=${join(folder, 'r.json')}`]);
    expect(JSON.parse(readFileSync(join(folder, 'r.json'), 'utf8'))).toMatchObject({ dossiers: [], summary: { dossiers: 0 } });
  });

  it('an interrupted run (SIGINT) leaves neither a report nor a temporary file', async () => {
    const folder = reportsFolder();
    const target = join(folder, 'report.json');
    // Standard input that stays open holds the run after its report file was created, until it is interrupted.
    const child = spawn(
      process.execPath,
      [fileURLToPath(new URL('../../bin/dossier-check.js', import.meta.url)), 'check', '-', ...DOSSIERS, '--format', `json=${target}`],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8' },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    const temporary = () => readdirSync(folder).filter((name) => name.endsWith('.tmp'));
    // A hang guard of 30 s, not a timing: the temporary file appears as soon as the run has read its arguments.
    for (let waited = 0; temporary().length === 0 && waited < 30_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(temporary()).toHaveLength(1);
    child.kill('SIGINT');
    const { signal } = await ended;
    expect(signal).toBe('SIGINT');
    expect(readdirSync(folder)).toEqual([]);
    expect(existsSync(target)).toBe(false);
  });
});
