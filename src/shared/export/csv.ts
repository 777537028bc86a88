/**
 * CSV export for spreadsheets: UTF-8 with a byte order mark (so Excel and WPS
 * read Chinese text as UTF-8), RFC 4180 quoting, CRLF line ends, one row per
 * item, and cells that a spreadsheet would run as a formula neutralised.
 */
import type { Item } from '../../extractor/types';
import type { SavedItem, SavedItemFields } from '../messages';
import { fieldsOf } from '../saved-item';

/** The header row, in column order. */
export const CSV_COLUMNS = [
  'kind',
  'subtype',
  'metric',
  'value',
  'unit',
  'change',
  'period',
  'deadline',
  'text',
  'page title',
  'URL',
  'saved at',
] as const;

/** The byte order mark that tells spreadsheet programs the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** Saved items as a CSV file. */
export function toCsv(items: readonly SavedItem[]): string {
  return rowsToCsv(
    items.map((item) => [
      ...itemCells(item.kind, item.subtype, item.fields, item.text),
      item.title,
      item.url,
      item.createdAt,
    ]),
  );
}

/** Items freshly extracted from a text, with no page: the page columns stay empty. */
export function itemsToCsv(items: readonly Item[]): string {
  return rowsToCsv(items.map((item) => [...itemCells(item.kind, item.subtype, fieldsOf(item), item.text), '', '', '']));
}

/** The cells from kind to text. */
function itemCells(kind: string, subtype: string | undefined, fields: SavedItemFields, text: string): string[] {
  const change = fields.change ? `${fields.basis ?? ''}${fields.change.text}` : '';
  return [
    kind,
    subtype ?? '',
    fields.metric ?? '',
    fields.value == null ? '' : String(fields.value),
    fields.unit ?? '',
    change,
    fields.period ?? '',
    fields.deadline ?? '',
    text,
  ];
}

function rowsToCsv(rows: readonly string[][]): string {
  return UTF8_BOM + [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

/** One cell: neutralised, then quoted when it holds a comma, a quote or a line break. */
function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A spreadsheet treats a cell starting with one of these as a formula (or,
 * for tab and CR, may shift it into one); a leading apostrophe makes it text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
