/** What every `policy-lens` command is and what it runs with. */

/** Where the command line reads and writes; the process's own streams in real use. */
export interface Io {
  /** Standard input, read when a file is `-`. */
  stdin: AsyncIterable<Uint8Array>;
  /** Writes to standard output. */
  out: (text: string) => void;
  /** Writes to standard error. */
  err: (text: string) => void;
  /** Whether standard error is a terminal (a progress bar is drawn there only then). */
  errIsTty?: boolean;
}

/** Exit status: 0 done, 1 an input could not be read, 2 the command line does not fit the usage. */
export type ExitCode = 0 | 1 | 2;

/** One command of the command line, in its own module. */
export interface CliCommand {
  /** The word that names it: `policy-lens NAME ...`. */
  name: string;
  /** Its usage, starting with `policy-lens NAME`. */
  usage: string;
  /** Runs it with the arguments after its name; throws a `UsageError` when they do not fit. */
  run(args: readonly string[], io: Io): Promise<ExitCode>;
}
