import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evidenceReader, evidenceReaders, readStream } from '../../src/engine/sources.js';
import { BASE_DOSSIER } from '../support/dossier-text.js';
import { runInProcess } from '../support/in-process-cli.js';
import { ROOT, runCli } from '../support/run-cli.js';

// A dossier and everything in its folder come from the borrower: these tests play the borrower.
const work = realpathSync(mkdtempSync(join(tmpdir(), 'dossier-check-hostile-')));
chmodSync(work, 0o755);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sha256 = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');
const BIN = join(ROOT, 'bin', 'dossier-check.js');
const LINK_OUTSIDE = { ok: false, reason: { zh: '符号链接指向资料文件夹之外', en: 'a symbolic link leads outside the dossier folder' } };
const NOT_REGULAR = { zh: '不是普通文件（是文件夹、管道或设备）', en: 'not a regular file (a folder, FIFO or device)' };
const OUTSIDE = { ok: false, reason: { zh: '在资料文件夹之外', en: 'outside the dossier folder' } };

/** Every document of the base dossier names this evidence file with this hash. */
function everyDocumentNames(file: string, hash: string): string {
  return BASE_DOSSIER.replace(/^( {2}- \{ id: d-[^\n]*) \}$/gm, `$1, evidence: { file: ${JSON.stringify(file)}, sha256: ${hash} } }`);
}

type JsonReport = { dossiers: { file: string; findings: { ruleId: string; messageId: string; message: string }[] }[] };

function checkJson(args: string[], cwd = work) {
  const run = runCli(['check', ...args, '--as-of', '2016-12-31', '--format', 'json'], { cwd });
  return { ...run, report: JSON.parse(run.stdout || '{}') as JsonReport };
}

describe('evidence paths never lead the checker outside the dossier folder', () => {
  const secret = 'a file outside the dossier folder';
  const outside = join(work, 'outside');
  const folder = join(work, 'dossier');
  mkdirSync(join(outside, 'dir'), { recursive: true });
  mkdirSync(join(folder, 'scans'), { recursive: true });
  mkdirSync(join(folder, 'store'));
  writeFileSync(join(outside, 'secret.pdf'), secret);
  writeFileSync(join(outside, 'dir', 'inner.pdf'), secret);
  // Were the checker to open this outside FIFO, it would wait forever for a writer.
  execFileSync('mkfifo', [join(outside, 'pipe.pdf')]);
  writeFileSync(join(folder, 'scans', 'fsr.pdf'), 'scan');
  writeFileSync(join(folder, '..legit.pdf'), 'legit');
  execFileSync('mkfifo', [join(folder, 'pipe.pdf')]);
  symlinkSync('../outside/secret.pdf', join(folder, 'to-secret.pdf'));
  symlinkSync(join(outside, 'secret.pdf'), join(folder, 'to-secret-absolute.pdf'));
  symlinkSync('../outside/pipe.pdf', join(folder, 'to-pipe.pdf'));
  symlinkSync('../outside/nothing.pdf', join(folder, 'to-nothing.pdf'));
  symlinkSync('../outside', join(folder, 'to-outside-dir'));
  symlinkSync('/', join(folder, 'to-root'));
  symlinkSync('/dev/zero', join(folder, 'to-zero.pdf'));
  symlinkSync('scans/fsr.pdf', join(folder, 'to-scan.pdf'));
  symlinkSync(join(folder, 'scans', 'fsr.pdf'), join(folder, 'to-scan-absolute.pdf'));
  symlinkSync('..', join(folder, 'scans', 'up'));
  symlinkSync('loop.pdf', join(folder, 'loop.pdf'));
  const read = evidenceReader(join(folder, 'dossier.yaml'));

  it.each([
    ['a path that climbs out', '../outside/secret.pdf', OUTSIDE],
    ['an absolute path', join(outside, 'secret.pdf'), OUTSIDE],
    ['an absolute path to a file inside', join(folder, 'scans', 'fsr.pdf'), OUTSIDE],
    ['a link to a file outside', 'to-secret.pdf', LINK_OUTSIDE],
    ['an absolute link to a file outside', 'to-secret-absolute.pdf', LINK_OUTSIDE],
    ['a link to a folder outside, then a file through it', 'to-outside-dir/dir/inner.pdf', LINK_OUTSIDE],
    ['a link to /, then a file through it', 'to-root/etc/passwd', LINK_OUTSIDE],
    ['a link to /dev/zero', 'to-zero.pdf', LINK_OUTSIDE],
    ['a link to a FIFO outside', 'to-pipe.pdf', LINK_OUTSIDE],
    // Whether the outside target exists is not revealed either.
    ['a link to nothing outside', 'to-nothing.pdf', LINK_OUTSIDE],
    ['a link to the folder itself, then climbing through another link', 'scans/up/to-outside-dir/secret.pdf', LINK_OUTSIDE],
  ])('refuses %s, saying nothing of what lies outside', (_name, path, expected) => {
    expect(read(path)).toEqual(expected);
  });

  it.each([
    ['a name that starts with two dots', '..legit.pdf', 'legit'],
    ['a plain path', 'scans/fsr.pdf', 'scan'],
    ['a path that climbs out and back in', '../dossier/scans/fsr.pdf', 'scan'],
    ['a link that stays inside', 'to-scan.pdf', 'scan'],
    ['an absolute link back into the folder', 'to-scan-absolute.pdf', 'scan'],
    ['a link to the folder itself, then a file', 'scans/up/scans/fsr.pdf', 'scan'],
  ])('accepts and hashes %s', (_name, path, content) => {
    expect(read(path)).toEqual({ ok: true, sha256: sha256(content), content: 'other' });
  });

  it('refuses a FIFO inside the folder without opening it, and reports a link loop', () => {
    expect(read('pipe.pdf')).toEqual({ ok: false, reason: NOT_REGULAR });
    expect(read('scans')).toEqual({ ok: false, reason: NOT_REGULAR });
    expect(read('loop.pdf')).toEqual({ ok: false, reason: { zh: '符号链接构成循环', en: 'a loop of symbolic links' } });
    expect(read('missing.pdf')).toEqual({
      ok: false,
      reason: {
        zh: '文件不存在，或是失效的链接（路径相对于资料所在的文件夹）',
        en: "the file no longer exists, or is a broken link (the path is relative to the dossier's folder)",
      },
    });
  });

  it('puts no outside hash, path or content in any report', () => {
    const cases = ['to-secret.pdf', 'to-outside-dir/secret.pdf', '../outside/secret.pdf', join(outside, 'secret.pdf')];
    for (const path of cases) {
      writeFileSync(join(folder, 'dossier.yaml'), everyDocumentNames(path, 'ab'.repeat(32)));
      for (const format of ['json', 'text']) {
        const run = runCli(['check', 'dossier/dossier.yaml', '--as-of', '2016-12-31', '--rule', 'evidence-matches', '--format', format], { cwd: work });
        expect(run.code).toBe(1);
        expect(run.stdout).toContain('cannot be read');
        expect(run.stdout).not.toContain(sha256(secret));
        expect(run.stdout).not.toContain(secret);
        // The report quotes the path the dossier wrote, and nothing a link resolved to.
        if (!path.startsWith(outside)) expect(run.stdout).not.toContain(outside);
      }
    }
  });
});

describe('evidence files are hashed as a bounded stream, once per run', () => {
  const folder = join(work, 'once');
  mkdirSync(join(folder, 'sub'), { recursive: true });

  it('hashes a file once however many documents and dossiers name it, by its real path', () => {
    writeFileSync(join(folder, 'sub', 'scan.pdf'), 'first');
    symlinkSync('sub/scan.pdf', join(folder, 'alias.pdf'));
    const readers = evidenceReaders();
    const read = readers(join(folder, 'dossier.yaml'));
    expect(read('sub/scan.pdf')).toEqual({ ok: true, sha256: sha256('first'), content: 'other' });
    // Were the file read again, the new content would show.
    writeFileSync(join(folder, 'sub', 'scan.pdf'), 'second');
    expect(read('./sub//scan.pdf')).toEqual({ ok: true, sha256: sha256('first'), content: 'other' });
    expect(read('alias.pdf')).toEqual({ ok: true, sha256: sha256('first'), content: 'other' });
    expect(readers(join(folder, 'sub', 'other.yaml'))('scan.pdf')).toEqual({ ok: true, sha256: sha256('first'), content: 'other' });
    // The next run reads it afresh.
    expect(evidenceReader(join(folder, 'dossier.yaml'))('sub/scan.pdf')).toEqual({ ok: true, sha256: sha256('second'), content: 'other' });
  });

  it('refuses a 20 GB (sparse) file by its size, unread', () => {
    writeFileSync(join(folder, 'huge.pdf'), '');
    truncateSync(join(folder, 'huge.pdf'), 20 * 1024 ** 3);
    expect(evidenceReader(join(folder, 'dossier.yaml'))('huge.pdf')).toEqual({
      ok: false,
      reason: { zh: '大于证明文件的上限 512 MiB', en: 'larger than 512 MiB, the limit for evidence files' },
    });
  });

  it('takes a smaller limit', () => {
    writeFileSync(join(folder, 'small.pdf'), 'x'.repeat(2048));
    const read = evidenceReader(join(folder, 'dossier.yaml'), { maxSize: 1024 });
    expect(read('small.pdf')).toEqual({
      ok: false,
      reason: { zh: '大于证明文件的上限 1024 字节', en: 'larger than 1024 bytes, the limit for evidence files' },
    });
  });

  it('checks a dossier whose every document names the same 50 MB file', () => {
    const big = join(folder, 'big.bin');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024);
    const text = everyDocumentNames('big.bin', sha256(Buffer.alloc(50 * 1024 * 1024)));
    expect(text.match(/evidence: \{ file: "big\.bin"/g)?.length).toBeGreaterThanOrEqual(16);
    writeFileSync(join(folder, 'dossier.yaml'), text);
    const { code, report } = checkJson(['once/dossier.yaml', '--rule', 'evidence-matches']);
    expect(report.dossiers[0]!.findings).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('folder scans stay inside the folder named', () => {
  const scan = join(work, 'scan');
  const sibling = join(work, 'sibling');
  mkdirSync(join(scan, '.store'), { recursive: true });
  mkdirSync(sibling, { recursive: true });
  writeFileSync(join(scan, 'own.yaml'), BASE_DOSSIER);
  writeFileSync(join(scan, '.store', 'stored.yaml'), BASE_DOSSIER);
  writeFileSync(join(sibling, 'outside.yaml'), BASE_DOSSIER);
  symlinkSync('/', join(scan, 'to-root'));
  symlinkSync('../sibling', join(scan, 'to-sibling'));
  symlinkSync('../sibling/outside.yaml', join(scan, 'outside-file.yaml'));
  // A hidden folder is not searched, so its dossier is found only through the link, which stays inside.
  symlinkSync('.store', join(scan, 'to-store'));
  symlinkSync('.store/stored.yaml', join(scan, 'stored-link.yaml'));

  it('follows no link that leads outside (not even to /), and still follows links that stay inside', () => {
    const { report } = checkJson(['scan', '--rule', 'evidence-matches']);
    expect(report.dossiers.map((d) => d.file)).toEqual(['scan/own.yaml', 'scan/stored-link.yaml', 'scan/to-store/stored.yaml']);
  });

  it('takes a link named on the command line as named', () => {
    const { report } = checkJson(['scan/to-sibling', 'scan/outside-file.yaml', '--rule', 'evidence-matches']);
    expect(report.dossiers.map((d) => d.file)).toEqual(['scan/outside-file.yaml', 'scan/to-sibling/outside.yaml']);
  });
});

describe('standard input obeys --max-file-size while it is read', () => {
  const tooLarge = /^ {2}<stdin>:1:1 {2}error {2}yaml-syntax {2}The file is > [\d.]+ KiB, over the (1|64)\.0 KiB limit, and was not read/m;

  it('stops reading an endless stream one chunk past the limit', async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield new Uint8Array(1000);
      }
    }
    const read = await readStream(endless(), 10_000);
    expect(read).toEqual({ ok: false, failure: { kind: 'tooLarge', size: 11_000, atLeast: true } });
    expect(pulled).toBe(11);
    expect(await readStream([new Uint8Array(10_000)], 10_000)).toEqual({ ok: true, bytes: Buffer.alloc(10_000) });
  });

  it('refuses 10 MB piped in over a 1k limit', () => {
    const run = runCli(['check', '-', '--max-file-size', '1k', '--as-of', '2016-12-31'], { input: Buffer.alloc(10 * 1024 * 1024, 'a') });
    expect(run.stdout).toMatch(tooLarge);
    expect(run.code).toBe(1);
  });

  it('refuses /dev/zero instead of reading it forever', () => {
    const command = `"${process.execPath}" "${BIN}" check - --max-file-size 64k --as-of 2016-12-31 < /dev/zero`;
    const run = spawnSync('sh', ['-c', command], { cwd: ROOT, encoding: 'utf8', timeout: 30_000, env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8' } });
    expect(run.stdout).toMatch(tooLarge);
    expect(run.status).toBe(1);
  });

  it('refuses in-process too, and accepts input within the limit', async () => {
    const over = await runInProcess(['check', '-', '--max-file-size', '1k', '--as-of', '2016-12-31'], { stdin: Buffer.alloc(2048, 'a') });
    expect(over.stdout).toMatch(tooLarge);
    const within = await runInProcess(['check', '-', '--as-of', '2016-12-31', '--format', 'json'], { stdin: Buffer.from(BASE_DOSSIER) });
    expect((JSON.parse(within.stdout) as JsonReport).dossiers[0]!.findings.map((f) => f.messageId)).not.toContain('tooLarge');
  });
});
