import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { EvidenceFile } from '../rules/define-rule.js';
import { DEFAULT_MAX_FILE_SIZE, type ReadFailure } from './check.js';

export const DOSSIER_EXTENSIONS: ReadonlySet<string> = new Set(['.yaml', '.yml']);

/** Folders never searched for dossiers. */
const IGNORED_DIRECTORIES: ReadonlySet<string> = new Set(['node_modules']);

export interface DiscoveredFiles {
  /** Absolute paths, sorted, each once; `explicit` when named on the command line rather than found in a folder. */
  files: { path: string; explicit: boolean }[];
  /** Arguments that name nothing on disk. */
  missing: string[];
}

/**
 * Expands files and folders into dossier candidates. Named files are taken whatever their extension; folders are
 * searched recursively for `.yaml`/`.yml`, skipping hidden folders and `node_modules`, and following each real
 * folder once so symlink loops end. Entries are not opened here: a FIFO, a device or a broken link named like a
 * dossier is still listed, and reading it reports why it cannot be read.
 */
export function discoverFiles(paths: readonly string[], cwd: string): DiscoveredFiles {
  const files = new Map<string, boolean>();
  const missing: string[] = [];
  const visited = new Set<string>();

  const walk = (directory: string) => {
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
      // A symbolic link is followed to see whether it is a folder; one that leads nowhere is a file candidate.
      const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && statOrUndefined(full)?.isDirectory() === true);
      if (isDirectory) {
        if (!entry.name.startsWith('.') && !IGNORED_DIRECTORIES.has(entry.name)) walk(full);
      } else if (DOSSIER_EXTENSIONS.has(extname(entry.name).toLowerCase()) && !files.has(full)) {
        files.set(full, false);
      }
    }
  };

  for (const path of paths) {
    const full = resolve(cwd, path);
    const stats = statOrUndefined(full);
    if (!stats) missing.push(path);
    else if (stats.isDirectory()) walk(full);
    else files.set(full, true);
  }
  const sorted = [...files.keys()].sort();
  return { files: sorted.map((path) => ({ path, explicit: files.get(path) === true })), missing };
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The name a report shows: relative to the working folder, with `/` on every platform. */
export function displayName(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  const shown = rel === '' || rel.startsWith('..') ? file : rel;
  return shown.split(sep).join('/');
}

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; failure: ReadFailure };

/**
 * Reads a regular file of at most `maxSize` bytes. A FIFO or device is refused before it is opened, so a read never
 * waits forever; a larger file is refused unread.
 */
export function readBytes(file: string, maxSize = DEFAULT_MAX_FILE_SIZE): ReadResult {
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return { ok: false, failure: { kind: 'unreadable', detail: 'not a regular file (a folder, FIFO or device)' } };
    if (stats.size > maxSize) return { ok: false, failure: { kind: 'tooLarge', size: stats.size } };
    return { ok: true, bytes: readFileSync(file) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, failure: { kind: 'unreadable', detail: code ? describeErrno(code) : String(error) } };
  }
}

function describeErrno(code: string): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'the file no longer exists, or is a broken link';
    case 'ELOOP':
      return 'a loop of symbolic links';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return code;
  }
}

/**
 * Hashes the evidence files a dossier names, relative to the dossier's folder. A path that leaves the folder is
 * refused: the dossier cannot make the checker read elsewhere.
 */
export function evidenceReader(dossierFile: string): (relativePath: string) => EvidenceFile {
  const folder = dirname(dossierFile);
  return (relativePath) => {
    const target = resolve(folder, relativePath);
    const inside = relative(folder, target);
    if (isAbsolute(relativePath) || inside.startsWith('..') || isAbsolute(inside)) {
      return { ok: false, reason: 'outside the dossier folder' };
    }
    const read = readBytes(target, Number.MAX_SAFE_INTEGER);
    if (!read.ok) return { ok: false, reason: read.failure.kind === 'unreadable' ? read.failure.detail : 'too large' };
    return { ok: true, sha256: createHash('sha256').update(read.bytes).digest('hex') };
  };
}
