import type { ReadResult } from '../engine/sources.js';

/** Everything the command line needs from the process, so tests can run it in-process. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  /** `isTTY` decides whether a progress line is shown. */
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Reads standard input, stopping as soon as it holds more than `maxSize` bytes (then a `tooLarge` failure). */
  readStdin(maxSize: number): Promise<ReadResult>;
  /** Today's date, `YYYY-MM-DD`, the default as-of date. */
  today(): string;
  /** Colour level the terminal supports when stdout is a terminal (0–3). */
  terminalColorLevel: number;
  /**
   * Runs `cleanup` if the process is interrupted (SIGINT, SIGTERM) before the returned function is called; the
   * process then ends as the signal would have ended it. Absent in-process, where nothing interrupts a run.
   */
  onInterrupt?(cleanup: () => void): () => void;
}
