/**
 * What an evidence file's bytes are, told by their magic bytes while the file is hashed, so the file is read once.
 *
 * - `pdf`: `%PDF-` within the first 1024 bytes (where PDF readers look for the header, ISO 32000-1 annex H).
 * - `ofd`: a ZIP (`PK\x03\x04` at the start) holding an entry named exactly `OFD.xml` at its root, the entry file
 *   GB/T 33190 requires; a local or central-directory header naming it is looked for in the whole stream.
 * - `zip`: a ZIP without such an entry (a `.ofd` that is some other archive).
 * - `jpeg`: `FF D8 FF`; `png`: `89 50 4E 47 0D 0A 1A 0A`; `empty`: no byte at all; `other`: anything else.
 *
 * Only the outer format is told: a PDF's objects, an OFD's XML and an image's pixels are not validated.
 */
export type EvidenceContent = 'pdf' | 'ofd' | 'zip' | 'jpeg' | 'png' | 'empty' | 'other';

/** The content each extension promises; files of other extensions (`.tif`, `.doc`) are not told apart. */
const EXPECTED_BY_EXTENSION: Readonly<Record<string, EvidenceContent>> = {
  '.pdf': 'pdf',
  '.ofd': 'ofd',
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.png': 'png',
};

/** The content an evidence file's name promises by its extension (any case), if it is one this tool knows. */
export function expectedContent(file: string): EvidenceContent | undefined {
  const match = /\.[^./\\]+$/.exec(file);
  return match ? EXPECTED_BY_EXTENSION[match[0].toLowerCase()] : undefined;
}

/** The names of contents, for messages: what a file was expected to be and what it is. */
export const CONTENT_NAMES: Readonly<Record<EvidenceContent, { zh: string; en: string }>> = {
  pdf: { zh: 'PDF 文件', en: 'a PDF file' },
  ofd: { zh: 'OFD 文件', en: 'an OFD file' },
  zip: { zh: '不含 OFD.xml 的 ZIP 压缩包', en: 'a ZIP archive without OFD.xml' },
  jpeg: { zh: 'JPEG 图片', en: 'a JPEG image' },
  png: { zh: 'PNG 图片', en: 'a PNG image' },
  empty: { zh: '空文件', en: 'an empty file' },
  other: { zh: '无法识别类型的文件', en: 'a file of no type this tool recognises' },
};

const HEAD_SIZE = 1024;
const PDF = Buffer.from('%PDF-');
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const OFD_ENTRY = Buffer.from('OFD.xml');
const LOCAL_HEADER = ZIP;
const CENTRAL_HEADER = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
/** Bytes kept from one chunk to the next so a header split across chunks is still seen: a central header and the name. */
const CARRY = 46 + OFD_ENTRY.length;

/**
 * Told chunk by chunk as a file is read: `push` each chunk in order, then `content()`. Keeps at most 1 KiB of the
 * head and a few bytes of the previous chunk, whatever the file's size.
 */
export class ContentSniffer {
  private head = Buffer.alloc(0);
  private size = 0;
  private carry = Buffer.alloc(0);
  private ofdEntry = false;

  push(chunk: Uint8Array): void {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.head.length < HEAD_SIZE) this.head = Buffer.concat([this.head, bytes.subarray(0, HEAD_SIZE - this.head.length)]);
    this.size += bytes.length;
    // The OFD entry is looked for only in what starts as a ZIP; other files are not searched.
    if (this.ofdEntry || this.head.length < ZIP.length || !this.head.subarray(0, ZIP.length).equals(ZIP)) return;
    const window = Buffer.concat([this.carry, bytes]);
    this.ofdEntry = namesOfdEntry(window);
    this.carry = Buffer.from(window.subarray(Math.max(0, window.length - CARRY)));
  }

  content(): EvidenceContent {
    const head = this.head;
    if (this.size === 0) return 'empty';
    if (head.subarray(0, ZIP.length).equals(ZIP)) return this.ofdEntry ? 'ofd' : 'zip';
    if (head.subarray(0, JPEG.length).equals(JPEG)) return 'jpeg';
    if (head.subarray(0, PNG.length).equals(PNG)) return 'png';
    if (head.indexOf(PDF) >= 0) return 'pdf';
    return 'other';
  }
}

/** The content of bytes held whole (a test's stand-in for a file, a document passed in memory). */
export function contentOf(bytes: Uint8Array): EvidenceContent {
  const sniffer = new ContentSniffer();
  sniffer.push(bytes);
  return sniffer.content();
}

/**
 * Whether `window` holds a ZIP header naming `OFD.xml`: a local header has the name 30 bytes after its signature
 * (its length at 26), a central-directory header 46 bytes after (its length at 28).
 */
function namesOfdEntry(window: Buffer): boolean {
  for (let at = window.indexOf(OFD_ENTRY); at >= 0; at = window.indexOf(OFD_ENTRY, at + 1)) {
    if (at >= 30 && window.subarray(at - 30, at - 26).equals(LOCAL_HEADER) && window.readUInt16LE(at - 4) === OFD_ENTRY.length) return true;
    if (at >= 46 && window.subarray(at - 46, at - 42).equals(CENTRAL_HEADER) && window.readUInt16LE(at - 18) === OFD_ENTRY.length) return true;
  }
  return false;
}
