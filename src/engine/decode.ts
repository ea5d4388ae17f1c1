import { TextDecoder } from 'node:util';
import type { SourceRange } from './types.js';

/**
 * Turns file bytes into text. UTF-8 (with or without a BOM) is read as is. UTF-16 with a BOM and GB18030/GBK (common
 * from Chinese Windows tools) are decoded, with a notice asking for UTF-8. Anything else is refused with the reason
 * and, for bad bytes, where the first one is.
 */
export type Decoded =
  | { ok: true; text: string; convertedFrom?: 'UTF-16LE' | 'UTF-16BE' | 'GB18030' }
  | { ok: false; reason: 'binary' | 'utf16WithoutBom' | 'invalidUtf8'; at: SourceRange; detail?: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

export function decodeSource(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'UTF-16BE');
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, reason: looksLikeUtf16(bytes) ? 'utf16WithoutBom' : 'binary', at: positionOfByte(bytes, nul) };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    // Not UTF-8: GB18030 (a superset of GBK) is what Chinese Windows tools write by default.
  }
  const { invalidAt, validMultibyte, invalid } = scanUtf8(bytes);
  // UTF-8 text with a few stray bytes also decodes as GB18030, into nonsense: when most multibyte sequences are
  // good UTF-8, the stray bytes are what to report.
  if (validMultibyte <= invalid) {
    const asGb = tryDecode(gb18030, bytes);
    if (asGb !== undefined && looksLikeChineseText(asGb)) return { ok: true, text: asGb, convertedFrom: 'GB18030' };
  }
  const bad = invalidAt;
  return {
    ok: false,
    reason: 'invalidUtf8',
    at: positionOfByte(bytes, bad),
    detail: `0x${(bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`,
  };
}

function utf16(bytes: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE'): Decoded {
  const text = tryDecode(new TextDecoder(encoding.toLowerCase(), { fatal: true }), bytes.subarray(2));
  if (text === undefined) return { ok: false, reason: 'invalidUtf8', at: { line: 1, column: 1, endLine: 1, endColumn: 1 }, detail: encoding };
  return { ok: true, text, convertedFrom: encoding };
}

function tryDecode(decoder: TextDecoder, bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** UTF-16 text of mostly ASCII has a zero in every other byte. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? evenZeros++ : oddZeros++;
  const half = sample.length / 2;
  return evenZeros > half * 0.3 || oddZeros > half * 0.3;
}

/** Text, not bytes that happen to decode: no control characters but tab and line breaks, and some Chinese. */
function looksLikeChineseText(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text) && /[\u4e00-\u9fff]/.test(text);
}

/** Where UTF-8 first breaks, and how many multibyte sequences are good or bad (to tell UTF-8 from GB18030). */
function scanUtf8(bytes: Uint8Array): { invalidAt: number; validMultibyte: number; invalid: number } {
  let invalidAt = -1;
  let validMultibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    let good = length > 0;
    for (let k = 1; good && k < length; k++) good = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (good && length > 1) good = tryDecode(utf8, bytes.subarray(i, i + length)) !== undefined;
    if (!good) {
      if (invalidAt < 0) invalidAt = i;
      invalid++;
      i++;
      continue;
    }
    if (length > 1) validMultibyte++;
    i += length;
  }
  return { invalidAt: Math.max(0, invalidAt), validMultibyte, invalid };
}

/**
 * 1-based line and column (in UTF-16 units of the text before it, as elsewhere) of a byte offset. LF, CRLF and a
 * lone CR each end a line, as when the text is parsed, so a CR-only file is placed on its real line.
 */
function positionOfByte(bytes: Uint8Array, offset: number): SourceRange {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const byte = bytes[i];
    if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  const column = before.length + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}
