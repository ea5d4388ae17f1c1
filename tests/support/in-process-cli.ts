import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { readStream } from '../../src/engine/sources.js';
import type { Rule } from '../../src/rules/define-rule.js';
import { ROOT } from './run-cli.js';

export interface InProcessOptions {
  rules?: readonly Rule[];
  stdin?: Uint8Array;
  /** Replaces the environment (by default only `LANG=en_US.UTF-8`). */
  env?: Record<string, string>;
  cwd?: string;
  /** Pretend stdout or stderr is a terminal. */
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  /** Every write in order, to stdout and stderr alike, for tests of how the two interleave on one terminal. */
  log?: { stream: 'stdout' | 'stderr'; text: string }[];
}

/** Runs the command line in this process, capturing its output; for cases a spawned executable cannot set up. */
export async function runInProcess(argv: string[], options: InProcessOptions = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: {
      write: (text: string) => {
        options.log?.push({ stream: 'stdout', text });
        stdout += text;
      },
      isTTY: options.stdoutIsTTY ?? false,
    },
    stderr: {
      write: (text: string) => {
        options.log?.push({ stream: 'stderr', text });
        stderr += text;
      },
      isTTY: options.stderrIsTTY ?? false,
    },
    env: options.env ?? { LANG: 'en_US.UTF-8' },
    cwd: options.cwd ?? ROOT,
    readStdin: (maxSize: number) => readStream([options.stdin ?? new Uint8Array()], maxSize),
    today: () => '2026-01-01',
    terminalColorLevel: 0,
  };
  const code = await run(argv, io, options.rules);
  return { code, stdout, stderr };
}
