/**
 * The content script's isolated world of a page, reached over the DevTools
 * protocol: code evaluated there runs with the content script's privileges
 * (its `chrome.runtime`, its view of closed shadow roots), as the content
 * script's own code would, and unlike anything the page's scripts can do.
 */
import type { Page } from 'playwright-core';
import { pageItems } from './extension-api';
import { openPage, type ExtensionBrowser } from './extension-browser';

/** An isolated world to evaluate expressions in. */
export interface ContentWorld {
  /** Evaluates a JavaScript expression there and returns its (awaited, JSON-able) value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Stops listening to the page's DevTools session. */
  close(): Promise<void>;
}

/** The execution context the browser reports for a world. */
interface ContextDescription {
  id: number;
  origin: string;
  auxData?: { isDefault?: boolean; type?: string; frameId?: string };
}

/**
 * The isolated world of the extension `extensionId` in the main frame of
 * `page`; the content script must have started there.
 */
export async function contentWorld(page: Page, extensionId: string): Promise<ContentWorld> {
  const session = await page.context().newCDPSession(page);
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const origin = `chrome-extension://${extensionId}`;
  const found = new Promise<number>((resolve) =>
    session.on('Runtime.executionContextCreated', ({ context }: { context: ContextDescription }) => {
      if (context.origin === origin && context.auxData?.frameId === frameTree.frame.id) resolve(context.id);
    }),
  );
  // Enabling the Runtime domain reports every existing context, isolated worlds included.
  await session.send('Runtime.enable');
  const contextId = await Promise.race([
    found,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`No content script world in ${page.url()}`)), 10_000)),
  ]);
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const { result, exceptionDetails } = (await session.send('Runtime.evaluate', {
        expression,
        contextId,
        awaitPromise: true,
        returnByValue: true,
      })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    },
    close: () => session.detach(),
  };
}

/**
 * The card's content as the content script sees it through its closed shadow
 * root: the item id and text, the texts of its buttons, and the centre of
 * each button (for a real, trusted click with `page.mouse`). Null when the
 * card is closed.
 */
export interface CardView {
  /** The id of the page item shown, or of the saved item. */
  itemId: string | null;
  /** The card's whole text. */
  text: string;
  /** Each visible button by its class, with its centre in viewport coordinates. */
  buttons: Record<string, { x: number; y: number }>;
}

/** What the card shows now, read in the content script's world. */
export function readCard(world: ContentWorld): Promise<CardView | null> {
  return world.evaluate<CardView | null>(`(() => {
    const host = document.querySelector('policy-lens-card');
    const root = host && chrome.dom.openOrClosedShadowRoot(host);
    const card = root && root.querySelector('.card');
    if (!card) return null;
    const buttons = {};
    for (const button of card.querySelectorAll('button')) {
      const box = button.getBoundingClientRect();
      // By its last class: save, submit, delete, undo, close, swatch-green...
      buttons[button.classList[button.classList.length - 1]] = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return { itemId: card.getAttribute('data-item-id'), text: card.textContent, buttons };
  })()`);
}

/** A report page opened in the browser, scanned, with its content script's world. */
export interface ScannedPage {
  /** The page. */
  page: Page;
  /** Its content script's world. */
  world: ContentWorld;
  /** Closes both. */
  close(): Promise<void>;
}

/** Opens `url`, waits until the content script has read it, and reaches the content script's world. */
export async function openScannedPage(extension: ExtensionBrowser, url: string): Promise<ScannedPage> {
  const page = await openPage(extension.context, url);
  await pageItems(extension, page);
  const world = await contentWorld(page, extension.extensionId);
  return {
    page,
    world,
    async close() {
      await world.close();
      await page.close();
    },
  };
}
