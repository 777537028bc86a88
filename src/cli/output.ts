/**
 * Writing the items of `policy-lens extract` in its output forms, file by
 * file as results arrive: JSON Lines, JSON and CSV are written as they go (a
 * run over a hundred megabytes never holds all its items), the other formats
 * once at the end, as their files are one document.
 */
import { csvRows, csvStart } from '../shared/export/csv';
import type { ExportItem } from '../shared/export/export-item';
import { itemListText } from '../shared/export';
import type { OutputFormat } from './args';
import type { ItemShape } from './extract-file';

/** Writes the items of one file after another, then ends the output. */
export interface ItemWriter {
  /** Writes (or keeps, for the formats written at the end) the items of the next file. */
  add(items: readonly unknown[]): void;
  /** Writes what is left. */
  end(): void;
}

/** The shape of the items each format writes. */
export function shapeOf(format: OutputFormat): ItemShape {
  return format === 'jsonl' || format === 'json' ? 'extracted' : 'export';
}

/** A writer of `format` to `write`; `withFile` adds the CSV `file` column. `now` dates the W3C and CSL files. */
export function itemWriter(format: OutputFormat, write: (text: string) => void, withFile: boolean, now: Date): ItemWriter {
  switch (format) {
    case 'jsonl':
      return { add: (items) => write(items.map((item) => JSON.stringify(item) + '\n').join('')), end: () => {} };
    case 'json': {
      let count = 0;
      return {
        add: (items) => {
          for (const item of items) write(`${count++ === 0 ? '[\n' : ',\n'}  ${JSON.stringify(item, null, 2).replaceAll('\n', '\n  ')}`);
        },
        // The same text as JSON.stringify(allItems, null, 2).
        end: () => write(count === 0 ? '[]\n' : '\n]\n'),
      };
    }
    case 'csv': {
      write(csvStart({ fileColumn: withFile }));
      return { add: (items) => write(csvRows(items as ExportItem[], { fileColumn: withFile })), end: () => {} };
    }
    default: {
      const all: ExportItem[] = [];
      return {
        add: (items) => all.push(...(items as ExportItem[])),
        end: () => write(itemListText(all, format, now)),
      };
    }
  }
}

