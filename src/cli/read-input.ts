/** Reading the command line's input: a file or standard input, as text or as an HTML page. */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { messageOf } from '../shared/message-of';

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
 * Decodes a plain-text input, or throws an `InputError` saying why it is not
 * text: a PDF, a binary file (NUL bytes), or bytes that are neither UTF-8,
 * UTF-16 with a byte order mark, nor GB18030. UTF-8 is the norm; GB18030 is
 * the encoding of older Chinese pages saved as text. A UTF-8 byte order mark
 * is kept, so offsets agree with other UTF-8 readers of the file. `name`
 * names the input in the message.
 */
export function decodeText(bytes: Uint8Array, name = 'input'): string {
  if (startsWith(bytes, PDF_MAGIC)) throw new InputError(`${name}: a PDF file, not text (convert it to text or HTML first)`);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const decoded = tryDecode(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', bytes);
    if (decoded !== undefined) return decoded;
    throw new InputError(`${name}: starts as UTF-16 but is not valid UTF-16`);
  }
  if (bytes.includes(0)) throw new InputError(`${name}: a binary file (it holds NUL bytes), not text`);
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return utf8;
  // A file cut in the middle of its last character is still UTF-8: that character reads as �.
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    if (tryDecode('utf-8', bytes.subarray(0, bytes.length - cut)) !== undefined) {
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    }
  }
  const gb18030 = tryDecode('gb18030', bytes);
  if (gb18030 !== undefined) return gb18030;
  throw new InputError(`${name}: not text in a known encoding (neither UTF-8, UTF-16 nor GB18030)`);
}

/** `%PDF-`, how every PDF file starts. */
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** The bytes decoded strictly, or undefined when they are not valid in `encoding`. */
function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: encoding === 'utf-8' }).decode(bytes);
  } catch {
    return undefined;
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
      return messageOf(error);
  }
}
