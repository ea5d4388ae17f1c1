import { supportsColor } from 'chalk';
import { readStream, type ReadResult } from '../engine/sources.js';
import { escapeForTerminal } from '../report/terminal-text.js';
import { run } from './run.js';

function readStdin(maxSize: number): Promise<ReadResult> {
  return readStream(process.stdin, maxSize);
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

try {
  process.exitCode = await run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    readStdin,
    today,
    terminalColorLevel: supportsColor ? supportsColor.level : 0,
  });
} catch (error) {
  // Only a defect of the tool reaches here: one line, and the stack trace only when asked for.
  const debug = process.argv.includes('--debug');
  // The message may quote input (a file name, a value), so it is escaped like every other line on the terminal.
  process.stderr.write(`dossier-check: internal error: ${escapeForTerminal(error instanceof Error ? error.message : String(error))}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack.split('\n').map(escapeForTerminal).join('\n')}\n`);
  process.exitCode = 2;
}
