import { realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The folders a run checks, after resolving symbolic links: each folder named, and the folder of each file named.
 * A configuration or waivers file inside one of them could have been written by the borrower, so it never applies.
 */
export function checkedFolders(paths: readonly string[], cwd: string): string[] {
  const folders = new Set<string>();
  for (const path of paths) {
    const real = realOrResolved(resolve(cwd, path));
    folders.add(isDirectory(real) ? real : dirname(real));
  }
  return [...folders];
}

/** The checked folder a file lies in (after resolving links), or `undefined` when it lies outside all of them. */
export function checkedFolderHolding(file: string, folders: readonly string[]): string | undefined {
  const real = realOrResolved(file);
  return folders.find((folder) => {
    const rel = relative(folder, real);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  });
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
