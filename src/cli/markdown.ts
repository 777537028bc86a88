/** Extracted items as a Markdown table, for reading in a terminal or pasting into notes. */
import type { Item } from '../extractor/types';
import { itemFields } from '../shared/item-fields';

const HEADER = ['kind', 'subtype', 'status', 'text', 'fields', 'offsets'];

/** One table row per item, in text order; the fields read as in the popup (`Metric: 纳税; Value: 2个多亿`). */
export function toMarkdown(items: readonly Item[]): string {
  const rows = items.map((item) => [
    item.kind,
    item.subtype,
    item.kind === 'indicator' ? item.status : '',
    item.text,
    itemFields(item)
      .map((field) => `${field.label}: ${field.value}`)
      .join('; '),
    `${item.start}–${item.end}`,
  ]);
  return [HEADER, HEADER.map(() => '---'), ...rows].map(tableRow).join('\n') + '\n';
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.map(markdownCell).join(' | ')} |`;
}

/** A cell on one line, with the characters that would end or format it escaped. */
function markdownCell(text: string): string {
  return text.replace(/\r\n|[\r\n]/g, ' ').replace(/[\\|*_`[\]<>]/g, (c) => `\\${c}`);
}
