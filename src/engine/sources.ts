import { createHash, type Hash } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  readSync,
  realpathSync,
  statSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import { dirname, extname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path';
import type { EvidenceFile } from '../rules/define-rule.js';
import type { EvidenceReader, EvidenceTextReader, ReadFailure } from './check.js';
import { ContentSniffer } from './evidence-content.js';
import { MAX_PDF_TEXT_BYTES, readPdfText } from './pdf-text.js';
import { DEFAULT_MAX_FILE_SIZE } from './read-limits.js';
import type { Localized } from './types.js';

export const DOSSIER_EXTENSIONS: ReadonlySet<string> = new Set(['.yaml', '.yml']);

/** Folders never searched for dossiers. */
const IGNORED_DIRECTORIES: ReadonlySet<string> = new Set(['node_modules']);

/**
 * The largest evidence file hashed: far above any scan, and a bound on the time one hostile entry can cost. Larger
 * files are refused by their size, unread.
 */
export const MAX_EVIDENCE_SIZE = 512 * 1024 * 1024;

/** Symbolic links followed while resolving one evidence path, as Linux allows (MAXSYMLINKS). */
const MAX_SYMBOLIC_LINKS = 40;

/** Files are read in chunks of this size into one reused buffer, so memory does not grow with a file's size. */
const CHUNK_SIZE = 1024 * 1024;

export interface DiscoveredFiles {
  /** Absolute paths, sorted, each once; `explicit` when named on the command line rather than found in a folder. */
  files: { path: string; explicit: boolean }[];
  /** Arguments that name nothing on disk. */
  missing: string[];
  /** Symbolic links found in a folder that lead outside the folder named on the command line; not followed. */
  outsideLinks: string[];
}

/** Whether `child` is `parent` or lies beneath it, compared by whole path segments (`..x.pdf` is beneath). */
function within(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Expands files and folders into dossier candidates. Named files are taken whatever their extension; folders are
 * searched recursively for `.yaml`/`.yml`, skipping hidden folders and `node_modules`, and following each real
 * folder once so symlink loops end. A symbolic link found in a folder is followed only while its real path stays
 * inside the real path of the folder named, so a link to `/` does not walk the whole disk; what is named on the
 * command line is taken as named. Entries are not opened here: a FIFO, a device or a broken link named like a
 * dossier is still listed, and reading it reports why it cannot be read.
 */
export function discoverFiles(paths: readonly string[], cwd: string): DiscoveredFiles {
  const files = new Map<string, boolean>();
  const missing: string[] = [];
  const outsideLinks: string[] = [];
  const visited = new Set<string>();

  const walk = (directory: string, root: string) => {
    let real: string;
    let entries: Dirent[];
    try {
      real = realpathSync(directory);
      if (visited.has(real)) return;
      visited.add(real);
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = join(directory, entry.name);
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        // A link that leads nowhere (broken, a loop) stays a file candidate, and reading it says why it fails.
        const target = realpathOrUndefined(full);
        if (target !== undefined && !within(target, root)) {
          outsideLinks.push(full);
          continue;
        }
        isDirectory = target !== undefined && statOrUndefined(target)?.isDirectory() === true;
      }
      if (isDirectory) {
        if (!entry.name.startsWith('.') && !IGNORED_DIRECTORIES.has(entry.name)) walk(full, root);
      } else if (DOSSIER_EXTENSIONS.has(extname(entry.name).toLowerCase()) && !files.has(full)) {
        files.set(full, false);
      }
    }
  };

  for (const path of paths) {
    const full = resolve(cwd, path);
    const stats = statOrUndefined(full);
    if (!stats) missing.push(path);
    else if (stats.isDirectory()) {
      const root = realpathOrUndefined(full);
      if (root !== undefined) walk(full, root);
    } else files.set(full, true);
  }
  const sorted = [...files.keys()].sort();
  return { files: sorted.map((path) => ({ path, explicit: files.get(path) === true })), missing, outsideLinks: outsideLinks.sort() };
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function realpathOrUndefined(path: string) {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** The name a report shows: relative to the working folder, with `/` on every platform. */
export function displayName(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  const shown = rel === '' || !within(file, cwd) ? file : rel;
  return shown.split(sep).join('/');
}

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; failure: ReadFailure };

/**
 * Reads a regular file of at most `maxSize` bytes. A FIFO or device is refused before it is opened, so a read never
 * waits forever; a larger file is refused unread, and one that grows past the limit while being read is refused too.
 */
export function readBytes(file: string, maxSize = DEFAULT_MAX_FILE_SIZE): ReadResult {
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return { ok: false, failure: { kind: 'unreadable', detail: NOT_REGULAR } };
    if (stats.size > maxSize) return { ok: false, failure: { kind: 'tooLarge', size: stats.size } };
    // Non-blocking, so a FIFO swapped in after the check cannot hold the open; the open file is checked again.
    const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      if (!fstatSync(fd).isFile()) return { ok: false, failure: { kind: 'unreadable', detail: NOT_REGULAR } };
      const chunks: Buffer[] = [];
      const outcome = readChunks(fd, maxSize, (chunk) => chunks.push(Buffer.from(chunk)));
      if (outcome.tooLarge) return { ok: false, failure: { kind: 'tooLarge', size: outcome.size, atLeast: true } };
      return { ok: true, bytes: Buffer.concat(chunks) };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { ok: false, failure: { kind: 'unreadable', detail: describeError(error) } };
  }
}

/**
 * Reads a stream (standard input) but never more than one chunk past `maxSize`: an endless input such as
 * `/dev/zero` is refused as too large instead of filling memory. The size of a refused stream is a lower bound.
 */
export async function readStream(stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array>, maxSize: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    size += bytes.length;
    // Leaving the loop ends (destroys) the stream, so nothing more is read.
    if (size > maxSize) return { ok: false, failure: { kind: 'tooLarge', size, atLeast: true } };
    chunks.push(bytes);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

let sharedChunk: Buffer | undefined;

/** Reads `fd` to its end in chunks, handing each to `use`; stops as soon as more than `maxSize` bytes were read. */
function readChunks(fd: number, maxSize: number, use: (chunk: Buffer) => void): { tooLarge: boolean; size: number } {
  // Reads are synchronous, so one buffer serves every file in turn.
  sharedChunk ??= Buffer.allocUnsafe(CHUNK_SIZE);
  let size = 0;
  for (;;) {
    const read = readSync(fd, sharedChunk, 0, CHUNK_SIZE, null);
    if (read === 0) return { tooLarge: false, size };
    size += read;
    if (size > maxSize) return { tooLarge: true, size };
    use(sharedChunk.subarray(0, read));
  }
}

// Why a file could not be read, in both languages: the reason is shown in the finding's message, and a Chinese
// report must not quote the system's English.
const NOT_REGULAR: Localized = { zh: '不是普通文件（是文件夹、管道或设备）', en: 'not a regular file (a folder, FIFO or device)' };

function describeError(error: unknown): Localized {
  const code = (error as NodeJS.ErrnoException).code;
  return code ? describeErrno(code) : { zh: `读取出错（${String(error)}）`, en: String(error) };
}

function describeErrno(code: string): Localized {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return { zh: '没有读取权限', en: 'permission denied' };
    case 'ENOENT':
      return { zh: '文件不存在，或是失效的链接', en: 'the file no longer exists, or is a broken link' };
    case 'ELOOP':
      return { zh: '符号链接构成循环', en: 'a loop of symbolic links' };
    case 'EISDIR':
      return { zh: '这是一个文件夹', en: 'it is a folder' };
    case 'ENOTDIR':
      return { zh: '路径中的某一部分不是文件夹', en: 'a part of the path is not a folder' };
    default:
      return { zh: `读取出错（${code}）`, en: code };
  }
}

/** Why an evidence file named by a dossier cannot be read when nothing is at its path; `verify-report` tells it apart. */
export const EVIDENCE_MISSING: Localized = {
  zh: '文件不存在，或是失效的链接（路径相对于资料所在的文件夹）',
  en: "the file no longer exists, or is a broken link (the path is relative to the dossier's folder)",
};
const OUTSIDE: Localized = { zh: '在资料文件夹之外', en: 'outside the dossier folder' };
const LINK_OUTSIDE: Localized = { zh: '符号链接指向资料文件夹之外', en: 'a symbolic link leads outside the dossier folder' };

export interface EvidenceReaderOptions {
  /** Evidence files larger than this are refused unread; `MAX_EVIDENCE_SIZE` by default. */
  maxSize?: number;
}

/** How the evidence of one dossier is read: hashed (synchronously, for the rules), and with a PDF's text (before them). */
export interface EvidenceAccess {
  read: EvidenceReader;
  readWithText: EvidenceTextReader;
}

/** PDF texts kept for files named by several dossiers; older ones are read again if named again. */
const TEXTS_KEPT = 64;

/**
 * Evidence access for one run. Each file is hashed once per run, by its real path, however many documents and
 * dossiers name it: one large scan named by every document would otherwise be read again for each. `readWithText`
 * hashes a PDF and keeps its bytes (up to `MAX_PDF_TEXT_BYTES`) from that same read to extract its text, so the text
 * is of exactly the bytes hashed; the hash is then served to `read` as well.
 */
export function evidenceAccess(options: EvidenceReaderOptions = {}): (dossierFile: string) => EvidenceAccess {
  const maxSize = options.maxSize ?? MAX_EVIDENCE_SIZE;
  const hashes = new Map<string, EvidenceFile>();
  const texts = new Map<string, EvidenceFile>();
  return (dossierFile) => {
    const folder = dirname(dossierFile);
    let realFolder: string | undefined;
    const locate = (relativePath: string): Located => {
      // Refused on the text alone first, before anything on disk is looked at.
      const target = resolve(folder, relativePath);
      if (isAbsolute(relativePath) || !within(target, folder)) return { ok: false, reason: OUTSIDE };
      try {
        realFolder ??= realpathSync(folder);
      } catch (error) {
        return { ok: false, reason: describeError(error) };
      }
      return locateInside(realFolder, relative(folder, target));
    };
    const read: EvidenceReader = (relativePath) => {
      const located = locate(relativePath);
      if (!located.ok) return located;
      const cached = hashes.get(located.path);
      if (cached) return cached;
      const hashed = hashFile(located.path, located.stats, maxSize).file;
      hashes.set(located.path, hashed);
      return hashed;
    };
    const readWithText: EvidenceTextReader = async (relativePath) => {
      const located = locate(relativePath);
      if (!located.ok) return located;
      const known = texts.get(located.path);
      if (known) return known;
      const cached = hashes.get(located.path);
      // A file hashed already and not a PDF has no text to read; a PDF hashed without its bytes is read again.
      if (cached && !(cached.ok && cached.content === 'pdf')) return cached;
      const { file, bytes } = hashFile(located.path, located.stats, maxSize, true);
      hashes.set(located.path, file);
      if (!file.ok || file.content !== 'pdf') return file;
      const text = bytes ? await readPdfText(bytes) : { kind: 'unverifiable' as const, reason: TOO_LARGE_FOR_TEXT };
      const withText: EvidenceFile = { ...file, text };
      if (texts.size >= TEXTS_KEPT) texts.delete(texts.keys().next().value!);
      texts.set(located.path, withText);
      return withText;
    };
    return { read, readWithText };
  };
}

const TOO_LARGE_FOR_TEXT: Localized = {
  zh: `文件大于 ${MAX_PDF_TEXT_BYTES / 1024 / 1024} MiB，未读取其文字`,
  en: `the file is over ${MAX_PDF_TEXT_BYTES / 1024 / 1024} MiB, so its text was not read`,
};

/** Evidence readers for one run (hashes only), as `evidenceAccess` gives them. */
export function evidenceReaders(options: EvidenceReaderOptions = {}): (dossierFile: string) => EvidenceReader {
  const access = evidenceAccess(options);
  return (dossierFile) => access(dossierFile).read;
}

/** An evidence reader for one dossier, hashing each file it names once. */
export function evidenceReader(dossierFile: string, options: EvidenceReaderOptions = {}): EvidenceReader {
  return evidenceReaders(options)(dossierFile);
}

type Located = { ok: true; path: string; stats: Stats } | { ok: false; reason: Localized };

/**
 * Resolves `inside` (already known not to climb out by its text) one segment at a time from `realFolder`,
 * following symbolic links the way the system would. A step that would leave the folder is refused before it is
 * taken, so nothing outside the folder is even looked at, and the reason says nothing about what lies there. A
 * link may pass through the folder's own ancestors (an absolute link back into the folder), which are real
 * folders on the way to it.
 */
function locateInside(realFolder: string, inside: string): Located {
  const pending = inside.split(sep).reverse();
  let current = realFolder;
  let stats: Stats | undefined;
  let links = 0;
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (name === '' || name === '.') continue;
    const next = name === '..' ? dirname(current) : join(current, name);
    if (!within(next, realFolder) && !within(realFolder, next)) return { ok: false, reason: LINK_OUTSIDE };
    try {
      stats = lstatSync(next);
    } catch (error) {
      // The commonest mistake: a path written from somewhere else than the dossier's folder.
      return { ok: false, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? EVIDENCE_MISSING : describeError(error) };
    }
    if (stats.isSymbolicLink()) {
      if (++links > MAX_SYMBOLIC_LINKS) return { ok: false, reason: describeErrno('ELOOP') };
      const target = readlinkSync(next);
      pending.push(...target.split(sep).reverse());
      // An absolute target starts again from the root of the drive; a relative one from the link's folder.
      if (isAbsolute(target)) current = parse(target).root;
      stats = undefined;
      continue;
    }
    current = next;
  }
  if (!within(current, realFolder)) return { ok: false, reason: LINK_OUTSIDE };
  // A device, FIFO or folder is refused unopened: opening some devices has effects, and a FIFO may never end.
  if (stats === undefined || !stats.isFile()) return { ok: false, reason: NOT_REGULAR };
  return { ok: true, path: current, stats };
}

/**
 * Hashes a regular file as a stream, telling its content by its magic bytes on the way. It is opened without
 * following a final link and checked to be the very file that was located (same device and inode), so swapping the
 * path between the check and the open reads nothing else. With `keepPdf`, the bytes of a PDF of at most
 * `MAX_PDF_TEXT_BYTES` are kept and returned, for its text.
 */
function hashFile(path: string, located: Stats, maxSize: number, keepPdf = false): { file: EvidenceFile; bytes?: Uint8Array } {
  const failed = (file: EvidenceFile) => ({ file });
  const tooLarge: EvidenceFile = {
    ok: false,
    reason: {
      zh: `大于证明文件的上限 ${formatMiB(maxSize).replace(' bytes', ' 字节')}`,
      en: `larger than ${formatMiB(maxSize)}, the limit for evidence files`,
    },
  };
  if (located.size > maxSize) return failed(tooLarge);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return failed({ ok: false, reason: describeError(error) });
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile() || opened.dev !== located.dev || opened.ino !== located.ino) {
      return failed({ ok: false, reason: { zh: '检查期间文件被更换', en: 'the file changed while it was being checked' } });
    }
    if (opened.size > maxSize) return failed(tooLarge);
    const hash: Hash = createHash('sha256');
    const sniffer = new ContentSniffer();
    // Kept only while the file may still be a PDF small enough to read its text; dropped as soon as it cannot be.
    let kept: Buffer[] | undefined = keepPdf && opened.size <= MAX_PDF_TEXT_BYTES ? [] : undefined;
    let keptSize = 0;
    const outcome = readChunks(fd, maxSize, (chunk) => {
      hash.update(chunk);
      sniffer.push(chunk);
      if (!kept) return;
      keptSize += chunk.length;
      if (keptSize > MAX_PDF_TEXT_BYTES || (keptSize >= 1024 && sniffer.content() !== 'pdf')) kept = undefined;
      else kept.push(Buffer.from(chunk));
    });
    if (outcome.tooLarge) return failed(tooLarge);
    const content = sniffer.content();
    const file: EvidenceFile = { ok: true, sha256: hash.digest('hex'), content };
    return kept && content === 'pdf' ? { file, bytes: Buffer.concat(kept) } : { file };
  } catch (error) {
    return failed({ ok: false, reason: describeError(error) });
  } finally {
    closeSync(fd);
  }
}

function formatMiB(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MiB` : `${bytes} bytes`;
}
