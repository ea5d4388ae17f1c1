import { availableParallelism } from 'node:os';
import type { ChalkInstance } from 'chalk';
import { isIsoDate } from '../dossier/dates.js';
import { NO_COLOR } from '../report/no-color.js';
import type { Lang } from '../engine/types.js';
import { UsageError } from './errors.js';
import type { CliIo } from './io.js';

/**
 * `zh` when the locale environment asks for Chinese, else `en`. Without LC_ALL, LC_MESSAGES or LANG (as on
 * Windows), the system locale decides.
 */
export function langFromEnv(env: CliIo['env'], systemLocale: () => string = () => Intl.DateTimeFormat().resolvedOptions().locale): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || systemLocale();
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

export function parseAsOf(value: string): string {
  if (!isIsoDate(value))
    throw new UsageError({
      zh: `--as-of 须为真实存在的日期，格式 YYYY-MM-DD，而不是“${value}”`,
      en: `--as-of expects a real date as YYYY-MM-DD, got "${value}"`,
    });
  return value;
}

/**
 * `--color`/`--no-color` win; then `NO_COLOR` (any non-empty value) and `FORCE_COLOR`; else colour only on a
 * terminal. Chalk is imported here, when a report is about to be written in colour, not at every start.
 */
export async function colorFor(flag: boolean | undefined, io: CliIo): Promise<ChalkInstance> {
  let level: 0 | 1 | 2 | 3;
  const force = io.env.FORCE_COLOR;
  if (flag === false) level = 0;
  else if (flag === true) level = Math.max(1, io.terminalColorLevel) as 1 | 2 | 3;
  else if (io.env.NO_COLOR) level = 0;
  else if (force !== undefined && force !== '') level = force === '0' || force === 'false' ? 0 : (Math.min(3, Math.max(1, Number(force) || 1)) as 1 | 2 | 3);
  else level = io.stdout.isTTY ? (io.terminalColorLevel as 0 | 1 | 2 | 3) : 0;
  if (level === 0) return NO_COLOR;
  const { Chalk } = await import('chalk');
  return new Chalk({ level });
}

/** `16m`, `512k`, `1048576` → bytes. */
export function parseSize(value: string): number {
  const match = /^(\d+)\s*([km]i?b?)?$/i.exec(value.trim());
  if (!match) {
    throw new UsageError({
      zh: `--max-file-size 须为字节数，或带 k/m 的大小（如 16m），而不是“${value}”`,
      en: `--max-file-size expects a size in bytes or with k/m, such as 16m; got "${value}"`,
    });
  }
  const unit = (match[2] ?? '').toLowerCase().charAt(0);
  return Number(match[1]) * (unit === 'm' ? 1024 * 1024 : unit === 'k' ? 1024 : 1);
}

/** Below this many files a run stays in one thread: starting workers costs more than they save. */
export const PARALLEL_THRESHOLD = 200;

export function defaultJobs(files: number): number {
  return files < PARALLEL_THRESHOLD ? 1 : availableParallelism();
}

export function parseJobs(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) {
    throw new UsageError({
      zh: `--jobs 须为线程数，即不小于 1 的整数，而不是“${value}”`,
      en: `--jobs expects a whole number of threads, 1 or more; got "${value}"`,
    });
  }
  return Number(value);
}
