/** Downloads started by an extension page in a jsdom test, captured instead of saved. */
import { vi } from 'vitest';

/** Captures the downloads a page starts: the link clicked and the Blob behind it. */
export function captureDownloads(): { filename: string; blob: Blob }[] {
  const downloads: { filename: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  Object.assign(window.URL, {
    createObjectURL: vi.fn((blob: Blob) => {
      const url = `blob:popup/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    }),
    revokeObjectURL: vi.fn(),
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ filename: this.download, blob: blobs.get(this.href) as Blob });
  });
  return downloads;
}
