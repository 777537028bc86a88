/** Parsing of the command line's arguments. */
import type { ExplainPlace } from './explain';

/** The output forms of `policy-lens extract`. */
export const OUTPUT_FORMATS = ['jsonl', 'json', 'csv', 'md'] as const;

/** One of the output forms: JSON Lines, a JSON array, CSV or a Markdown table. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** What the command line was asked to do. */
export type Command =
  /** Print the usage and stop. */
  | { name: 'help' }
  /** Extract the items of one input and print them. */
  | {
      name: 'extract';
      /** Path of the input file, or `-` for standard input. */
      input: string;
      /** How to print the items. */
      format: OutputFormat;
      /** With `--explain`: print why each item was found instead, in the whole text or at a place. */
      explain?: ExplainPlace;
    };

/** Short usage, printed with `--help` and after a usage error. */
export const USAGE = `usage: policy-lens extract FILE [--format jsonl|json|csv|md]
       policy-lens extract FILE --explain [--at OFFSET | --sentence TEXT]

  Prints the indicators and commitments found in FILE, one JSON object a line
  unless --format says otherwise. FILE is a .txt or .html/.htm file, or - for
  standard input (plain text). Offsets index the text: the file's own text for
  plain text, the page text the extension sees for HTML.

  --explain prints, one line per item, the rule that found it and its fields;
  with --at OFFSET or --sentence TEXT, the items of the sentence there and the
  candidates that vetoes set aside in it.

       policy-lens anchor ANNOTATIONS.json PAGE

  Finds saved W3C Web Annotations again in a page (policy-lens anchor --help).`;

/** A command line that does not fit the usage; its message says what is wrong. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Reads the arguments after the program's name. Throws a `UsageError` when they do not fit the usage. */
export function parseArgs(args: readonly string[]): Command {
  if (args.includes('--help') || args.includes('-h')) return { name: 'help' };
  const [command, ...rest] = args;
  if (command === undefined) throw new UsageError('no command given');
  if (command !== 'extract') throw new UsageError(`unknown command: ${command}`);

  const positional: string[] = [];
  let format: OutputFormat | undefined;
  let explain: ExplainPlace | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? rest[++i] : arg.slice('--format='.length);
      format = parseFormat(value);
    } else if (arg === '--explain') {
      explain = { ...explain };
    } else if (arg === '--at' || arg === '--sentence') {
      explain = { ...explain, ...parsePlace(arg, rest[++i]) };
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option: ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length === 0) throw new UsageError('no FILE given');
  if (positional.length > 1) throw new UsageError(`one FILE at a time, got ${positional.length}`);
  if (explain && format) throw new UsageError('--explain prints text; it takes no --format');
  if (explain?.at !== undefined && explain.sentence !== undefined) throw new UsageError('--at or --sentence, not both');
  return { name: 'extract', input: positional[0]!, format: format ?? 'jsonl', ...(explain ? { explain } : {}) };
}

/** The place of `--at OFFSET` or `--sentence TEXT`. */
function parsePlace(option: '--at' | '--sentence', value: string | undefined): ExplainPlace {
  if (value === undefined || value === '') throw new UsageError(`${option} needs a value`);
  if (option === '--sentence') return { sentence: value };
  if (!/^\d+$/.test(value)) throw new UsageError(`--at needs an offset (a whole number from 0), got ${value}`);
  return { at: Number(value) };
}

function parseFormat(value: string | undefined): OutputFormat {
  if (value === undefined) throw new UsageError('--format needs a value');
  const format = OUTPUT_FORMATS.find((known) => known === value);
  if (!format) throw new UsageError(`unknown format: ${value} (use ${OUTPUT_FORMATS.join(', ')})`);
  return format;
}
