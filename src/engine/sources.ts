import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { EvidenceFile } from '../rules/define-rule.js';

export const DOSSIER_EXTENSIONS: ReadonlySet<string> = new Set(['.yaml', '.yml']);

/** Folders never searched for dossiers. */
const IGNORED_DIRECTORIES: ReadonlySet<string> = new Set(['node_modules']);

export interface DiscoveredFiles {
  /** Absolute paths, sorted, each once. */
  files: string[];
  /** Arguments that name nothing on disk. */
  missing: string[];
}

/**
 * Expands files and folders into dossier candidates. Named files are taken whatever their extension; folders are
 * searched recursively for `.yaml`/`.yml`, skipping hidden folders and `node_modules`, and following each real
 * folder once so symlink loops end.
 */
export function discoverFiles(paths: readonly string[], cwd: string): DiscoveredFiles {
  const files = new Set<string>();
  const missing: string[] = [];
  const visited = new Set<string>();

  const walk = (directory: string) => {
    let real: string;
    try {
      real = realpathSync(directory);
    } catch {
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries: string[];
    try {
      entries = readdirSync(directory);
    } catch {
      return;
    }
    for (const name of entries.sort()) {
      const full = join(directory, name);
      const stats = statOrUndefined(full);
      if (!stats) continue;
      if (stats.isDirectory()) {
        if (!name.startsWith('.') && !IGNORED_DIRECTORIES.has(name)) walk(full);
      } else if (stats.isFile() && DOSSIER_EXTENSIONS.has(extname(name).toLowerCase())) {
        files.add(full);
      }
    }
  };

  for (const path of paths) {
    const full = resolve(cwd, path);
    const stats = statOrUndefined(full);
    if (!stats) missing.push(path);
    else if (stats.isDirectory()) walk(full);
    else files.add(full);
  }
  return { files: [...files].sort(), missing };
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

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/** Reads a regular file; a FIFO or device is refused before it is opened, so a read never waits forever. */
export function readBytes(file: string): ReadResult {
  try {
    if (!statSync(file).isFile()) return { ok: false, reason: 'not a regular file' };
    return { ok: true, bytes: readFileSync(file) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code ? describeErrno(code) : String(error) };
  }
}

function describeErrno(code: string): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'the file no longer exists';
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
    const read = readBytes(target);
    if (!read.ok) return { ok: false, reason: read.reason };
    return { ok: true, sha256: createHash('sha256').update(read.bytes).digest('hex') };
  };
}
