/** Printing extracted items in the command line's output forms. */
import type { Item } from '../extractor/types';
import { itemsToCsv } from '../shared/export/csv';
import type { OutputFormat } from './args';
import { toMarkdown } from './markdown';

/** The items as the text to print in `format`, ending with a line break when not empty. */
export function formatItems(items: readonly Item[], format: OutputFormat): string {
  switch (format) {
    case 'jsonl':
      return items.map((item) => JSON.stringify(item) + '\n').join('');
    case 'json':
      return JSON.stringify(items, null, 2) + '\n';
    case 'csv':
      return itemsToCsv(items);
    case 'md':
      return toMarkdown(items);
  }
}
