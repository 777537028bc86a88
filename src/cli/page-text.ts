/** The text of an HTML page as the content script sees it, for the command line. */
import { isHiddenByStyle } from '../content/visibility';
import { buildPageModel } from '../dom/text-model';

/**
 * The page text of an HTML file, read by the same text model and the same
 * test of what is hidden as in the content script, so the offsets of items
 * found in it agree with those in the browser. The encoding comes from the
 * bytes (byte order mark, `<meta charset>`); no script on the page runs.
 */
export async function pageTextOf(html: Uint8Array): Promise<string> {
  // Loaded only for HTML input: jsdom takes longer to load than extracting a plain text file.
  const { JSDOM } = await import('jsdom');
  const { window } = new JSDOM(html);
  try {
    return buildPageModel(window.document, { isHidden: isHiddenByStyle }).text;
  } finally {
    window.close();
  }
}
