import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { mayHoldText, readPdfText } from '../../src/engine/pdf-text.js';
import { ROOT } from '../support/run-cli.js';

const scan = readFileSync(join(ROOT, 'fixtures/evidence/scans/fsr-scan.pdf'));
const withText = readFileSync(join(ROOT, 'fixtures/evidence/scans/fsr-with-number.pdf'));
const NO_TEXT = { kind: 'unverifiable', reason: { zh: '文件中没有文字层（如扫描件）', en: 'the file has no text layer (as a scan)' } };

/** The scan with `addition` written into it as a PDF comment line, before its end-of-file marker. */
const scanWith = (addition: string) => {
  const end = scan.lastIndexOf('%%EOF');
  return Buffer.concat([scan.subarray(0, end), Buffer.from(`% ${addition}\n`, 'latin1'), scan.subarray(end)]);
};

describe('a PDF that cannot hold text is told from its bytes, without pdf.js', () => {
  it('a picture of pages (Chromium writes the fixture scan so) names no font', () => {
    expect(mayHoldText(scan)).toBe(false);
  });

  it('says no only where pdf.js itself finds no text', async () => {
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(scan)), { mergePages: true });
    expect(text.replace(/\s+/g, '')).toBe('');
    expect(await readPdfText(scan)).toEqual(NO_TEXT);
  });

  it('a PDF that names a font is read by pdf.js', async () => {
    expect(mayHoldText(withText)).toBe(true);
    const read = await readPdfText(withText);
    expect(read.kind).toBe('text');
    expect(read.kind === 'text' && read.text.replace(/\s+/g, '')).toContain('并发改审批发[2016]45号');
  });

  it.each([
    ['a font named in plain bytes', '/Font'],
    ['a compressed object stream, which may hide a font dictionary', '/Type /ObjStm'],
    ['the font key spelt with a # escape (/F#6Fnt is /Font)', '/F#6Fnt'],
    ['the font key spelt all in escapes', '/#46#6F#6E#74'],
    ['the object-stream type spelt with an escape', '/Type /Obj#53tm'],
  ])('is read whenever it could hold a font: %s', (_, addition) => {
    expect(mayHoldText(scanWith(addition))).toBe(true);
  });

  it.each([
    ['a # in a string', '(#41)'],
    ['a # not followed by two hex digits', '/Name#G1'],
    ['a # after white space', '/Name #41'],
    ['another name spelt with an escape', '/Fon#74s'],
    ['binary bytes around a # (as in image data)', '/\x01^\xfc,\\#fF'],
  ])('a # that spells neither name is no hiding place: %s', (_, addition) => {
    expect(mayHoldText(scanWith(addition))).toBe(false);
  });
});
