/** The `policy-lens` command line: a small dispatcher to one module per command. */
import { UsageError } from './args';
import { anchorCommand } from './commands/anchor';
import { extractCommand } from './commands/extract';
import type { CliCommand, ExitCode, Io } from './command';
import { InputError } from './read-input';
import { version } from '../../package.json';

export type { ExitCode, Io } from './command';

/** Every command, by name. */
const COMMANDS: readonly CliCommand[] = [extractCommand, anchorCommand];

/** Usage of the whole command line. */
export const USAGE = `usage: ${COMMANDS.map((command) => command.usage).join('\n\n       ')}

  policy-lens --version   prints the version`;

/** Runs the command line with `args` (the arguments after the program's name). */
export async function main(args: readonly string[], io: Io): Promise<ExitCode> {
  // A usage error of a known command shows that command's usage only.
  let usage = USAGE;
  try {
    if (args[0] === '--version' || args[0] === '-v') {
      io.out(`${version}\n`);
      return 0;
    }
    if (args.includes('--help') || args.includes('-h')) {
      io.out(USAGE + '\n');
      return 0;
    }
    const [name, ...rest] = args;
    if (name === undefined) throw new UsageError('no command given');
    const command = COMMANDS.find((known) => known.name === name);
    if (!command) throw new UsageError(`unknown command: ${name}`);
    usage = `usage: ${command.usage}`;
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`policy-lens: ${error.message}\n${usage}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.err(`policy-lens: cannot read ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
