/** Reading the command line's input: a file or standard input, as text or as an HTML page. */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

/** The bytes of an input and how to read them. */
export interface RawInput {
  /** The input's bytes. */
  bytes: Uint8Array;
  /** `html` for .html/.htm/.xhtml files; everything else, standard input included, is plain text. */
  type: 'text' | 'html';
}

/** An input that could not be read; the message names it and says why. */
export class InputError extends Error {
  override name = 'InputError';
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/** Reads `path` (`-` for standard input). Throws an `InputError` when it cannot be read. */
export async function readInput(path: string, stdin: AsyncIterable<Uint8Array>): Promise<RawInput> {
  if (path === '-') return { bytes: await readAll(stdin), type: 'text' };
  try {
    const bytes = await readFile(path);
    return { bytes, type: HTML_EXTENSIONS.has(extname(path).toLowerCase()) ? 'html' : 'text' };
  } catch (error) {
    throw new InputError(`${path}: ${reasonOf(error)}`);
  }
}

/**
 * Decodes a plain-text input. UTF-8 is the norm; bytes that are not valid UTF-8
 * are read as GB18030, the encoding of older Chinese pages saved as text.
 * A byte order mark is kept, so offsets agree with other UTF-8 readers of the file.
 */
export function decodeText(bytes: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return utf8.decode(bytes);
  } catch {
    // A file cut in the middle of its last character is still UTF-8: that character reads as �.
    for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
      try {
        utf8.decode(bytes.subarray(0, bytes.length - cut));
        return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      } catch {
        // not a cut character: try a shorter prefix, then GB18030
      }
    }
    return new TextDecoder('gb18030').decode(bytes);
  }
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** A plain statement of why a file could not be read. */
function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
