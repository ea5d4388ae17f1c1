import { run } from '../../src/cli/run.js';
import { readStream } from '../../src/engine/sources.js';
import type { Rule } from '../../src/rules/define-rule.js';
import { ROOT } from './run-cli.js';

/** Runs the command line in this process, capturing its output; for cases a spawned executable cannot set up. */
export async function runInProcess(argv: string[], options: { rules?: readonly Rule[]; stdin?: Uint8Array; cwd?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await run(
    argv,
    {
      stdout: { write: (text: string) => (stdout += text), isTTY: false },
      stderr: { write: (text: string) => (stderr += text) },
      env: { LANG: 'en_US.UTF-8' },
      cwd: options.cwd ?? ROOT,
      readStdin: (maxSize: number) => readStream([options.stdin ?? new Uint8Array()], maxSize),
      today: () => '2026-01-01',
      terminalColorLevel: 0,
    },
    options.rules,
  );
  return { code, stdout, stderr };
}
