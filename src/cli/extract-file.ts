/** Extracting the items of one input file, the unit of work the command line spreads over its workers. */
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extract } from '../extractor';
import type { Item } from '../extractor/types';
import type { ExportItem } from '../shared/export/export-item';
import { exportItemsOf, type Source } from './export-items';
import { pageTextOf } from './page-text';
import { decodeText, InputError, readInput, type RawInput } from './read-input';

/** What to hand back per file: the extractor's items (JSON output) or the items every export format reads. */
export type ItemShape = 'extracted' | 'export';

/** The outcome for one file. */
export type FileResult =
  | {
      /** The file was read. */
      ok: true;
      /** The path as given. */
      file: string;
      /** Its items, in the shape asked for; an extracted item carries `file` when asked to. */
      items: (Item & { file?: string })[] | ExportItem[];
      /** Characters of text read. */
      characters: number;
    }
  | {
      /** The file could not be read; nothing was extracted. */
      ok: false;
      /** The path as given. */
      file: string;
      /** Why, in words. */
      reason: string;
    };

/** What a worker is asked. */
export interface FileJob {
  /** The path as given. */
  file: string;
  /** The shape of the items to hand back. */
  shape: ItemShape;
  /** Whether each item names its file (output of several files). */
  withFile: boolean;
}

/** Reads and extracts the file of `job`; `stdin` is read for `-`. Never throws for a bad file. */
export async function extractFile(job: FileJob, stdin: AsyncIterable<Uint8Array>): Promise<FileResult> {
  try {
    return await extractInput(await readInput(job.file, stdin), job);
  } catch (error) {
    return skipped(error, job);
  }
}

/** Decodes and extracts `input` (already read into bytes) as `job` asks. Never throws for a bad file. */
async function extractInput(input: RawInput, job: FileJob): Promise<FileResult> {
  try {
    const text = await textOf(input, job.file);
    const items = extract(text);
    const characters = text.length;
    if (job.shape === 'export') return { ok: true, file: job.file, items: exportItemsOf(items, text, sourceOf(job.file), job.withFile), characters };
    return { ok: true, file: job.file, items: job.withFile ? items.map((item) => ({ file: job.file, ...item })) : items, characters };
  } catch (error) {
    return skipped(error, job);
  }
}

/** The text of an input: the page text of HTML, the decoded text of anything else. Throws an `InputError` when it is not text. */
export async function textOf(input: RawInput, file: string): Promise<string> {
  return input.type === 'html' ? pageTextOf(input.bytes, file) : decodeText(input.bytes, file);
}

/** The result of a file that could not be read; any other error goes on up. */
function skipped(error: unknown, job: FileJob): FileResult {
  if (!(error instanceof InputError)) throw error;
  return { ok: false, file: job.file, reason: error.message.replace(`${job.file}: `, '') };
}

/** Where a path's items come from, for the page columns of exports. */
function sourceOf(file: string): Source {
  if (file === '-') return { file, url: '', title: 'standard input' };
  return { file, url: pathToFileURL(resolve(file)).href, title: basename(file) };
}
