/**
 * `policy-lens anchor ANNOTATIONS.json PAGE`: places W3C Web Annotations in a
 * page (text or HTML) with the same anchoring the extension uses for saved
 * items, and prints one JSON line per annotation.
 */
import { anchorQuote } from '../anchoring/anchor-quote';
import { codePointOffsets } from '../anchoring/code-points';
import { AnnotationFormatError, readAnnotations, type AnnotationToAnchor } from './read-annotations';
import { pageTextOf } from './page-text';
import { decodeText, InputError, readInput } from './read-input';
import { UsageError } from './args';
import { messageOf } from '../shared/message-of';

/** Usage of the `anchor` command. */
export const ANCHOR_USAGE = `usage: policy-lens anchor ANNOTATIONS.json PAGE

  Finds each W3C Web Annotation of ANNOTATIONS.json (an AnnotationCollection
  with its pages embedded, an AnnotationPage or a list of annotations) in PAGE,
  a .txt or .html/.htm file, by its TextQuoteSelector and TextPositionSelector
  (code points). Prints one JSON object a line, in the annotations' order:
  {"id": ..., "start": ..., "end": ...} with string offsets into the page text
  (the same text and offsets as \`policy-lens extract\`), or {"id": ..., "orphan": true}
  when the annotation's text is no longer in the page.`;

/** One line of the output. */
export type AnchorLine = { id: string; start: number; end: number } | { id: string; orphan: true };

/** Reads the `anchor` command's two files from `args`; throws a `UsageError` when they are not two. */
export function parseAnchorArgs(args: readonly string[]): { annotations: string; page: string } {
  const unknown = args.find((arg) => arg.startsWith('-') && arg !== '-');
  if (unknown !== undefined) throw new UsageError(`unknown option: ${unknown}`);
  if (args.length !== 2) throw new UsageError(`anchor needs ANNOTATIONS.json and PAGE, got ${args.length} argument(s)`);
  if (args[0] === '-') throw new UsageError('ANNOTATIONS.json must be a file; only PAGE may be - (standard input)');
  return { annotations: args[0]!, page: args[1]! };
}

/**
 * Anchors the annotations of the file `annotationsPath` in the page at
 * `pagePath` (`-`: standard input). Throws an `InputError` when a file cannot
 * be read or the annotations are not W3C annotation data.
 */
export async function anchorFiles(annotationsPath: string, pagePath: string, stdin: AsyncIterable<Uint8Array>): Promise<AnchorLine[]> {
  const annotations = readAnnotationFile(annotationsPath, await readInput(annotationsPath, stdin));
  const page = await readInput(pagePath, stdin);
  const text = page.type === 'html' ? await pageTextOf(page.bytes) : decodeText(page.bytes);
  return anchorAnnotations(text, annotations);
}

/** Where each annotation is in `text`, or that it is an orphan. */
export function anchorAnnotations(text: string, annotations: readonly AnnotationToAnchor[]): AnchorLine[] {
  const offsets = codePointOffsets(text);
  return annotations.map(({ id, quote, position }) => {
    if (!quote) return { id, orphan: true };
    // The model counts code points; the text model, like every JavaScript string, code units.
    const hint = position && { start: offsets.toUnits(position.start), end: offsets.toUnits(position.end) };
    const anchor = anchorQuote(text, { ...quote, position: hint });
    return anchor ? { id, start: anchor.start, end: anchor.end } : { id, orphan: true };
  });
}

function readAnnotationFile(path: string, input: { bytes: Uint8Array }): AnnotationToAnchor[] {
  let json: unknown;
  try {
    json = JSON.parse(decodeText(input.bytes).replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`${path}: not JSON (${messageOf(error)})`);
  }
  try {
    return readAnnotations(json);
  } catch (error) {
    if (error instanceof AnnotationFormatError) throw new InputError(`${path}: not W3C annotation data: ${error.message}`);
    throw error;
  }
}

/** Runs `policy-lens anchor` with the arguments after `anchor`, printing JSON Lines to `out` (`--help` is the dispatcher's). */
export async function runAnchor(
  args: readonly string[],
  io: { stdin: AsyncIterable<Uint8Array>; out: (text: string) => void },
): Promise<0> {
  const { annotations, page } = parseAnchorArgs(args);
  const lines = await anchorFiles(annotations, page, io.stdin);
  io.out(lines.map((line) => JSON.stringify(line) + '\n').join(''));
  return 0;
}
