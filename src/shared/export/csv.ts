/**
 * CSV export for spreadsheets: UTF-8 with a byte order mark (so Excel and WPS
 * read Chinese text as UTF-8), RFC 4180 quoting, CRLF line ends, one row per
 * item, and text cells that a spreadsheet would run as a formula neutralised.
 */
import { localTime, scaleOf, sentenceText, targetsOf, type ExportItem } from './export-item';

/** The header row, in column order (the command line puts `file` in front when it read several files). */
export const CSV_COLUMNS = [
  'kind',
  'subtype',
  'status',
  'metric',
  'value',
  'value high',
  'unit',
  'scale',
  'change',
  'basis',
  'period',
  'marker',
  'deadline',
  'targets',
  'quote',
  'sentence',
  'note',
  'tags',
  'page title',
  'URL',
  'saved at',
] as const;

/** The byte order mark that tells spreadsheet programs the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** How several values share one cell (targets, tags). */
export const LIST_SEPARATOR = ' · ';

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /** Adds a first column with the file each item was read from (the command line on several files). */
  fileColumn?: boolean;
}

/** A cell: text, or a number the spreadsheet keeps as a number. */
type Cell = string | number | undefined;

/** The items as a CSV file. */
export function toCsv(items: readonly ExportItem[], options: CsvOptions = {}): string {
  return csvStart(options) + csvRows(items, options);
}

/** The start of a CSV file: the byte order mark and the header row; rows follow from {@link csvRows}. */
export function csvStart(options: CsvOptions = {}): string {
  return UTF8_BOM + csvLine([...(options.fileColumn ? ['file'] : []), ...CSV_COLUMNS]);
}

/** The rows of `items`, for a file started by {@link csvStart} with the same options. */
export function csvRows(items: readonly ExportItem[], options: CsvOptions = {}): string {
  return items.map((item) => csvLine([...(options.fileColumn ? [item.file] : []), ...rowOf(item)])).join('');
}

function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/** The cells of one item, in {@link CSV_COLUMNS} order. */
function rowOf(item: ExportItem): Cell[] {
  const { fields } = item;
  return [
    item.kind,
    item.subtype,
    fields.status,
    fields.metric,
    fields.value ?? undefined,
    fields.valueHigh,
    fields.unit,
    scaleOf(fields.unit),
    fields.change?.text,
    fields.basis,
    fields.period,
    fields.marker,
    fields.deadline,
    targetsOf(item).join(LIST_SEPARATOR),
    item.text,
    sentenceText(item),
    item.note,
    item.tags.join(LIST_SEPARATOR),
    item.title,
    item.url,
    item.createdAt === undefined ? undefined : localTime(item.createdAt),
  ];
}

/** One cell: a number as written, text neutralised, then quoted when it holds a comma, a quote or a line break. */
function csvCell(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = neutralise(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A spreadsheet treats a text cell starting with one of these as a formula
 * (Excel and WPS read the full-width forms as the ASCII signs; tab and CR may
 * shift the cell into one).
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** The text with a leading apostrophe when it would start a formula: the spreadsheet then shows it as text. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
