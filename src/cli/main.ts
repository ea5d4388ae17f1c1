import type { ReadResult } from '../engine/sources.js';
import { escapeForTerminal } from '../report/terminal-text.js';
import { languageOfArguments } from './command-language.js';
import { langFromEnv } from './options.js';
import { run } from './run.js';

async function readStdin(maxSize: number): Promise<ReadResult> {
  const { readStream } = await import('../engine/sources.js');
  return readStream(process.stdin, maxSize);
}

/**
 * The colour level chalk detects for this terminal. `colorFor` consults it only when stdout is a terminal or
 * `--color` forces colour, so elsewhere (every pipe, every CI log) chalk is not loaded for it.
 */
async function terminalColorLevel(): Promise<number> {
  if (!process.stdout.isTTY && !process.argv.includes('--color')) return 0;
  const { supportsColor } = await import('chalk');
  return supportsColor ? supportsColor.level : 0;
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * On SIGINT or SIGTERM, `cleanup` runs (it removes report files not yet complete), then the process ends by the same
 * signal, as it would have without the handler, so a shell or CI runner sees an interrupted run.
 */
function onInterrupt(cleanup: () => void): () => void {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const handler = (signal: NodeJS.Signals) => {
    release();
    cleanup();
    process.kill(process.pid, signal);
  };
  const release = () => {
    for (const signal of signals) process.off(signal, handler);
  };
  for (const signal of signals) process.on(signal, handler);
  return release;
}

try {
  process.exitCode = await run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    readStdin,
    today,
    terminalColorLevel: await terminalColorLevel(),
    onInterrupt,
  });
} catch (error) {
  // Only a defect of the tool reaches here: one line, and the stack trace only when asked for.
  const debug = process.argv.includes('--debug');
  // The message may quote input (a file name, a value), so it is escaped like every other line on the terminal.
  const detail = escapeForTerminal(error instanceof Error ? error.message : String(error));
  const chinese = languageOfArguments(process.argv.slice(2), () => langFromEnv(process.env)) === 'zh';
  process.stderr.write(chinese ? `dossier-check: 内部错误：${detail}\n` : `dossier-check: internal error: ${detail}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack.split('\n').map(escapeForTerminal).join('\n')}\n`);
  process.exitCode = 2;
}
