/** Saves a file the popup made in memory through the browser's own download flow. */
import type { ExportFile } from '../shared/messages';

/**
 * Downloads `file` with a Blob URL and a temporary `<a download>`: no
 * `downloads` permission and no network request needed.
 */
export function downloadFile(doc: Document, file: ExportFile): void {
  const view = doc.defaultView;
  if (!view) throw new Error('The popup has no window to download from.');
  const url = view.URL.createObjectURL(new view.Blob([file.content], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The click only starts the download; revoking at once can cancel it in Chrome.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 10_000);
}
