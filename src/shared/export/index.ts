/** Export files of saved items, ready to download, and reading import files back. */
import type { ExportFile, ExportFormat } from '../messages';
import { toCslJson } from './citation';
import { toCsv } from './csv';
import { localDate, type ExportItem } from './export-item';
import { toBackup, type BackupContent } from './json';
import { toMarkdown } from './markdown';
import { toW3cJson } from './w3c';

/** What an export holds, for its file name: one page, the library's current filter, or everything. */
export type ExportScopeName = 'page' | 'library' | 'all';

/** File name ending and MIME type of each format. */
const FILE_TYPES: Record<ExportFormat, { ending: string; mimeType: string }> = {
  csv: { ending: 'csv', mimeType: 'text/csv;charset=utf-8' },
  json: { ending: 'json', mimeType: 'application/json' },
  md: { ending: 'md', mimeType: 'text/markdown;charset=utf-8' },
  w3c: { ending: 'jsonld', mimeType: 'application/ld+json' },
  csl: { ending: 'csl.json', mimeType: 'application/vnd.citationstyles.csl+json' },
};

/**
 * The file name of an export: the date, then what it holds
 * (`policy-lens-2026-12-01-page.csv`); a JSON backup is always the whole database.
 */
export function exportFileName(format: ExportFormat, scope: ExportScopeName, now: Date): string {
  const holds = format === 'json' ? 'backup' : scope;
  return `policy-lens-${localDate(now)}-${holds}.${FILE_TYPES[format].ending}`;
}

/** The formats that list items (all but the backup). */
export type ItemListFormat = Exclude<ExportFormat, 'json'>;

/** The items as the text of a file in `format`; CSV gets a `file` column when the items name their files. */
export function itemListText(items: readonly ExportItem[], format: ItemListFormat, now: Date): string {
  switch (format) {
    case 'csv':
      return toCsv(items, { fileColumn: items.some((item) => item.file !== undefined) });
    case 'md':
      return toMarkdown(items);
    case 'w3c':
      return toW3cJson(items, now);
    case 'csl':
      return toCslJson(items, now);
  }
}

/** What an export is asked for. */
export interface ExportRequest {
  /** The file format. */
  format: ExportFormat;
  /** What the items in scope are, for the file name. */
  scope: ExportScopeName;
  /** The saved items in scope. */
  items: readonly ExportItem[];
  /** The whole database, for a backup; read only when `format` is `json`. */
  database: () => Promise<BackupContent>;
}

/** The export file of `request`, made at `now`. */
export async function exportFile(request: ExportRequest, now: Date): Promise<ExportFile> {
  const { format, scope, items } = request;
  const content = format === 'json' ? toBackup(await request.database(), now) : itemListText(items, format, now);
  return { filename: exportFileName(format, scope, now), mimeType: FILE_TYPES[format].mimeType, content };
}
