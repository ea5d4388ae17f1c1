import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type EvidenceRead, sealDossierText } from '../../src/dossier/seal-edit.js';
import { lineDiff } from '../support/line-diff.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const OUTSIDE = { zh: '在资料文件夹之外', en: 'outside the dossier folder' };

/** A reader that knows these files and refuses every other. */
function files(hashes: Record<string, string>): (file: string) => EvidenceRead {
  return (file) => (Object.hasOwn(hashes, file) ? { ok: true, sha256: hashes[file]! } : { ok: false, reason: OUTSIDE });
}

const BLOCK = `# 资料 · a dossier
dossierFormat: 1
documents:
  - id: doc-a   # first
    kind: feasibility-approval

    evidence:
      # the scan, as received
      file: "scans/a.pdf"    # quoted, with a comment
  - id: doc-b
    evidence:
      file: scans/b.pdf
      sha256: '${B}'  # stale
  - id: doc-c
    evidence: {file: scans/c.pdf}
  - id: doc-d
    evidence: { file: scans/d.pdf, sha256: "${A}" }
after: { x: 1 }   # unrelated
`;

describe('sealDossierText: hashes written, every other byte kept', () => {
  const sealed = sealDossierText(BLOCK, files({ 'scans/a.pdf': A, 'scans/b.pdf': A, 'scans/c.pdf': A, 'scans/d.pdf': A }));

  it('adds a missing hash on a line of its own after the last key, at the keys’ indentation, after the comment', () => {
    expect(sealed.text).toContain(`      file: "scans/a.pdf"    # quoted, with a comment\n      sha256: ${A}\n  - id: doc-b`);
  });

  it('rewrites a wrong hash in its own quoting, keeping the comment after it', () => {
    expect(sealed.text).toContain(`      sha256: '${A}'  # stale\n`);
  });

  it('adds a hash inside braces as the last pair, in the braces’ own spacing', () => {
    expect(sealed.text).toContain(`    evidence: {file: scans/c.pdf, sha256: ${A}}\n`);
    expect(sealed.text).toContain(`    evidence: { file: scans/d.pdf, sha256: "${A}" }\n`);
  });

  it('changes nothing but hash values: the diff is the three lines that gain or change one', () => {
    const { removed, added } = lineDiff(BLOCK, sealed.text);
    expect(removed).toEqual([`      sha256: '${B}'  # stale\n`, '    evidence: {file: scans/c.pdf}\n']);
    expect(added).toEqual([`      sha256: ${A}\n`, `      sha256: '${A}'  # stale\n`, `    evidence: {file: scans/c.pdf, sha256: ${A}}\n`]);
  });

  it('holds the same data but for the hashes', () => {
    const before = parse(BLOCK) as { documents: { evidence: { sha256?: string } }[] };
    for (const document of before.documents) document.evidence.sha256 = A;
    expect(parse(sealed.text)).toEqual(before);
  });

  it('says what it did to each document, by id', () => {
    expect(sealed.entries.map((entry) => [entry.id, entry.file, entry.outcome])).toEqual([
      ['doc-a', 'scans/a.pdf', { kind: 'added', sha256: A }],
      ['doc-b', 'scans/b.pdf', { kind: 'changed', from: B, sha256: A }],
      ['doc-c', 'scans/c.pdf', { kind: 'added', sha256: A }],
      ['doc-d', 'scans/d.pdf', { kind: 'unchanged', sha256: A }],
    ]);
  });

  it('is idempotent: sealing the sealed text gives the same text and changes nothing', () => {
    const again = sealDossierText(sealed.text, files({ 'scans/a.pdf': A, 'scans/b.pdf': A, 'scans/c.pdf': A, 'scans/d.pdf': A }));
    expect(again.text).toBe(sealed.text);
    expect(again.entries.every((entry) => entry.outcome.kind === 'unchanged')).toBe(true);
  });
});

describe('sealDossierText: what it leaves alone', () => {
  it('leaves a file the reader refuses as it is, and says why', () => {
    const sealed = sealDossierText(BLOCK, files({}));
    expect(sealed.text).toBe(BLOCK);
    expect(sealed.entries.map((entry) => entry.outcome)).toEqual(Array(4).fill({ kind: 'notSealed', reason: OUTSIDE }));
  });

  it('returns the text unchanged, byte for byte, when every hash is right', () => {
    const text = `dossierFormat: 1\ndocuments:\n  - id: x\n    evidence:\n      file: x.pdf\n      sha256: ${A}\n`;
    expect(sealDossierText(text, files({ 'x.pdf': A })).text).toBe(text);
  });

  it('leaves documents without evidence, and a dossier without documents, alone', () => {
    const text = 'dossierFormat: 1\ndocuments:\n  - id: x\n    kind: other\n';
    expect(sealDossierText(text, files({})).entries).toEqual([]);
    expect(sealDossierText('dossierFormat: 1\n', files({})).text).toBe('dossierFormat: 1\n');
  });

  it('does not edit through an alias, and says where to seal instead', () => {
    const text = `dossierFormat: 1\ndocuments:\n  - id: x\n    evidence: &scan\n      file: x.pdf\n  - id: y\n    evidence: *scan\n`;
    const sealed = sealDossierText(text, files({ 'x.pdf': A }));
    expect(sealed.text).toBe(text.replace('file: x.pdf\n', `file: x.pdf\n      sha256: ${A}\n`));
    expect(sealed.entries[1]?.outcome).toMatchObject({ kind: 'notSealed', reason: { en: expect.stringContaining('alias') } });
  });
});

describe('sealDossierText: the forms a dossier may take', () => {
  it('keeps CRLF line ends, and writes its own line with CRLF', () => {
    const text = 'dossierFormat: 1\r\ndocuments:\r\n  - id: x\r\n    evidence:\r\n      file: x.pdf\r\n# end\r\n';
    expect(sealDossierText(text, files({ 'x.pdf': A })).text).toBe(
      `dossierFormat: 1\r\ndocuments:\r\n  - id: x\r\n    evidence:\r\n      file: x.pdf\r\n      sha256: ${A}\r\n# end\r\n`,
    );
  });

  it('adds a line at the end of a file that has no final line break', () => {
    const text = 'dossierFormat: 1\ndocuments:\n  - id: x\n    evidence:\n      file: x.pdf';
    expect(sealDossierText(text, files({ 'x.pdf': A })).text).toBe(`${text}\n      sha256: ${A}`);
  });

  it('fills an empty `sha256:`', () => {
    const text = 'dossierFormat: 1\ndocuments:\n  - id: x\n    evidence:\n      sha256:\n      file: x.pdf\n';
    expect(sealDossierText(text, files({ 'x.pdf': A })).text).toBe(text.replace('sha256:\n', `sha256: ${A}\n`));
  });

  it('puts the hash first when the last key holds a block scalar, whose text runs to the next key', () => {
    const text = 'dossierFormat: 1\ndocuments:\n  - id: x\n    evidence:\n      file: |-\n        x.pdf\n  - id: y\n';
    const sealed = sealDossierText(text, files({ 'x.pdf': A }));
    expect(sealed.text).toBe(text.replace('      file: |-', `      sha256: ${A}\n      file: |-`));
  });

  it('quotes a hash of digits alone, which YAML would otherwise read as a number', () => {
    const digits = '1'.repeat(64);
    const text = 'dossierFormat: 1\ndocuments:\n  - id: x\n    evidence: { file: x.pdf }\n';
    const sealed = sealDossierText(text, files({ 'x.pdf': digits }));
    expect(sealed.text).toContain(`sha256: "${digits}"`);
    expect((parse(sealed.text) as { documents: { evidence: { sha256: unknown } }[] }).documents[0]?.evidence.sha256).toBe(digits);
  });

  it('does not rewrite a hash written as a block scalar, and says so', () => {
    const text = `dossierFormat: 1\ndocuments:\n  - id: x\n    evidence:\n      file: x.pdf\n      sha256: >\n        ${B}\n`;
    const sealed = sealDossierText(text, files({ 'x.pdf': A }));
    expect(sealed.text).toBe(text);
    expect(sealed.entries[0]?.outcome.kind).toBe('notSealed');
  });

  it('keeps a byte-order mark and Chinese text before the edit in place (offsets are in UTF-16 code units)', () => {
    const text = '\uFEFFdossierFormat: 1\ndocuments:\n  - id: 文件𠀀\n    title: 关于〔2016〕的批复 🏠\n    evidence: { file: 扫描/可研 批复.pdf }\n';
    const sealed = sealDossierText(text, files({ '扫描/可研 批复.pdf': A }));
    expect(sealed.text).toBe(text.replace('批复.pdf }', `批复.pdf, sha256: ${A} }`));
  });
});
