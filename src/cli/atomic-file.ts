import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Localized } from '../engine/types.js';
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
    const why = describeWriteError(error);
    return new ToolFailure({ zh: `无法写入报告 ${this.shown}：${why.zh}`, en: `cannot write the report ${this.shown}: ${why.en}` });
  }
}

const WRITE_ERRORS: Readonly<Record<string, Localized>> = {
  EACCES: { zh: '没有权限', en: 'permission denied' },
  EPERM: { zh: '没有权限', en: 'permission denied' },
  ENOENT: { zh: '文件夹不存在', en: 'no such folder' },
  ENOTDIR: { zh: '路径中的某一部分不是文件夹', en: 'a part of the path is not a folder' },
  EISDIR: { zh: '这是一个文件夹', en: 'it is a folder' },
  ENOSPC: { zh: '磁盘空间已满', en: 'no space left on the device' },
  EROFS: { zh: '文件系统只读', en: 'read-only file system' },
};

export function describeWriteError(error: unknown): Localized {
  const code = (error as NodeJS.ErrnoException).code;
  const known = code === undefined ? undefined : WRITE_ERRORS[code];
  if (known) return known;
  const detail = code ?? String(error);
  return { zh: `系统错误 ${detail}`, en: detail };
}
