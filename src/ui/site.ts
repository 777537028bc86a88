/** The site a page belongs to, as the extension's pages show it. */

/** The host of a page URL, `local file` for a file, undefined for what is no URL. */
export function siteOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'file:' ? 'local file' : parsed.host;
  } catch {
    return undefined;
  }
}
