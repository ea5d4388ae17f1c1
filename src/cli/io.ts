import type { ReadResult } from '../engine/sources.js';

/** Everything the command line needs from the process, so tests can run it in-process. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Reads standard input, stopping as soon as it holds more than `maxSize` bytes (then a `tooLarge` failure). */
  readStdin(maxSize: number): Promise<ReadResult>;
  /** Today's date, `YYYY-MM-DD`, the default as-of date. */
  today(): string;
  /** Colour level the terminal supports when stdout is a terminal (0–3). */
  terminalColorLevel: number;
}
