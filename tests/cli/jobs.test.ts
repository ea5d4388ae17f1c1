import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARALLEL_THRESHOLD } from '../../src/cli/options.js';
import { checkInWorkers, type PoolTask } from '../../src/cli/worker-pool.js';
import type { SourceOutcome } from '../../src/engine/check-dossier.js';
import { FORMAT_NAMES } from '../../src/report/format-names.js';
import { ROOT, runCli } from '../support/run-cli.js';

const FIXTURES = join(ROOT, 'fixtures/dossiers');
let folder: string;

beforeAll(() => {
  // 15 folders of the example dossiers, each with its scans: 300 dossiers, past the threshold where workers start.
  folder = mkdtempSync(join(tmpdir(), 'dossier-check-jobs-'));
  const examples = readdirSync(FIXTURES).filter((name) => name.endsWith('.yaml'));
  for (let batch = 0; batch < 15; batch++) {
    const target = join(folder, `batch-${String(batch).padStart(2, '0')}`);
    mkdirSync(target);
    cpSync(join(FIXTURES, 'scans'), join(target, 'scans'), { recursive: true });
    for (const name of examples) cpSync(join(FIXTURES, name), join(target, `${batch}-${name}`));
  }
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('--jobs', () => {
  it('every report format is the same bytes on one thread, on two, and by default', () => {
    // One run per setting writes every format, each to its own file (the text report to stdout as well).
    const run = (jobs: string[]) => {
      const out = mkdtempSync(join(tmpdir(), 'dossier-check-jobs-out-'));
      try {
        const formats = FORMAT_NAMES.flatMap((format) => ['--format', `${format}=${join(out, `report.${format}`)}`]);
        const cli = runCli(['check', folder, '--format', 'text', ...formats, '--as-of', '2016-12-31', ...jobs], { cwd: folder, timeout: 240_000 });
        const reports = Object.fromEntries(FORMAT_NAMES.map((format) => [format, readFileSync(join(out, `report.${format}`), 'utf8')]));
        return { ...cli, reports };
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    };
    const one = run(['--jobs', '1']);
    expect(one.code).toBe(1);
    expect(one.stdout.length).toBeGreaterThan(0);
    expect(one.stderr).toBe('');
    for (const format of FORMAT_NAMES) expect(one.reports[format]!.length, format).toBeGreaterThan(0);
    for (const other of [run(['--jobs', '2']), run(['--jobs', '3']), run([])]) {
      expect(other.stderr).toBe('');
      expect(other.code).toBe(one.code);
      expect(other.stdout).toBe(one.stdout);
      for (const format of FORMAT_NAMES) expect(other.reports[format], format).toBe(one.reports[format]);
    }
  }, 600_000);

  it('the folder holds more files than the threshold, so the default run above used workers', () => {
    expect(readdirSync(folder).length * 20).toBeGreaterThanOrEqual(PARALLEL_THRESHOLD);
  });

  it.each(['0', 'two', '-1', '1.5'])('--jobs %s is a usage error', (value) => {
    const run = runCli(['check', FIXTURES, '--jobs', value]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(`dossier-check: --jobs expects a whole number of threads, 1 or more; got "${value}"`);
  });
});

describe('the worker pool', () => {
  let scripts: string;
  beforeAll(() => {
    scripts = mkdtempSync(join(tmpdir(), 'dossier-check-workers-'));
    // Answers each file with a skipped outcome naming it, and dies on a file whose name says so.
    writeFileSync(
      join(scripts, 'crashing.mjs'),
      `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ index, path }) => {
  if (path.includes('crash')) process.exit(7);
  parentPort.postMessage({ index, outcome: { kind: 'skipped', skipped: { file: path, reason: { zh: '', en: '' } } } });
});
parentPort.postMessage({ ready: true });
`,
    );
    writeFileSync(join(scripts, 'broken.mjs'), `throw new Error('cannot load');\n`);
  });
  afterAll(() => {
    rmSync(scripts, { recursive: true, force: true });
  });

  const settings = { cwd: ROOT, asOf: '2016-12-31', maxFileSize: 1024 };
  const tasks = (names: string[]): PoolTask[] => names.map((name) => ({ path: name, explicit: false, name }));
  const collect = async (outcomes: AsyncIterable<SourceOutcome>) => {
    const all: SourceOutcome[] = [];
    for await (const outcome of outcomes) all.push(outcome);
    return all;
  };

  it('keeps every other file when a worker dies on one, which gets an internal-error, in order', async () => {
    const names = Array.from({ length: 40 }, (_, i) => (i === 13 ? 'crash-13' : `file-${String(i).padStart(2, '0')}`));
    const outcomes = await collect(checkInWorkers(tasks(names), settings, 2, { workerUrl: pathToFileURL(join(scripts, 'crashing.mjs')) }));
    expect(outcomes.map((outcome) => (outcome.kind === 'skipped' ? outcome.skipped.file : outcome.result.file))).toEqual(names);
    const crashed = outcomes[13]!;
    expect(crashed.kind).toBe('dossier');
    if (crashed.kind === 'dossier') {
      expect(crashed.result.verdict).toBe('fail');
      expect(crashed.result.findings.map((finding) => finding.ruleId)).toEqual(['internal-error']);
      expect(crashed.result.findings[0]!.message.en).toContain('exit code 7');
    }
  });

  it('with its own checker, this thread checks files too, and the outcomes still come in order', async () => {
    const names = Array.from({ length: 200 }, (_, i) => `file-${String(i).padStart(3, '0')}`);
    const inThisThread: string[] = [];
    // Slower than the worker, as checking a file is: the worker starts while this thread works, then takes its share.
    const here = async (path: string): Promise<SourceOutcome> => {
      inThisThread.push(path);
      await new Promise((resolve) => setTimeout(resolve, 10));
      return { kind: 'skipped', skipped: { file: path, reason: { zh: '本线程', en: 'this thread' } } };
    };
    const outcomes = await collect(checkInWorkers(tasks(names), settings, 1, { here, workerUrl: pathToFileURL(join(scripts, 'crashing.mjs')) }));
    expect(outcomes.map((outcome) => (outcome.kind === 'skipped' ? outcome.skipped.file : outcome.result.file))).toEqual(names);
    const byThisThread = outcomes.filter((outcome) => outcome.kind === 'skipped' && outcome.skipped.reason.en === 'this thread').length;
    // Both kinds of thread checked files, and each file was checked once.
    expect(byThisThread).toBe(inThisThread.length);
    expect(byThisThread).toBeGreaterThan(0);
    expect(byThisThread).toBeLessThan(names.length);
  });

  it('fails the run with one message, rather than waiting, when no worker can start', async () => {
    const run = collect(checkInWorkers(tasks(['a', 'b', 'c']), settings, 2, { workerUrl: pathToFileURL(join(scripts, 'broken.mjs')) }));
    await expect(run).rejects.toThrow(/^a worker thread could not start or kept failing \(cannot load\); --jobs 1 checks without them$/);
  });
});
