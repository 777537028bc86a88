/** Progress of `policy-lens extract` over several files, on standard error. */
import type { Io } from './command';

/** Reports files as they are done and files that were skipped. */
export interface Progress {
  /** One more file done. */
  done(file: string): void;
  /** A file that could not be read, with the reason. */
  skipped(file: string, reason: string): void;
  /** All done: the bar gives way to the terminal's prompt. */
  finish(): void;
}

/** Width of the bar in characters. */
const BAR_WIDTH = 30;

/**
 * Progress over `total` files: a bar redrawn in place when standard error is a
 * terminal, a plain line per file otherwise (a log keeps every line); nothing
 * but skipped files for a single file.
 */
export function createProgress(total: number, io: Io): Progress {
  let count = 0;
  const bar = (): string => {
    const filled = Math.round((count / total) * BAR_WIDTH);
    return `\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${count}/${total} files`;
  };
  const drawn = total > 1 && io.errIsTty === true;
  return {
    done(file) {
      count++;
      if (total <= 1) return;
      io.err(drawn ? bar() : `policy-lens: [${count}/${total}] ${file}\n`);
    },
    skipped(file, reason) {
      // The message takes the bar's line, and the bar is drawn again below it.
      io.err(`${drawn ? '\r\x1b[K' : ''}policy-lens: cannot read ${file}: ${reason}${total > 1 ? ' (skipped)' : ''}\n`);
      this.done(file);
    },
    finish() {
      if (drawn) io.err('\n');
    },
  };
}
