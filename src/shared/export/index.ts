/** Export files of the saved items, ready to download. */
import type { ExportFile, ExportFormat, SavedItem } from '../messages';
import { toCsv } from './csv';
import { toJsonExport } from './json';

/** The saved items as an export file in `format`, made at `now`. */
export function exportFile(items: readonly SavedItem[], format: ExportFormat, now: Date): ExportFile {
  const filename = `policy-lens-${localDate(now)}.${format}`;
  return format === 'csv'
    ? { filename, mimeType: 'text/csv;charset=utf-8', content: toCsv(items) }
    : { filename, mimeType: 'application/json', content: toJsonExport(items, now) };
}

/** The date in the user's time zone, as YYYY-MM-DD: the day the analyst sees on the calendar. */
function localDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
