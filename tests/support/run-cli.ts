import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/dossier-check.js', import.meta.url));

export interface CliRun {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs the built executable as a user would, with a clean, colourless, English environment unless told. */
export function runCli(
  args: readonly string[],
  options: { env?: Record<string, string>; input?: string | Buffer; cwd?: string; uid?: number; gid?: number; bin?: string; timeout?: number } = {},
): CliRun {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', ...options.env };
  const result = spawnSync(process.execPath, [options.bin ?? BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    input: options.input,
    encoding: 'utf8',
    // A hang guard, not a timing: a run of hundreds of dossiers on a busy machine is given longer.
    timeout: options.timeout ?? 30_000,
    // Reports of hundreds of dossiers are larger than the default of 1 MiB, past which the child is killed.
    maxBuffer: 256 * 1024 * 1024,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid }),
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}
