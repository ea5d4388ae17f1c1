import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../support/in-process-cli.js';

// In GitHub Actions, `--format github` writes annotations to stdout and appends the Markdown report to the file
// `$GITHUB_STEP_SUMMARY` names: appended, since every step of a job writes to that one file.

const EARLIER = '### An earlier step\n\nits own summary\n';
const AS_OF = ['--as-of', '2016-12-31'];
let folder: string;
let summaryFile: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'dossier-check-summary-'));
  summaryFile = join(folder, 'step_summary');
  writeFileSync(summaryFile, EARLIER);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const env = (extra: Record<string, string> = {}) => ({ LANG: 'en_US.UTF-8', ...extra });

describe('the GitHub job summary', () => {
  it('is appended after what earlier steps wrote, as the Markdown report, while stdout has the annotations', async () => {
    const run = await runInProcess(['check', 'fixtures/dossiers', ...AS_OF, '--format', 'github'], { env: env({ GITHUB_STEP_SUMMARY: summaryFile }) });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=fixtures\/dossiers\//m);
    const written = readFileSync(summaryFile, 'utf8');
    expect(written.startsWith(EARLIER)).toBe(true);
    const appended = written.slice(EARLIER.length);
    expect(appended.startsWith('## dossier-check report\n')).toBe(true);
    expect(appended).toContain('| Dossiers | Passed | Failed |');
    expect(appended).toContain('fixtures/dossiers/');
    // Markdown, not workflow commands.
    expect(appended).not.toContain('::error');
  });

  it('is appended once per run: a second run adds a second summary', async () => {
    const argv = ['check', 'fixtures/dossiers/pass-built-housing.yaml', ...AS_OF, '--format', 'github'];
    await runInProcess(argv, { env: env({ GITHUB_STEP_SUMMARY: summaryFile }) });
    const once = readFileSync(summaryFile, 'utf8');
    expect(once.slice(EARLIER.length)).toContain('## dossier-check report');
    await runInProcess(argv, { env: env({ GITHUB_STEP_SUMMARY: summaryFile }) });
    const twice = readFileSync(summaryFile, 'utf8');
    expect(twice).toBe(once + once.slice(EARLIER.length));
  });

  it('is written when the annotations go to a file too', async () => {
    const annotations = join(folder, 'annotations.txt');
    const run = await runInProcess(['check', 'fixtures/dossiers/pass-built-housing.yaml', ...AS_OF, '--format', `github=${annotations}`], {
      env: env({ GITHUB_STEP_SUMMARY: summaryFile }),
    });
    expect(run.stdout).toBe('');
    expect(existsSync(annotations)).toBe(true);
    expect(readFileSync(summaryFile, 'utf8')).toContain('## dossier-check report');
  });

  it('is not written for other formats, when the variable is empty, or when the run fails', async () => {
    const markdown = await runInProcess(['check', 'fixtures/dossiers/pass-built-housing.yaml', ...AS_OF, '--format', 'markdown'], {
      env: env({ GITHUB_STEP_SUMMARY: summaryFile }),
    });
    expect(markdown.stdout).toContain('## dossier-check report');
    const unset = await runInProcess(['check', 'fixtures/dossiers/pass-built-housing.yaml', ...AS_OF, '--format', 'github'], {
      env: env({ GITHUB_STEP_SUMMARY: '' }),
    });
    expect(unset.code).toBe(0);
    const empty = join(folder, 'empty');
    mkdirSync(empty);
    const failed = await runInProcess(['check', empty, ...AS_OF, '--format', 'github'], { env: env({ GITHUB_STEP_SUMMARY: summaryFile }) });
    expect(failed.code).toBe(2);
    expect(readFileSync(summaryFile, 'utf8')).toBe(EARLIER);
  });

  it('a summary file that cannot be written is one line of error, exit 2', async () => {
    const run = await runInProcess(['check', 'fixtures/dossiers/pass-built-housing.yaml', ...AS_OF, '--format', 'github'], {
      env: env({ GITHUB_STEP_SUMMARY: join(folder, 'missing', 'step_summary') }),
    });
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('cannot append the job summary');
  });
});
