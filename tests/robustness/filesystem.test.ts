import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSources } from '../../src/engine/check.js';
import { discoverFiles, readBytes } from '../../src/engine/sources.js';
import { MAX_SHOWN_LENGTH } from '../../src/engine/shorten.js';
import { portableCopy } from '../support/portable-copy.js';
import { ROOT, runCli } from '../support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'dossier-check-fs-'));
chmodSync(work, 0o755); // readable by the unprivileged user the permission test runs as
afterAll(() => rmSync(work, { recursive: true, force: true }));

const DOSSIER = readFileSync(join(ROOT, 'fixtures/dossiers/pass-monetized-purchase-plan.yaml'), 'utf8');
const AS_OF = ['--as-of', '2016-12-31'];

function fresh(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function jsonRun(args: string[], options: Parameters<typeof runCli>[1] = {}) {
  const run = runCli(['check', ...args, ...AS_OF, '--format', 'json'], { cwd: work, ...options });
  return { ...run, report: JSON.parse(run.stdout || '{}') as { dossiers: { file: string; findings: { messageId: string; message: string }[] }[] } };
}

describe('special files are never read forever', () => {
  it('a FIFO named like a dossier, in a folder and named directly, is refused without opening it', () => {
    const dir = fresh('fifo');
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    writeFileSync(join(dir, 'ok.yaml'), DOSSIER);
    for (const target of ['fifo', 'fifo/pipe.yaml']) {
      const { code, report, stderr } = jsonRun([target]);
      const pipe = report.dossiers.find((d) => d.file === 'fifo/pipe.yaml')!;
      expect(pipe.findings.map((f) => f.message)).toEqual(['Cannot read the file: not a regular file (a folder, FIFO or device)']);
      expect(code).toBe(1);
      expect(stderr).toBe('');
    }
  });

  it('a device named directly is refused', () => {
    const { report, code } = jsonRun(['/dev/zero']);
    expect(report.dossiers[0]!.findings.map((f) => f.messageId)).toEqual(['unreadable']);
    expect(code).toBe(1);
  });
});

describe('files that cannot be read', () => {
  it('permission denied is a finding, and the other dossiers are still checked', () => {
    const dir = fresh('denied');
    writeFileSync(join(dir, 'a-locked.yaml'), DOSSIER);
    writeFileSync(join(dir, 'b-open.yaml'), DOSSIER);
    chmodSync(join(dir, 'a-locked.yaml'), 0o000);
    // root reads anything, so as root the check runs as the unprivileged user "nobody", from a copy it can read.
    const copy = process.getuid?.() === 0 ? portableCopy() : undefined;
    const asNobody = copy ? { uid: 65534, gid: 65534, bin: join(copy, 'bin', 'dossier-check.js') } : {};
    const { report, code, stderr } = jsonRun(['denied'], asNobody);
    if (copy) rmSync(copy, { recursive: true, force: true });
    expect(stderr).toBe('');
    expect(report.dossiers.map((d) => [d.file, d.findings.map((f) => f.message)])).toEqual([
      ['denied/a-locked.yaml', ['Cannot read the file: permission denied']],
      ['denied/b-open.yaml', []],
    ]);
    expect(code).toBe(1);
  });

  it('a broken link found in a folder is reported as gone, like a file that vanished after listing', () => {
    const dir = fresh('broken-link');
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'gone.yaml'));
    const { report } = jsonRun(['broken-link']);
    expect(report.dossiers.map((d) => d.findings.map((f) => f.message))).toEqual([['Cannot read the file: the file no longer exists, or is a broken link']]);
  });

  it('a file that vanishes between listing and reading becomes that finding (engine level)', () => {
    const dir = fresh('vanish');
    writeFileSync(join(dir, 'soon-gone.yaml'), DOSSIER);
    const { files } = discoverFiles(['vanish'], work);
    unlinkSync(join(dir, 'soon-gone.yaml'));
    const read = readBytes(files[0]!.path);
    expect(read).toEqual({
      ok: false,
      failure: { kind: 'unreadable', detail: { zh: '文件不存在，或是失效的链接', en: 'the file no longer exists, or is a broken link' } },
    });
    if (read.ok) return;
    const report = checkSources([{ file: 'vanish/soon-gone.yaml', error: read.failure }], { asOf: '2016-12-31' });
    expect(report.dossiers[0]!.verdict).toBe('fail');
  });

  it('a link to itself is reported as a loop', () => {
    const dir = fresh('self-link');
    symlinkSync('loop.yaml', join(dir, 'loop.yaml'));
    const { report } = jsonRun(['self-link']);
    expect(report.dossiers.map((d) => d.findings.map((f) => f.message))).toEqual([['Cannot read the file: a loop of symbolic links']]);
  });
});

describe('symbolic link loops between folders', () => {
  it('end, and each dossier is checked once', () => {
    const dir = fresh('loops');
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'dossier.yaml'), DOSSIER);
    symlinkSync(join(dir, 'b'), join(dir, 'a', 'to-b'));
    symlinkSync(join(dir, 'a'), join(dir, 'b', 'to-a'));
    const { report, code } = jsonRun(['loops']);
    expect(report.dossiers.map((d) => d.file)).toEqual(['loops/a/dossier.yaml']);
    expect(code).toBe(0);
  });
});

describe('size', () => {
  it('a file over the default 16 MiB limit is refused unread, and --max-file-size raises the limit', () => {
    const dir = fresh('large');
    const padding = `# ${'填充'.repeat(100)}\n`;
    writeFileSync(join(dir, 'large.yaml'), DOSSIER + padding.repeat(Math.ceil((17 * 1024 * 1024) / Buffer.byteLength(padding))));
    const refused = jsonRun(['large/large.yaml']);
    expect(refused.report.dossiers[0]!.findings.map((f) => f.message)).toEqual([
      'The file is 17.0 MiB, over the 16.0 MiB limit, and was not read (see --max-file-size)',
    ]);
    const allowed = jsonRun(['large/large.yaml', '--max-file-size', '32m']);
    expect(allowed.report.dossiers[0]!.findings).toEqual([]);
  });

  it('a small limit refuses a normal dossier', () => {
    const run = runCli(['check', 'fixtures/dossiers/pass-built-housing.yaml', ...AS_OF, '--max-file-size', '1k']);
    expect(run.stdout).toMatch(/yaml-syntax {2}The file is \d+\.\d KiB, over the 1\.0 KiB limit, and was not read/);
    expect(run.code).toBe(1);
  });

  it('a malformed --max-file-size is a usage error', () => {
    const run = runCli(['check', 'fixtures/dossiers', '--max-file-size', 'lots']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('dossier-check: --max-file-size expects a size in bytes or with k/m, such as 16m; got "lots"');
  });

  it('a very long line is handled, and the message quotes it shortened', () => {
    const dir = fresh('long-line');
    writeFileSync(join(dir, 'long.yaml'), DOSSIER.replace('  amount: 68800', `  amount: ${'九'.repeat(1_000_000)}`));
    const { report, code } = jsonRun(['long-line']);
    const messages = report.dossiers[0]!.findings.map((f) => f.message);
    expect(messages).toEqual([`Wrong type: expected number, found "${'九'.repeat(MAX_SHOWN_LENGTH)}…(+${1_000_000 - MAX_SHOWN_LENGTH})"`]);
    expect(code).toBe(1);
  });
});
