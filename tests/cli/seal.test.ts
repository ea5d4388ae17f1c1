import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BASE_DOSSIER, replaceOnce } from '../support/dossier-text.js';
import { lineDiff } from '../support/line-diff.js';
import { workspace } from '../support/reviewer-folders.js';
import { ROOT, runCli } from '../support/run-cli.js';

const sha256 = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

const FSR = '%PDF-1.4 可研批复';
const EIA = '%PDF-1.4 环评批复';
const LISTING = '%PDF-1.4 计划下达';
const OUTSIDE = 'a file outside the dossier folder';

/** BASE_DOSSIER with evidence written every way an author might: block with comments and blank lines, braces, quotes. */
function dossierText(): string {
  let text = `# 测试资料 · a test dossier\n${BASE_DOSSIER}`;
  text = replaceOnce(
    text,
    '  - { id: d-fsr, kind: feasibility-approval, issuer: 太原市发展和改革委员会, issued: 2016-03-01 }\n',
    `  - id: d-fsr   # 可研批复
    kind: feasibility-approval
    issuer: "太原市发展和改革委员会"
    issued: 2016-03-01

    evidence:
      # 扫描件，原件已核
      file: "scans/fsr.pdf"   # quoted, with a comment
`,
  );
  text = replaceOnce(
    text,
    'issuer: 太原市环境保护局, issued: 2016-03-02 }',
    `issuer: 太原市环境保护局, issued: 2016-03-02, evidence: { file: scans/eia.pdf, sha256: '${'0'.repeat(63)}1' } }`,
  );
  text = replaceOnce(text, 'issuer: 太原市规划局, issued: 2016-03-03 }', 'issuer: 太原市规划局, issued: 2016-03-03, evidence: {file: ../outside.pdf} }');
  text = replaceOnce(
    text,
    'issuer: 太原市国土资源局, issued: 2016-03-04 }',
    'issuer: 太原市国土资源局, issued: 2016-03-04, evidence: { file: scans/link.pdf } }',
  );
  return replaceOnce(text, 'issued: 2016-01-18 }', `issued: 2016-01-18, evidence: { file: scans/listing.pdf, sha256: ${sha256(LISTING)} } }`);
}

let remove: (() => void) | undefined;
afterEach(() => remove?.());

/** A folder holding `dossier/d.yaml` with its scans, a link from inside to a file beside the folder, and that file. */
function sealWorkspace() {
  const space = workspace({
    'dossier/d.yaml': dossierText(),
    'dossier/scans/fsr.pdf': FSR,
    'dossier/scans/eia.pdf': EIA,
    'dossier/scans/listing.pdf': LISTING,
    'outside.pdf': OUTSIDE,
  });
  symlinkSync(space.path('outside.pdf'), space.path('dossier/scans/link.pdf'));
  remove = space.remove;
  return space;
}

describe('dossier-check seal', () => {
  it('writes each readable evidence file’s SHA-256, changes no other byte, says what it changed, and keeps the mode', () => {
    const space = sealWorkspace();
    const file = space.path('dossier/d.yaml');
    chmodSync(file, 0o640);
    const before = readFileSync(file, 'utf8');
    const run = runCli(['seal', 'dossier/d.yaml'], { cwd: space.root });

    const after = readFileSync(file, 'utf8');
    // The diff: one line added (block), one line changed (braces, wrong hash); nothing else.
    const { removed, added } = lineDiff(before, after);
    expect(removed).toEqual([expect.stringContaining('d-eia')]);
    expect(added).toEqual([`      sha256: ${sha256(FSR)}\n`, removed[0]!.replace(`'${'0'.repeat(63)}1'`, `'${sha256(EIA)}'`)]);
    expect(statSync(file).mode & 0o777).toBe(0o640);

    expect(run.stdout).toBe(
      [
        'dossier/d.yaml',
        `  d-fsr  scans/fsr.pdf  sha256 (none) → ${sha256(FSR).slice(0, 12)}`,
        `  d-eia  scans/eia.pdf  sha256 ${'0'.repeat(12)} → ${sha256(EIA).slice(0, 12)}`,
        '  d-plan  ../outside.pdf  not sealed: outside the dossier folder',
        '  d-land  scans/link.pdf  not sealed: a symbolic link leads outside the dossier folder',
        'Sealed 2 SHA-256 hashes in 1 dossier.',
        '',
      ].join('\n'),
    );
    // Not sealed files make the run fail; nothing of the file outside shows, not even its hash.
    expect(run.code).toBe(1);
    expect(after).not.toContain(sha256(OUTSIDE));
    expect(run.stdout).not.toContain(sha256(OUTSIDE).slice(0, 12));
  });

  it('leaves no temporary file behind, and a second run changes nothing: the same bytes, "nothing to change"', () => {
    const space = sealWorkspace();
    runCli(['seal', 'dossier/d.yaml'], { cwd: space.root });
    const sealed = readFileSync(space.path('dossier/d.yaml'));
    expect(readdirSync(space.path('dossier')).sort()).toEqual(['d.yaml', 'scans']);

    const again = runCli(['seal', 'dossier/d.yaml'], { cwd: space.root });
    expect(readFileSync(space.path('dossier/d.yaml')).equals(sealed)).toBe(true);
    expect(again.stdout.split('\n')[0]).toBe('dossier/d.yaml: nothing to change');
    expect(again.stdout).toContain('Nothing to change.');
  });

  it('leaves the evidence check of the sealed dossier with nothing to say about the files it sealed', () => {
    const space = workspace({ 'd/x.yaml': readFileSync(join(ROOT, 'fixtures/dossiers/fail-evidence-mismatch.yaml'), 'utf8') });
    remove = space.remove;
    mkdirSync(space.path('d/scans'));
    copyFileSync(join(ROOT, 'fixtures/dossiers/scans/郝庄 可研批复.pdf'), space.path('d/scans/郝庄 可研批复.pdf'));
    const check = () => runCli(['check', 'd/x.yaml', '--format', 'json', '--as-of', '2016-12-31'], { cwd: space.root });
    const rules = (stdout: string) => (JSON.parse(stdout) as { dossiers: { findings: { ruleId: string }[] }[] }).dossiers[0]!.findings.map((f) => f.ruleId);
    expect(rules(check().stdout)).toContain('evidence-matches');
    expect(runCli(['seal', 'd/x.yaml'], { cwd: space.root }).code).toBe(0);
    expect(rules(check().stdout)).not.toContain('evidence-matches');
  });

  it('with --dry-run, says what would change and writes nothing', () => {
    const space = sealWorkspace();
    const before = readFileSync(space.path('dossier/d.yaml'));
    const run = runCli(['seal', '--dry-run', 'dossier/d.yaml'], { cwd: space.root });
    expect(readFileSync(space.path('dossier/d.yaml')).equals(before)).toBe(true);
    expect(run.stdout).toContain(`  d-fsr  scans/fsr.pdf  sha256 (none) → ${sha256(FSR).slice(0, 12)}`);
    expect(run.stdout).toContain('Would seal 2 SHA-256 hashes in 1 dossier (--dry-run: nothing written).');
  });

  it('speaks Chinese with --lang zh', () => {
    const space = sealWorkspace();
    const run = runCli(['seal', '--lang', 'zh', 'dossier/d.yaml'], { cwd: space.root });
    expect(run.stdout).toContain(`  d-fsr  scans/fsr.pdf  sha256 （无） → ${sha256(FSR).slice(0, 12)}`);
    expect(run.stdout).toContain('  d-plan  ../outside.pdf  未封存：在资料文件夹之外');
    expect(run.stdout).toContain('已在 1 份资料中写入 2 个 SHA-256。');
  });

  it('refuses a dossier with YAML errors in one line with file, line and column, and does not touch it', () => {
    const broken = 'dossierFormat: 1\ndocuments:\n  - id: x\n    evidence: { file: a.pdf\n';
    const space = workspace({ 'd/broken.yaml': broken, 'd/a.pdf': 'x', 'd/other.txt': 'not yaml: [' });
    remove = space.remove;
    const run = runCli(['seal', 'd/broken.yaml', 'd/other.txt'], { cwd: space.root });
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^dossier-check: d\/broken\.yaml:\d+:\d+: .+; not sealed$/);
    expect(lines[1]).toBe('dossier-check: d/other.txt: not a dossier (no dossierFormat key); not sealed');
    expect(readFileSync(space.path('d/broken.yaml'), 'utf8')).toBe(broken);
    expect(readdirSync(space.path('d')).sort()).toEqual(['a.pdf', 'broken.yaml', 'other.txt']);
  });

  it('does not read a FIFO or a folder named as evidence, and seals the rest', () => {
    const text =
      'dossierFormat: 1\ndocuments:\n  - id: a\n    evidence: { file: scans }\n  - id: p\n    evidence: { file: pipe.pdf }\n  - id: b\n    evidence: { file: ok.pdf }\n';
    const space = workspace({ 'd/x.yaml': text, 'd/scans/s.pdf': 's', 'd/ok.pdf': 'ok' });
    remove = space.remove;
    execFileSync('mkfifo', [space.path('d/pipe.pdf')]);
    const run = runCli(['seal', 'd/x.yaml'], { cwd: space.root });
    expect(run.stdout).toContain('  a  scans  not sealed: not a regular file (a folder, FIFO or device)');
    expect(run.stdout).toContain('  p  pipe.pdf  not sealed: not a regular file (a folder, FIFO or device)');
    expect(readFileSync(space.path('d/x.yaml'), 'utf8')).toBe(text.replace('file: ok.pdf }', `file: ok.pdf, sha256: ${sha256('ok')} }`));
  });

  it('keeps a byte-order mark and writes through a link to the dossier, which stays a link', () => {
    const text = `\uFEFFdossierFormat: 1\ndocuments:\n  - id: a\n    evidence: { file: a.pdf }\n`;
    const space = workspace({ 'd/real.yaml': text, 'd/a.pdf': 'a' });
    remove = space.remove;
    symlinkSync('real.yaml', space.path('d/link.yaml'));
    expect(runCli(['seal', 'd/link.yaml'], { cwd: space.root }).code).toBe(0);
    expect(readFileSync(space.path('d/real.yaml'), 'utf8')).toBe(text.replace('a.pdf }', `a.pdf, sha256: ${sha256('a')} }`));
    expect(readFileSync(space.path('d/real.yaml'))[0]).toBe(0xef);
    expect(readdirSync(space.path('d')).sort()).toEqual(['a.pdf', 'link.yaml', 'real.yaml']);
  });

  it('needs a file', () => {
    const run = runCli(['seal']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(/^dossier-check: missing required argument 'files'/);
  });
});

describe('dossier-check seal: hostile names', () => {
  it('escapes control characters of a document id and path in what it prints', () => {
    const text = 'dossierFormat: 1\ndocuments:\n  - id: "x\\u001b[2J"\n    evidence: { file: "a\\u001b[31m.pdf" }\n';
    const space = workspace({ 'd/x.yaml': text });
    remove = space.remove;
    writeFileSync(space.path('d/a\u001b[31m.pdf'), 'a');
    const run = runCli(['seal', 'd/x.yaml'], { cwd: space.root });
    expect(run.stdout).not.toContain('\u001b');
    expect(run.code).toBe(0);
  });
});
