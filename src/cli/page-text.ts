/** The text of an HTML page as the content script sees it, for the command line. */
import { isHiddenByStyle } from '../dom/visibility';
import { buildPageModel } from '../dom/text-model';
import { decodeText } from './read-input';

/**
 * The page text of an HTML file, read by the same text model and the same
 * test of what is hidden as in the content script, so the offsets of items
 * found in it agree with those in the browser. The encoding comes from the
 * bytes (byte order mark, `<meta charset>`); a page that declares none is read
 * as UTF-8, or GB18030 where it is not valid UTF-8, as Chinese pages are
 * written (the HTML default, windows-1252, would garble them). No script on
 * the page runs.
 */
export async function pageTextOf(html: Uint8Array, name = 'input'): Promise<string> {
  // Loaded only for HTML input: jsdom takes longer to load than extracting a plain text file.
  const { JSDOM } = await import('jsdom');
  const { window } = new JSDOM(declaresEncoding(html) ? html : decodeText(html, name));
  try {
    return buildPageModel(window.document, { isHidden: isHiddenByStyle }).text;
  } finally {
    window.close();
  }
}

/** Whether the page says its own encoding: a byte order mark or a `<meta charset>` near its head. */
function declaresEncoding(html: Uint8Array): boolean {
  if (html[0] === 0xef && html[1] === 0xbb && html[2] === 0xbf) return true;
  if ((html[0] === 0xff && html[1] === 0xfe) || (html[0] === 0xfe && html[1] === 0xff)) return true;
  const head = new TextDecoder('latin1').decode(html.subarray(0, 2048));
  return /<meta[^>]+charset/i.test(head);
}
