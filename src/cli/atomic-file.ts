import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ToolFailure } from './errors.js';

/**
 * A report file written atomically: the text goes to a temporary file beside the target (the same folder, so the
 * same file system, where a rename is atomic), which is renamed over the target only once the report is complete.
 * A reader of the target sees the previous report or the whole new one, never half of one; a run that fails or is
 * interrupted removes the temporary file and leaves the target as it was.
 */
export class AtomicFile {
  readonly temp: string;
  private fd: number | undefined;

  /** Creates the temporary file now, so a folder that cannot be written fails the run before any dossier is read. */
  constructor(
    readonly path: string,
    private readonly shown: string,
  ) {
    // Hidden, and unique to this run: two runs writing the same report never share a temporary file.
    this.temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    try {
      this.fd = openSync(this.temp, 'wx', 0o666);
    } catch (error) {
      throw this.failure(error);
    }
  }

  write(text: string): void {
    if (this.fd === undefined) throw new Error('a report file is written after it was closed');
    const bytes = Buffer.from(text);
    try {
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(this.fd, bytes, offset);
    } catch (error) {
      throw this.failure(error);
    }
  }

  /** The report is complete: flushed to disk (so a crash after the rename cannot leave an empty file), then renamed. */
  commit(): void {
    const fd = this.fd;
    if (fd === undefined) throw new Error('a report file is committed twice');
    this.fd = undefined;
    try {
      fsyncSync(fd);
      closeSync(fd);
      renameSync(this.temp, this.path);
    } catch (error) {
      this.removeTemp();
      throw this.failure(error);
    }
  }

  /** Removes the temporary file; the target is left as it was. Safe to call at any time, and more than once. */
  abort(): void {
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd);
      } catch {
        // Already unusable; the file is removed below all the same.
      }
      this.fd = undefined;
      this.removeTemp();
    }
  }

  private removeTemp(): void {
    try {
      unlinkSync(this.temp);
    } catch {
      // Gone already.
    }
  }

  private failure(error: unknown): ToolFailure {
    return new ToolFailure(`cannot write the report ${this.shown}: ${describeWriteError(error)}`);
  }
}

export function describeWriteError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such folder';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'read-only file system';
    default:
      return (error as NodeJS.ErrnoException).code ?? String(error);
  }
}
