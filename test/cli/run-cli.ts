/** Runs the built command line the way a user does, for the command line's tests. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/policy-lens.mjs', import.meta.url));

/** What a run of the command line printed and how it ended. */
export interface CliRun {
  /** Exit status. */
  status: number | null;
  /** Standard output. */
  stdout: string;
  /** Standard error. */
  stderr: string;
}

/** Runs `policy-lens ARGS` with `stdin` as its standard input. */
export function runCli(args: readonly string[], stdin = ''): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], { input: stdin, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
