/** `policy-lens extract`: the items of one or many reports, in any export format, or why one report's were found. */
import { closeSync, openSync, writeSync } from 'node:fs';
import { EXTRACT_USAGE, parseExtractArgs } from '../args';
import type { CliCommand, ExitCode, Io } from '../command';
import { textOf } from '../extract-file';
import { extractAll } from '../extract-pool';
import { explain } from '../explain';
import { inputFiles } from '../input-files';
import { itemWriter, shapeOf } from '../output';
import { createProgress } from '../progress';
import { InputError, readInput } from '../read-input';

/** The `extract` command. */
export const extractCommand: CliCommand = {
  name: 'extract',
  usage: EXTRACT_USAGE,
  run: runExtract,
};

/**
 * Extracts every input file, writing items file by file in input order.
 * Files that cannot be read are named with the reason and skipped; the exit
 * status is then 1, after the rest are done.
 */
async function runExtract(args: readonly string[], io: Io): Promise<ExitCode> {
  const options = parseExtractArgs(args);
  if (options.explain) {
    const file = options.inputs[0]!;
    io.out(explain(await textOf(await readInput(file, io.stdin), file), options.explain));
    return 0;
  }
  const files = await inputFiles(options.inputs);
  // One plain file keeps the extractor's items as they are; several name their file.
  const withFile = files.length > 1 || options.inputs.some((input) => input !== files[0]);
  const sink = openSink(options.out, io);
  const writer = itemWriter(options.format, sink.write, withFile, new Date());
  const progress = createProgress(files.length, io);
  let skipped = 0;
  try {
    const jobs = files.map((file) => ({ file, shape: shapeOf(options.format), withFile }));
    await extractAll(
      jobs,
      io.stdin,
      (result) => {
        if (result.ok) {
          writer.add(result.items);
          progress.done(result.file);
        } else {
          skipped++;
          progress.skipped(result.file, result.reason);
        }
      },
      options.jobs,
    );
    writer.end();
  } finally {
    progress.finish();
    sink.close();
  }
  if (skipped > 0 && files.length > 1) io.err(`policy-lens: ${skipped} of ${files.length} files skipped\n`);
  return skipped > 0 ? 1 : 0;
}

/** Standard output, or the file of `--out`. */
function openSink(out: string | undefined, io: Io): { write: (text: string) => void; close: () => void } {
  if (out === undefined) return { write: io.out, close: () => {} };
  let fd: number;
  try {
    fd = openSync(out, 'w');
  } catch (error) {
    throw new InputError(`${out}: cannot write there (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return { write: (text) => void writeSync(fd, text), close: () => closeSync(fd) };
}
