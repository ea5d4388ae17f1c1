import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSources, checkSourcesAsync } from '../../src/engine/check.js';
import { evidenceAccess } from '../../src/engine/sources.js';
import { readPdfText } from '../../src/engine/pdf-text.js';
import { ROOT, runCli } from '../support/run-cli.js';

// The borrower supplies the dossier and every file beside it; these tests play the borrower.
const work = realpathSync(mkdtempSync(join(tmpdir(), 'dossier-check-evidence-')));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sha256 = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');
const FIXTURES = 'fixtures/evidence';
const PDF_WITH_NUMBER = readFileSync(join(ROOT, FIXTURES, 'scans/fsr-with-number.pdf'));
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
/** A passing dossier of the fixtures whose feasibility approval (并发改审批发〔2016〕45号) names `scans/fsr-with-number.pdf`. */
const DOSSIER = readFileSync(join(ROOT, FIXTURES, 'pass-number-in-text.yaml'), 'utf8');
const FSR_EVIDENCE = `    evidence:\n      file: scans/fsr-with-number.pdf\n      sha256: ${sha256(PDF_WITH_NUMBER)}\n`;

interface JsonFinding {
  ruleId: string;
  messageId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  path: string;
}
type JsonReport = { dossiers: { file: string; verdict: string; findings: JsonFinding[] }[]; summary: Record<string, number> };

/** A folder holding the dossier, whose feasibility approval names `evidence` (YAML lines), and these files. */
function dossierFolder(name: string, evidence: string, files: Record<string, string | Buffer> = {}): string {
  const folder = join(work, name);
  mkdirSync(join(folder, 'scans'), { recursive: true });
  if (!DOSSIER.includes(FSR_EVIDENCE)) throw new Error('the fixture changed');
  writeFileSync(join(folder, 'dossier.yaml'), DOSSIER.replace(FSR_EVIDENCE, evidence.replace(/\n?$/, '\n')));
  for (const [path, content] of Object.entries(files)) writeFileSync(join(folder, path), content);
  return folder;
}

function check(folder: string, extra: string[] = []) {
  const run = runCli(['check', join(folder, 'dossier.yaml'), '--as-of', '2016-12-31', '--format', 'json', ...extra], { cwd: work, timeout: 60_000 });
  const report = JSON.parse(run.stdout || '{}') as JsonReport;
  return { ...run, report, findings: report.dossiers?.[0]?.findings ?? [] };
}

const evidenceFindings = (findings: JsonFinding[]) =>
  findings.filter((f) => f.ruleId.startsWith('evidence-')).map((f) => ({ rule: f.ruleId, id: f.messageId, severity: f.severity, path: f.path }));

const FILE_PATH = 'documents[11].evidence.file';
const HASH_PATH = 'documents[11].evidence.sha256';

describe('the evidence fixtures are judged right', () => {
  it('a tampered file, an escaping link, a PDF with and without the declared 文号, a scan without text', () => {
    const run = runCli(['check', FIXTURES, '--as-of', '2016-12-31', '--format', 'json'], { timeout: 60_000 });
    const report = JSON.parse(run.stdout) as JsonReport;
    const byFile = Object.fromEntries(
      report.dossiers.map((d) => [
        d.file.replace(`${FIXTURES}/`, ''),
        [d.verdict, ...d.findings.map((f) => `${f.severity} ${f.ruleId}.${f.messageId} ${f.path}`)],
      ]),
    );
    expect(byFile).toEqual({
      'fail-escaping-link.yaml': ['fail', `error evidence-matches.unreadable ${FILE_PATH}`],
      'fail-tampered.yaml': ['fail', `error evidence-matches.mismatch ${HASH_PATH}`],
      'info-scan-without-text.yaml': ['pass', `information evidence-text.unverifiable ${FILE_PATH}`],
      'pass-number-in-text.yaml': ['pass'],
      'warn-number-not-in-text.yaml': ['pass', 'warning evidence-text.numberMissing documents[11].number'],
    });
    expect(report.summary).toEqual({ dossiers: 5, passed: 3, failed: 2, errors: 2, warnings: 1, information: 1, waived: 0, skipped: 0 });
    // Information fails nothing, even with --fail-on warning: only the two errors and the one warning do.
    expect(runCli(['check', `${FIXTURES}/info-scan-without-text.yaml`, '--as-of', '2016-12-31', '--fail-on', 'warning']).code).toBe(0);
    expect(run.code).toBe(1);
  });

  it('the escaping link is a symbolic link in the repository, and nothing of its target reaches any report', () => {
    const link = join(ROOT, FIXTURES, 'scans/outside.pdf');
    const target = readFileSync(link);
    for (const format of ['json', 'text']) {
      const run = runCli(['check', `${FIXTURES}/fail-escaping-link.yaml`, '--as-of', '2016-12-31', '--format', format, '--lang', 'en']);
      expect(run.stdout).toContain('a symbolic link leads outside the dossier folder');
      expect(run.stdout).not.toContain(sha256(target));
      expect(run.stdout).not.toContain('dossiers/scans');
      expect(run.stdout).not.toContain('郝庄 可研批复');
    }
  });
});

describe('evidence paths that leave the folder or name no regular file', () => {
  const outside = join(work, 'outside-secret.pdf');
  writeFileSync(outside, PDF_WITH_NUMBER);

  it.each([
    ['a path that climbs out', '../outside-secret.pdf', 'outside the dossier folder'],
    ['an absolute path', outside, 'outside the dossier folder'],
    ['a symbolic link out of the folder', 'scans/link-out.pdf', 'a symbolic link leads outside the dossier folder'],
    ['a symbolic link to a device', 'scans/zero.pdf', 'a symbolic link leads outside the dossier folder'],
    ['a folder', 'scans', 'not a regular file (a folder, FIFO or device)'],
    ['a FIFO, never opened (the run would otherwise wait forever)', 'scans/pipe.pdf', 'not a regular file (a folder, FIFO or device)'],
  ])('%s is refused, at the path field, with nothing of what lies there', (name, path, reason) => {
    const folder = dossierFolder(name.replace(/\W+/g, '-'), `    evidence:\n      file: ${JSON.stringify(path)}\n      sha256: ${sha256(PDF_WITH_NUMBER)}`);
    if (path === 'scans/link-out.pdf') symlinkSync('../../outside-secret.pdf', join(folder, path));
    if (path === 'scans/zero.pdf') symlinkSync('/dev/zero', join(folder, path));
    if (path === 'scans/pipe.pdf') execFileSync('mkfifo', [join(folder, path)]);
    const { findings, code, stdout } = check(folder);
    expect(evidenceFindings(findings)).toEqual([{ rule: 'evidence-matches', id: 'unreadable', severity: 'error', path: FILE_PATH }]);
    expect(findings.find((f) => f.ruleId === 'evidence-matches')!.message).toContain(reason);
    // The outside file holds the very PDF the dossier states: were it read, its hash would match and show nowhere.
    expect(stdout).not.toContain('太原市发展和改革委员会文件');
    expect(code).toBe(1);
  });

  it('a 20 GB sparse file is refused by its size, unread', () => {
    const folder = dossierFolder('sparse', '    evidence:\n      file: scans/huge.pdf');
    writeFileSync(join(folder, 'scans/huge.pdf'), '');
    truncateSync(join(folder, 'scans/huge.pdf'), 20 * 1024 ** 3);
    const { findings } = check(folder);
    expect(findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['evidence-matches', 'Evidence file "scans/huge.pdf" cannot be read: larger than 512 MiB, the limit for evidence files'],
    ]);
  });
});

describe('what an evidence file holds', () => {
  it('a hash mismatch is an error at the hash field', () => {
    const folder = dossierFolder('mismatch', `    evidence:\n      file: scans/fsr.pdf\n      sha256: ${sha256('the original')}`, {
      'scans/fsr.pdf': PDF_WITH_NUMBER,
    });
    expect(evidenceFindings(check(folder).findings)).toEqual([{ rule: 'evidence-matches', id: 'mismatch', severity: 'error', path: HASH_PATH }]);
  });

  it('an empty file is an error at the path field, even with the hash of no bytes stated', () => {
    const folder = dossierFolder('empty', `    evidence:\n      file: scans/fsr.pdf\n      sha256: ${sha256('')}`, { 'scans/fsr.pdf': '' });
    expect(evidenceFindings(check(folder).findings)).toEqual([{ rule: 'evidence-matches', id: 'empty', severity: 'error', path: FILE_PATH }]);
  });

  it('wrong magic bytes for the extension are a warning at the path field; the hash still matches', () => {
    const folder = dossierFolder('magic', `    evidence:\n      file: scans/fsr.pdf\n      sha256: ${sha256(PNG)}`, { 'scans/fsr.pdf': PNG });
    const { findings, code } = check(folder);
    expect(evidenceFindings(findings)).toEqual([{ rule: 'evidence-content-type', id: 'mismatch', severity: 'warning', path: FILE_PATH }]);
    expect(findings[0]!.message).toBe('Evidence file "scans/fsr.pdf" is named as a PDF file, but its content is a PNG image');
    expect(code).toBe(0);
  });

  it('two documents of different kinds claiming one file, through a link, are a warning at the second', () => {
    const folder = dossierFolder('twice', '    evidence:\n      file: scans/fsr.pdf', { 'scans/fsr.pdf': PDF_WITH_NUMBER });
    symlinkSync('fsr.pdf', join(folder, 'scans/alias.pdf'));
    const text = readFileSync(join(folder, 'dossier.yaml'), 'utf8');
    // The EIA approval (documents[12]) names the same file under another name.
    const eia = '    issuer: 太原市环境保护局\n    issued: 2016-04-12\n';
    writeFileSync(join(folder, 'dossier.yaml'), text.replace(eia, `${eia}    evidence:\n      file: scans/alias.pdf\n`));
    const found = evidenceFindings(check(folder).findings).filter((f) => f.rule === 'evidence-claimed-once');
    expect(found).toEqual([{ rule: 'evidence-claimed-once', id: 'sameFile', severity: 'warning', path: 'documents[12].evidence.file' }]);
  });
});

describe('the text of evidence PDFs', () => {
  it('is read by the asynchronous API, and not by the synchronous one, which says so in the rule description', async () => {
    const folder = join(ROOT, FIXTURES);
    const access = evidenceAccess()(join(folder, 'warn-number-not-in-text.yaml'));
    const input = {
      file: 'warn.yaml',
      bytes: readFileSync(join(folder, 'warn-number-not-in-text.yaml')),
      evidence: access.read,
      evidenceText: access.readWithText,
    };
    const asynchronous = await checkSourcesAsync([input], { asOf: '2016-12-31' });
    expect(asynchronous.dossiers[0]!.findings.map((f) => f.messageId)).toEqual(['numberMissing']);
    const synchronous = checkSources([input], { asOf: '2016-12-31' });
    expect(synchronous.dossiers[0]!.findings).toEqual([]);
  });

  it('a file that is not a PDF inside, or is cut short, cannot be verified and does not crash', async () => {
    // It names a font, so it is handed to pdf.js (a file naming none is taken for a scan unread).
    expect(await readPdfText(Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Font 2 0 R >> endobj\n%%EOF'))).toEqual({
      kind: 'unverifiable',
      reason: { zh: '文件无法按 PDF 解析', en: 'the file cannot be parsed as a PDF' },
    });
    const cut = await readPdfText(PDF_WITH_NUMBER.subarray(0, 4000));
    expect(cut.kind).toBe('unverifiable');
  });

  it('stops waiting for a PDF past the time limit', async () => {
    expect(await readPdfText(PDF_WITH_NUMBER, 0)).toEqual({
      kind: 'unverifiable',
      reason: { zh: '0 秒内未能读出文字', en: 'its text could not be read within 0 seconds' },
    });
  });
});
