import type { Lang } from '../engine/types.js';
import type { CliIo } from './io.js';

/** A run of more files than this shows progress from its first file; a smaller one only once it has taken a while. */
export const PROGRESS_FILE_THRESHOLD = 50;
const PROGRESS_DELAY_MS = 1000;
/** Redraws at most this often: a run checks thousands of files a second, a terminal need not show each. */
const REDRAW_INTERVAL_MS = 100;

/** Back to the start of the line and erase it: the progress line leaves nothing behind. */
const CLEAR_LINE = '\r\u001b[K';

/**
 * Progress belongs to a person watching a terminal: never in a pipe or a file, where `\r` rewrites are noise, and
 * never in CI (`CI` set, as every CI service does), whose logs keep every rewrite as a line of its own.
 */
export function wantsProgress(io: CliIo): boolean {
  const ci = io.env.CI;
  return io.stderr.isTTY === true && (ci === undefined || ci === '' || ci === 'false' || ci === '0');
}

/**
 * One line on stderr, rewritten in place (`\r`): files checked of the total, and how many dossiers failed. Shown
 * on long runs only, and erased when the run ends or before anything else is written to the same terminal.
 */
export class ProgressLine {
  private readonly started: number;
  private lastDraw = -Infinity;
  private shown = false;
  private line = '';

  constructor(
    private readonly total: number,
    private readonly lang: Lang,
    private readonly write: (text: string) => void,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  update(done: number, failed: number): void {
    const now = this.now();
    if (this.total <= PROGRESS_FILE_THRESHOLD && now - this.started < PROGRESS_DELAY_MS) return;
    if (now - this.lastDraw < REDRAW_INTERVAL_MS) return;
    this.lastDraw = now;
    this.line = this.lang === 'zh' ? `正在检查：${done}/${this.total} 个文件，${failed} 份不通过` : `checking: ${done}/${this.total} files, ${failed} failed`;
    this.write(`${CLEAR_LINE}${this.line}`);
    this.shown = true;
  }

  /** Erases the line for a moment, while something else is written to the terminal. */
  clear(): void {
    if (this.shown) this.write(CLEAR_LINE);
    this.shown = false;
  }

  /** Erases the line for good: the run has ended, and what the report writes next is not followed by it. */
  finish(): void {
    this.clear();
    this.line = '';
  }

  /** Puts the line back after `clear`, as it was. */
  redraw(): void {
    if (this.line === '' || this.shown) return;
    this.write(`${CLEAR_LINE}${this.line}`);
    this.shown = true;
  }
}
