/**
 * Who sent a message to the background, as far as the browser's sender record
 * tells: one of the extension's own pages (the popup, an extension tab), or
 * the content script of a web page. The browser fills the record, so a page
 * cannot forge it.
 */

/** A message's sender, told apart by `kind`. */
export type Sender =
  | {
      /** The popup or another page of the extension itself. */
      kind: 'extension-page';
    }
  | {
      /** The content script of a web page. */
      kind: 'page';
      /** The page's tab. */
      tabId: number;
      /** The URL of the page (the frame the content script runs in). */
      url: string;
    }
  | {
      /** Anything else (another extension, a page of no tab): trusted with nothing. */
      kind: 'unknown';
    };

/** The part of the browser's `runtime.MessageSender` that tells a sender apart. */
export interface BrowserSender {
  /** The sending extension's id. */
  id?: string;
  /** URL of the sending page or frame. */
  url?: string;
  /** The sender's tab, for content scripts and extension pages shown in a tab. */
  tab?: { id?: number; url?: string };
}

/** The web pages the content script runs on. */
const PAGE_PROTOCOLS = ['http:', 'https:', 'file:'];

/**
 * The {@link Sender} of a message, given this extension's id and origin
 * (`chrome-extension://<id>/`).
 */
export function senderOf(sender: BrowserSender, extensionId: string, extensionOrigin: string): Sender {
  if (sender.id !== extensionId || sender.url === undefined) return { kind: 'unknown' };
  const inExtension = (url: string | undefined): boolean => url !== undefined && url.startsWith(extensionOrigin);
  if (inExtension(sender.url)) {
    // An extension page in a tab: the tab must show the extension too (the browser may hide its URL).
    return sender.tab === undefined || sender.tab.url === undefined || inExtension(sender.tab.url)
      ? { kind: 'extension-page' }
      : { kind: 'unknown' };
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined || !URL.canParse(sender.url)) return { kind: 'unknown' };
  return PAGE_PROTOCOLS.includes(new URL(sender.url).protocol) ? { kind: 'page', tabId, url: sender.url } : { kind: 'unknown' };
}
