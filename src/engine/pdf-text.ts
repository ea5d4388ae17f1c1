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

/** White space and the delimiters, which end a name (ISO 32000-1, 7.2.2); every other byte continues it. */
const NAME_ENDS = new Set([...'\0\t\n\f\r ()<>[]{}/%'].map((character) => character.charCodeAt(0)));

/** The names that could hide a font from a reader of the plain bytes, and the longest they can be written. */
const HIDING_NAMES = new Set(['Font', 'ObjStm']);
const LONGEST_SPELLING = 3 * 'ObjStm'.length;

/**
 * Whether a PDF's bytes could give any text at all. Text is drawn with a font, and a page names its fonts in a
 * resource dictionary under the key `/Font`; pdf.js reads text only through them. A file where that name appears
 * nowhere has none — unless a dictionary is hidden in a compressed object stream (`/ObjStm`), or either name is
 * spelt with `#` escapes (`/F#6Fnt` is `/Font`), so a file with any of these is always read. What this says "no" to
 * is a picture of pages, as a scanner writes: the same "cannot be verified from the file" pdf.js comes to, and no
 * way round the check, since a borrower who wants to avoid it can already hand in a scan.
 */
export function mayHoldText(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.includes('/Font') || buffer.includes('/ObjStm')) return true;
  // Image data holds `#` bytes by chance; only a name that decodes to one of the two counts.
  for (let hash = buffer.indexOf(0x23); hash !== -1; hash = buffer.indexOf(0x23, hash + 1)) {
    const name = escapedNameAround(buffer, hash);
    if (name !== undefined && HIDING_NAMES.has(name)) return true;
  }
  return false;
}

/** The decoded name the `#` at `at` is part of, if it is in one short enough to be a name that hides a font. */
function escapedNameAround(buffer: Buffer, at: number): string | undefined {
  let start = at;
  while (start > 0 && !NAME_ENDS.has(buffer[start - 1] as number)) {
    if (at - --start > LONGEST_SPELLING) return undefined;
  }
  if (buffer[start - 1] !== 0x2f) return undefined;
  let end = at;
  while (end < buffer.length && !NAME_ENDS.has(buffer[end] as number)) {
    if (++end - start > LONGEST_SPELLING) return undefined;
  }
  return buffer.toString('latin1', start, end).replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** 1 … MAX_PDF_PAGES-1, then the last page. */
function pageNumbers(pages: number): number[] {
  if (pages <= MAX_PDF_PAGES) return Array.from({ length: pages }, (_, i) => i + 1);
  return [...Array.from({ length: MAX_PDF_PAGES - 1 }, (_, i) => i + 1), pages];
}
