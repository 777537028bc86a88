/** Items the command line found in a file, as the items every export format reads. */
import type { Item } from '../extractor/types';
import type { ExportItem } from '../shared/export/export-item';
import { toPageItem } from '../shared/page-item';
import { newSavedItemFrom } from '../shared/saved-item';

/** Where the command line read a text: the path as given, and its address and name for page columns. */
export interface Source {
  /** The path as given on the command line, `-` for standard input. */
  file: string;
  /** The file's `file://` URL; empty for standard input. */
  url: string;
  /** The file's name, standing in for a page title. */
  title: string;
}

/**
 * The items found in `text` read from `source`, with their selectors and, for
 * indicators, their sentences, as they would be saved from a page.
 * `withFile` keeps the file's path on each item, for output of several files.
 */
export function exportItemsOf(items: readonly Item[], text: string, source: Source, withFile: boolean): ExportItem[] {
  return items.map((item) => {
    const saved = newSavedItemFrom(toPageItem(item, text), source);
    return withFile ? { ...saved, file: source.file } : saved;
  });
}
