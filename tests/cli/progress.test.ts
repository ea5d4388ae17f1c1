import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRESS_FILE_THRESHOLD } from '../../src/cli/progress.js';
import { BASE_DOSSIER } from '../support/dossier-text.js';
import { runInProcess } from '../support/in-process-cli.js';

/** Back to the start of the line and erase it. */
const CLEAR = '\r\u001b[K';
const FILES = PROGRESS_FILE_THRESHOLD + 10;
let folder: string;

beforeAll(() => {
  // A long run: more files than the threshold from which progress is shown at once, whatever the machine's speed.
  folder = mkdtempSync(join(tmpdir(), 'dossier-check-progress-'));
  for (let i = 0; i < FILES; i++) writeFileSync(join(folder, `d${String(i).padStart(3, '0')}.yaml`), BASE_DOSSIER);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const ARGS = ['check', '.', '--as-of', '2016-12-31'];
const EN = { LANG: 'en_US.UTF-8' };

describe('the progress line', () => {
  it('on a terminal, stderr shows files checked of the total, rewritten in place and erased at the end', async () => {
    const run = await runInProcess(ARGS, { cwd: folder, stderrIsTTY: true, env: EN });
    expect(run.stderr).toContain(`${CLEAR}checking: `);
    expect(run.stderr).toMatch(new RegExp(`checking: \\d+/${FILES} files, 0 failed`));
    expect(run.stderr).not.toContain('\n');
    expect(run.stderr.endsWith(CLEAR)).toBe(true);
    // The report itself is untouched.
    expect(run.stdout).toBe((await runInProcess(ARGS, { cwd: folder, env: EN })).stdout);
  });

  it('speaks the report’s language', async () => {
    const run = await runInProcess([...ARGS, '--lang', 'zh'], { cwd: folder, stderrIsTTY: true, env: EN });
    expect(run.stderr).toMatch(new RegExp(`正在检查：\\d+/${FILES} 个文件，0 份不通过`));
  });

  it('is lifted off a shared terminal before any report text is written there', async () => {
    const log: { stream: 'stdout' | 'stderr'; text: string }[] = [];
    await runInProcess(ARGS, { cwd: folder, stderrIsTTY: true, stdoutIsTTY: true, env: EN, log });
    const firstReport = log.findIndex((entry) => entry.stream === 'stdout');
    expect(log.slice(0, firstReport).some((entry) => entry.text.includes('checking: '))).toBe(true);
    for (const [i, entry] of log.entries()) {
      if (entry.stream !== 'stdout') continue;
      const lastOnStderr = log.slice(0, i).findLast((earlier) => earlier.stream === 'stderr');
      expect(lastOnStderr?.text).toBe(CLEAR);
    }
  });

  it('never appears when stderr is not a terminal', async () => {
    const run = await runInProcess(ARGS, { cwd: folder, stderrIsTTY: false, stdoutIsTTY: true, env: EN });
    expect(run.stderr).toBe('');
  });

  it.each(['true', '1', 'woodpecker'])('never appears in CI (CI=%s), even on a terminal', async (ci) => {
    const run = await runInProcess(ARGS, { cwd: folder, stderrIsTTY: true, env: { ...EN, CI: ci } });
    expect(run.stderr).toBe('');
  });

  it('appears when CI is set to false', async () => {
    const run = await runInProcess(ARGS, { cwd: folder, stderrIsTTY: true, env: { ...EN, CI: 'false' } });
    expect(run.stderr).toContain('checking: ');
  });
});
