/** Saves a file the popup made in memory through the browser's own download flow. */

/** A file ready to hand to the user. */
export interface DownloadableFile {
  /** Name offered in the save dialog, e.g. `policy-lens-2026-11-23.csv`. */
  filename: string;
  /** MIME type of `content`, e.g. `text/csv;charset=utf-8`. */
  mimeType: string;
  /** The whole file as text. */
  content: string;
}

/**
 * Downloads `file` with a Blob URL and a temporary `<a download>`: no
 * `downloads` permission and no network request needed.
 */
export function downloadFile(doc: Document, file: DownloadableFile): void {
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
