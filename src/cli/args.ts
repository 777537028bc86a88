/** Parsing of `policy-lens extract`'s arguments. */
import type { ExplainPlace } from './explain';

/** The output forms of `policy-lens extract`: the extractor's items as JSON Lines or JSON, or any export format. */
export const OUTPUT_FORMATS = ['jsonl', 'json', 'csv', 'md', 'w3c', 'csl'] as const;

/** One of the output forms. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** What `policy-lens extract` was asked to do. */
export interface ExtractArgs {
  /** Files, folders and glob patterns as given, `-` for standard input. */
  inputs: string[];
  /** How to write the items. */
  format: OutputFormat;
  /** Where to write them; standard output when absent. */
  out?: string;
  /** Most worker threads to use; one per core when absent. */
  jobs?: number;
  /** With `--explain`: print why each item was found instead, in the whole text or at a place (one file only). */
  explain?: ExplainPlace;
}

/** Usage of `policy-lens extract`. */
export const EXTRACT_USAGE = `policy-lens extract FILE... [--format jsonl|json|csv|md|w3c|csl] [--out FILE] [--jobs N]
       policy-lens extract FILE --explain [--at OFFSET | --sentence TEXT]

  Finds the indicators and commitments in each FILE: a .txt or .html/.htm
  file, a folder (every file in it and its subfolders), a glob pattern in
  quotes ('reports/**/*.txt'), or - for standard input (plain text).
  Writes one JSON object a line unless --format says otherwise:
    jsonl, json  the extractor's items, with offsets into the text
    csv          a spreadsheet (UTF-8 with BOM), as the extension exports it
    md           Markdown grouped by file, ready to paste into a report
    w3c          W3C Web Annotations (JSON-LD)
    csl          CSL-JSON citations, for Zotero
  With several files, every item names its file (a "file" field or column).
  --out FILE writes everything to FILE instead of standard output.
  Several files are read in parallel, one worker thread per core (at most
  --jobs N).
  Files that cannot be read are named with the reason and skipped; the exit
  status is then 1.

  --explain prints, one line per item, the rule that found it and its fields;
  with --at OFFSET or --sentence TEXT, the items of the sentence there and the
  candidates that vetoes set aside in it.`;

/** A command line that does not fit the usage; its message says what is wrong. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Reads the arguments after `extract`. Throws a `UsageError` when they do not fit the usage. */
export function parseExtractArgs(args: readonly string[]): ExtractArgs {
  const inputs: string[] = [];
  let format: OutputFormat | undefined;
  let out: string | undefined;
  let explain: ExplainPlace | undefined;
  let jobs: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const option = /^(--format|--out|--jobs|--at|--sentence)(?:=(.*))?$/.exec(arg);
    if (option) {
      const value = option[2] ?? args[++i];
      if (value === undefined || value === '') throw new UsageError(`${option[1]} needs a value`);
      if (option[1] === '--format') format = parseFormat(value);
      else if (option[1] === '--out') out = value;
      else if (option[1] === '--jobs') jobs = parseJobs(value);
      else explain = { ...explain, ...parsePlace(option[1] as '--at' | '--sentence', value) };
    } else if (arg === '--explain') {
      explain = { ...explain };
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option: ${arg}`);
    } else {
      inputs.push(arg);
    }
  }
  if (inputs.length === 0) throw new UsageError('no FILE given');
  if (inputs.filter((input) => input === '-').length > 1) throw new UsageError('standard input (-) given twice');
  if (explain && format) throw new UsageError('--explain prints text; it takes no --format');
  if (explain && inputs.length > 1) throw new UsageError('--explain reads one FILE');
  if (explain?.at !== undefined && explain.sentence !== undefined) throw new UsageError('--at or --sentence, not both');
  return {
    inputs,
    format: format ?? 'jsonl',
    ...(out === undefined ? {} : { out }),
    ...(jobs === undefined ? {} : { jobs }),
    ...(explain ? { explain } : {}),
  };
}

function parseJobs(value: string): number {
  if (!/^[1-9]\d{0,3}$/.test(value)) throw new UsageError(`--jobs needs a number of threads from 1, got ${value}`);
  return Number(value);
}

/** The place of `--at OFFSET` or `--sentence TEXT`. */
function parsePlace(option: '--at' | '--sentence', value: string): ExplainPlace {
  if (option === '--sentence') return { sentence: value };
  if (!/^\d+$/.test(value)) throw new UsageError(`--at needs an offset (a whole number from 0), got ${value}`);
  return { at: Number(value) };
}

function parseFormat(value: string): OutputFormat {
  const format = OUTPUT_FORMATS.find((known) => known === value);
  if (!format) throw new UsageError(`unknown format: ${value} (use ${OUTPUT_FORMATS.join(', ')})`);
  return format;
}
