/** Extracted items as a Markdown table, for reading in a terminal or pasting into notes. */
import type { Item } from '../extractor/types';
import { fieldsOf } from '../shared/saved-item';

const HEADER = ['kind', 'subtype', 'metric', 'value', 'unit', 'change', 'period', 'deadline', 'text', 'offsets'];

/** One table row per item, in text order. */
export function toMarkdown(items: readonly Item[]): string {
  const rows = items.map((item) => {
    const fields = fieldsOf(item);
    return [
      item.kind,
      item.subtype,
      fields.metric,
      fields.valueText,
      fields.unit,
      fields.change?.text,
      fields.period,
      fields.deadline,
      item.text,
      `${item.start}–${item.end}`,
    ];
  });
  return [HEADER, HEADER.map(() => '---'), ...rows].map(tableRow).join('\n') + '\n';
}

function tableRow(cells: readonly (string | undefined)[]): string {
  return `| ${cells.map((cell) => markdownCell(cell ?? '')).join(' | ')} |`;
}

/** A cell on one line, with the characters that would end or format it escaped. */
function markdownCell(text: string): string {
  return text
    .replace(/\r\n|[\r\n]/g, ' ')
    .replace(/[\\|*_`[\]<>]/g, (c) => `\\${c}`);
}
