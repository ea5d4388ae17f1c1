import type { EvidenceText } from '../rules/define-rule.js';
import type { Localized } from './types.js';

/**
 * Reading the text layer of an evidence PDF with pdf.js (through `unpdf`), bounded: the PDF is hostile input. The
 * library is loaded on the first PDF a run reads, never otherwise.
 */

/** PDFs larger than this are hashed but their text is not read: parsing costs memory in proportion. */
export const MAX_PDF_TEXT_BYTES = 32 * 1024 * 1024;

/**
 * Pages whose text is read: the first ones and the last. A 文号 and the issuer's heading are on the first page,
 * the issuer's signature and seal on the last; an appendix in between says nothing of either.
 */
export const MAX_PDF_PAGES = 10;

/** The text kept of one PDF, in characters: far more than the pages above hold as text, a bound on a hostile file. */
const MAX_TEXT_LENGTH = 500_000;

/** How long one PDF may take to parse and give its text before it is reported as not verifiable. */
export const PDF_TEXT_TIMEOUT_MS = 15_000;

const NO_TEXT: Localized = { zh: '文件中没有文字层（如扫描件）', en: 'the file has no text layer (as a scan)' };
const UNPARSABLE: Localized = { zh: '文件无法按 PDF 解析', en: 'the file cannot be parsed as a PDF' };
const timedOutAfter = (ms: number): Localized => ({
  zh: `${ms / 1000} 秒内未能读出文字`,
  en: `its text could not be read within ${ms / 1000} seconds`,
});

interface PdfDocument {
  numPages: number;
  getPage(number: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>;
  destroy(): Promise<void>;
}

/**
 * The text of a PDF's first `MAX_PDF_PAGES - 1` pages and its last, or why it cannot be verified from its text: no
 * text layer (a scan), a file pdf.js cannot parse, or one that takes longer than `PDF_TEXT_TIMEOUT_MS`. Never throws.
 * The time limit ends the wait between pdf.js's steps (it parses in turns of the event loop); it cannot interrupt
 * one step that never returns.
 */
export async function readPdfText(bytes: Uint8Array, timeoutMs = PDF_TEXT_TIMEOUT_MS): Promise<EvidenceText> {
  // A scan is told from its bytes without loading pdf.js: for one dossier that is most of the run's time.
  if (!mayHoldText(bytes)) return { kind: 'unverifiable', reason: NO_TEXT };
  let document: PdfDocument | undefined;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<EvidenceText>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'unverifiable', reason: timedOutAfter(timeoutMs) }), timeoutMs);
  });
  const work = (async (): Promise<EvidenceText> => {
    const { getDocumentProxy } = await import('unpdf');
    // A copy: pdf.js may hand the buffer to its worker, detaching it.
    document = (await getDocumentProxy(new Uint8Array(bytes), {
      verbosity: 0,
      // No code generated from the file's fonts; no fonts loaded into anything; nothing fetched.
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
    })) as unknown as PdfDocument;
    const pages = document.numPages;
    const numbers = pageNumbers(pages);
    const parts: string[] = [];
    let length = 0;
    for (const number of numbers) {
      const content = await (await document.getPage(number)).getTextContent();
      for (const item of content.items) {
        if (typeof item !== 'object' || item === null || typeof (item as { str?: unknown }).str !== 'string') continue;
        const { str, hasEOL } = item as { str: string; hasEOL?: boolean };
        const piece = hasEOL ? `${str}\n` : str;
        parts.push(piece);
        length += piece.length;
        if (length >= MAX_TEXT_LENGTH) break;
      }
      parts.push('\n');
      if (length >= MAX_TEXT_LENGTH) break;
    }
    const text = parts.join('').slice(0, MAX_TEXT_LENGTH);
    if (text.replace(/\s+/g, '') === '') return { kind: 'unverifiable', reason: NO_TEXT };
    return { kind: 'text', text, pages, pagesRead: numbers.length };
  })().catch((): EvidenceText => ({ kind: 'unverifiable', reason: UNPARSABLE }));
  try {
    return await Promise.race([work, timedOut]);
  } finally {
    clearTimeout(timer);
    // Ends pdf.js's work on the file, whether it finished or timed out.
    await (document as PdfDocument | undefined)?.destroy().catch(() => undefined);
  }
}

/** The longest name a PDF may hold (ISO 32000-1, Annex C), so a `#` further from a `/` is not in a name. */
const MAX_NAME_LENGTH = 127;

/** The delimiters, which end a name as white space does (ISO 32000-1, 7.2.2). */
const DELIMITERS = new Set([...'()<>[]{}/%'].map((character) => character.charCodeAt(0)));

const HEX_DIGIT = /^[0-9A-Fa-f]{2}$/;

/**
 * Whether a PDF's bytes could give any text at all. Text is drawn with a font, and a page names its fonts in a
 * resource dictionary under the key `/Font`; pdf.js reads text only through them. A file where that name appears
 * nowhere in plain bytes has none — unless a dictionary is hidden in a compressed object stream (`/ObjStm`) or a
 * name is spelt with `#` escapes (`/F#6Fnt` is `/Font`), so a file with either is always read. What this says "no" to
 * is a picture of pages, as a scanner writes: the same "cannot be verified from the file" pdf.js would come to, and
 * no way round the check, since a borrower who wants to avoid it can already hand in a scan.
 * Bytes of an image may hold `/Font` by chance; such a file is read, which costs time and nothing else.
 */
export function mayHoldText(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.includes('/Font') || buffer.includes('/ObjStm')) return true;
  for (let hash = buffer.indexOf(0x23); hash !== -1; hash = buffer.indexOf(0x23, hash + 1)) {
    if (HEX_DIGIT.test(buffer.toString('latin1', hash + 1, hash + 3)) && inName(buffer, hash)) return true;
  }
  return false;
}

/**
 * Whether the byte at `at` is inside a name: a `/` comes before it with only regular characters between, the
 * printable ASCII that is no delimiter (any other byte in a name is written as a `#` escape, ISO 32000-1, 7.3.5).
 * Compressed data is mostly other bytes, so few of its `#`s pass for an escape.
 */
function inName(buffer: Buffer, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= MAX_NAME_LENGTH; i--) {
    const byte = buffer[i] as number;
    if (byte === 0x2f) return true;
    if (byte < 0x21 || byte > 0x7e || DELIMITERS.has(byte)) return false;
  }
  return false;
}

/** 1 … MAX_PDF_PAGES-1, then the last page. */
function pageNumbers(pages: number): number[] {
  if (pages <= MAX_PDF_PAGES) return Array.from({ length: pages }, (_, i) => i + 1);
  return [...Array.from({ length: MAX_PDF_PAGES - 1 }, (_, i) => i + 1), pages];
}
