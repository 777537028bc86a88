/** The `policy-lens` command line: `policy-lens extract FILE [--format jsonl|json|csv|md]`, `policy-lens anchor ...`. */
import { extract } from '../extractor';
import { ANCHOR_USAGE, runAnchor } from './anchor';
import { parseArgs, USAGE, UsageError } from './args';
import { explain } from './explain';
import { formatItems } from './format';
import { pageTextOf } from './page-text';
import { decodeText, InputError, readInput } from './read-input';

/** Where the command line reads and writes; the process's own streams in real use. */
export interface Io {
  /** Standard input, read when the file is `-`. */
  stdin: AsyncIterable<Uint8Array>;
  /** Writes to standard output. */
  out: (text: string) => void;
  /** Writes to standard error. */
  err: (text: string) => void;
}

/** Exit status: 0 done, 1 the input could not be read, 2 the command line does not fit the usage. */
export type ExitCode = 0 | 1 | 2;

/** Runs the command line with `args` (the arguments after the program's name). */
export async function main(args: readonly string[], io: Io): Promise<ExitCode> {
  try {
    if (args[0] === 'anchor') return await runAnchor(args.slice(1), io);
    const command = parseArgs(args);
    if (command.name === 'help') {
      io.out(USAGE + '\n');
      return 0;
    }
    const input = await readInput(command.input, io.stdin);
    const text = input.type === 'html' ? await pageTextOf(input.bytes) : decodeText(input.bytes);
    io.out(command.explain ? explain(text, command.explain) : formatItems(extract(text), command.format));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`policy-lens: ${error.message}\n${args[0] === 'anchor' ? ANCHOR_USAGE : USAGE}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.err(`policy-lens: cannot read ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
