import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/command';
import { createProgress } from '../../src/cli/progress';

/** Standard error as written, on a terminal or not. */
function stderr(errIsTty: boolean): { io: Io; written: string[] } {
  const written: string[] = [];
  const stdin: AsyncIterable<Uint8Array> = { async *[Symbol.asyncIterator]() {} };
  return { io: { stdin, out: () => {}, err: (text) => void written.push(text), errIsTty }, written };
}

describe('progress on standard error', () => {
  it('redraws one bar in place on a terminal, a skipped file on a line of its own, and ends the line at the end', () => {
    const { io, written } = stderr(true);
    const progress = createProgress(4, io);
    progress.done('000.txt');
    progress.skipped('scan.pdf', 'a PDF file, not text (convert it to text or HTML first)');
    progress.done('003.txt');
    progress.done('004.txt');
    progress.finish();
    expect(written).toEqual([
      `\r[${'#'.repeat(8)}${'-'.repeat(22)}] 1/4 files`,
      '\r\x1b[Kpolicy-lens: cannot read scan.pdf: a PDF file, not text (convert it to text or HTML first) (skipped)\n',
      `\r[${'#'.repeat(15)}${'-'.repeat(15)}] 2/4 files`,
      `\r[${'#'.repeat(23)}${'-'.repeat(7)}] 3/4 files`,
      `\r[${'#'.repeat(30)}] 4/4 files`,
      '\n',
    ]);
  });

  it('writes plain lines when standard error is a log, and nothing but a skipped file for one file', () => {
    const many = stderr(false);
    const progress = createProgress(2, many.io);
    progress.done('000.txt');
    progress.done('縣領導講話.html');
    progress.finish();
    expect(many.written).toEqual(['policy-lens: [1/2] 000.txt\n', 'policy-lens: [2/2] 縣領導講話.html\n']);

    const one = stderr(true);
    const single = createProgress(1, one.io);
    single.skipped('scan.pdf', 'a PDF file, not text');
    single.finish();
    expect(one.written).toEqual(['policy-lens: cannot read scan.pdf: a PDF file, not text\n']);
  });
});
