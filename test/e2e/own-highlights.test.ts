/**
 * The analyst's own highlights in real Chromium: text selected with the mouse
 * gets a Highlight button, the keyboard shortcut's request opens the same form, the
 * highlight is saved with its note, tags and colour, drawn in the page apart
 * from unsaved items, edited, deleted and brought back with Undo from its
 * card, which keeps what is typed in it through an edit in the library; a
 * library link to it opens the page at the highlight, and its drawing follows
 * the text inside a scrolling box.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import type { SavedItem } from '../../src/shared/messages';
import { useBrowserSession } from './support/browser-session';
import { itemLink } from '../../src/shared/item-link';
import { contentWorld, openScannedPage, readCard, type ContentWorld, type ScannedPage } from './support/content-world';
import { openPage } from './support/extension-browser';
import { SMALL_REPORT } from './support/corpus-pages';
import { storedSavedItems, tabIdOf } from './support/extension-api';
import { drawnLayers } from './support/highlights';
import { savedDrawingAt, selectPhrase, selectionButton } from './support/own-highlights';

// The callbacks passed to the worker's `evaluate` run in the extension, where Chromium's `chrome` has this shape.
declare const chrome: Browser;

const session = useBrowserSession();

/** The saved items in IndexedDB. */
async function stored(): Promise<SavedItem[]> {
  return storedSavedItems(await session.extension.serviceWorker());
}

describe('highlighting a selected passage', () => {
  let scanned: ScannedPage;
  let page: Page;
  let world: ContentWorld;

  beforeAll(async () => {
    scanned = await openScannedPage(session.extension, session.server.report(SMALL_REPORT).url);
    ({ page, world } = scanned);
  });

  afterAll(() => scanned?.close());

  /** Clicks a button of the card, as the analyst does. */
  async function clickCard(button: string): Promise<void> {
    const card = await readCard(world);
    const at = card?.buttons[button];
    if (!at) throw new Error(`No ${button} button on the card: ${JSON.stringify(card)}`);
    await page.mouse.click(at.x, at.y);
  }

  /** The value of a field of the card. */
  function cardField(field: 'note' | 'tags'): Promise<string | undefined> {
    return world.evaluate<string | undefined>(
      `chrome.dom.openOrClosedShadowRoot(document.querySelector('policy-lens-card')).querySelector('.${field}')?.value`,
    );
  }

  /** Types into a field of the card: a click in it, then the text. */
  async function typeInCard(field: 'note' | 'tags', text: string): Promise<void> {
    const at = await world.evaluate<{ x: number; y: number }>(`(() => {
      const root = chrome.dom.openOrClosedShadowRoot(document.querySelector('policy-lens-card'));
      const box = root.querySelector('.${field}').getBoundingClientRect();
      return { x: box.left + 8, y: box.top + box.height / 2 };
    })()`);
    await page.mouse.click(at.x, at.y);
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(text);
  }

  test('the Highlight button beside a mouse selection opens the form, which saves note, tags and colour', async () => {
    await selectPhrase(page, '重抓三级平台');
    await expect.poll(() => selectionButton(world)).not.toBeNull();
    const button = (await selectionButton(world))!;
    await page.mouse.click(button.x, button.y);
    await expect.poll(async () => (await readCard(world))?.text ?? '').toContain('重抓三级平台');
    await typeInCard('note', '三级平台是重点');
    await typeInCard('tags', '平台, 用地');
    await clickCard('swatch-green');
    await clickCard('submit');
    await expect.poll(async () => (await stored()).filter((item) => item.kind === 'highlight').length).toBe(1);
    const [highlight] = (await stored()).filter((item) => item.kind === 'highlight');
    expect(highlight).toMatchObject({ text: '重抓三级平台', note: '三级平台是重点', tags: ['平台', '用地'], color: 'green' });
    expect(highlight!.selectors.quote.exact).toBe('重抓三级平台');
  });

  test('the saved highlight is drawn in its colour, apart from the unsaved items', async () => {
    const at = await selectPhrase(page, '重抓三级平台', { select: false });
    await expect.poll(() => savedDrawingAt(world, at)).toBe('highlight');
    const unsaved = await selectPhrase(page, '加大工业投资', { select: false });
    expect(await savedDrawingAt(world, unsaved)).toBeNull();
  });

  test('the keyboard shortcut is declared, and its request opens the same form on the selection', async () => {
    const worker = await session.extension.serviceWorker();
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((command) => command.name === 'save-selection')?.shortcut).toBe('Alt+Shift+H');
    await page.keyboard.press('Escape');
    await selectPhrase(page, '加大工业投资');
    // Headless Chromium hands key presses to the page, never to the browser's shortcuts: the request the
    // shortcut sends to the tab is sent here as the background sends it.
    const tabId = await tabIdOf(session.extension, page);
    await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'background-to-content/save-selection' }), tabId);
    await expect.poll(async () => (await readCard(world))?.text ?? '', { timeout: 5_000 }).toContain('加大工业投资');
    await typeInCard('tags', '投资');
    await clickCard('submit');
    await expect.poll(async () => (await stored()).map((item) => item.text)).toContain('加大工业投资');
  });

  test('the card of a saved highlight edits its note, deletes it and brings it back exactly with Undo', async () => {
    await page.keyboard.press('Escape');
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    const at = await selectPhrase(page, '重抓三级平台', { select: false });
    await page.mouse.click(at.x, at.y);
    // The card may be drawn again while the page's saved items are placed: both fields are read once it settles.
    await expect.poll(() => cardField('note')).toBe('三级平台是重点');
    await expect.poll(() => cardField('tags')).toBe('平台, 用地');
    await typeInCard('note', '已落实');
    await clickCard('submit');
    await expect.poll(async () => (await stored()).find((item) => item.text === '重抓三级平台')?.note).toBe('已落实');
    const before = (await stored()).find((item) => item.text === '重抓三级平台')!;

    await clickCard('delete');
    await expect.poll(async () => (await readCard(world))?.text ?? '').toContain('Deleted');
    expect((await stored()).map((item) => item.text)).not.toContain('重抓三级平台');
    await expect.poll(() => savedDrawingAt(world, at)).toBeNull();

    await clickCard('undo');
    // Back exactly as it was: the same id, note, tags and times.
    await expect.poll(async () => (await stored()).find((item) => item.text === '重抓三级平台')).toEqual(before);
    await expect.poll(() => savedDrawingAt(world, at)).toBe('highlight');
  });

  /** The card's field that has the focus, with its caret. */
  function cardFocus(): Promise<{ field: string; caret: [number, number] } | null> {
    return world.evaluate(`(() => {
      const focused = chrome.dom.openOrClosedShadowRoot(document.querySelector('policy-lens-card')).activeElement;
      return focused ? { field: focused.className, caret: [focused.selectionStart, focused.selectionEnd] } : null;
    })()`);
  }

  /** Edits a saved item from the library page, as its editor does: the background then tells every tab. */
  async function editInLibrary(id: string, edit: { tags: string[] }): Promise<void> {
    const library = await session.extension.context.newPage();
    try {
      await library.goto(session.extension.popupUrl.replace('src/popup/index.html', 'src/library/index.html'));
      const answer = await library.evaluate(
        ([itemId, changes]) => chrome.runtime.sendMessage({ type: 'to-background/update-saved', id: itemId, ...changes }),
        [id, edit] as const,
      );
      expect(answer).toMatchObject({ ok: true });
    } finally {
      await library.close();
    }
  }

  test('the card of a saved highlight keeps what is typed while the page’s saved items are placed again', async () => {
    await page.keyboard.press('Escape');
    const at = await selectPhrase(page, '重抓三级平台', { select: false });
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => cardField('note')).toBe('已落实');
    expect(await cardField('tags')).toBe('平台, 用地');
    await typeInCard('note', '待复');
    // A tag added in the library meanwhile: the page hears of it, lists and places its saved items again, and the
    // card, drawn again, shows the new tags beside the note being typed, its focus and caret where they were.
    const highlight = (await stored()).find((item) => item.text === '重抓三级平台')!;
    await editInLibrary(highlight.id, { tags: ['平台', '用地', '复核'] });
    await expect.poll(() => cardField('tags'), { timeout: 10_000 }).toBe('平台, 用地, 复核');
    expect(await cardField('note')).toBe('待复');
    expect(await cardFocus()).toEqual({ field: 'note', caret: [2, 2] });
    await page.keyboard.insertText('核');
    await clickCard('submit');
    await expect
      .poll(async () => (await stored()).find((item) => item.text === '重抓三级平台'))
      .toMatchObject({ note: '待复核', tags: ['平台', '用地', '复核'] });
    await expect.poll(async () => (await readCard(world))?.text ?? '').toContain('Save changes');
  });

  test('a library link to the highlight flashes it in the closed overlay, never in the page’s highlight registry', async () => {
    const highlight = (await stored()).find((item) => item.text === '重抓三级平台')!;
    const linked = await openPage(session.extension.context, itemLink(highlight));
    const linkedWorld = await contentWorld(linked, session.extension.extensionId);
    try {
      // The flash lasts a moment: whether a flash box covers the phrase is read in one step, as soon as one is drawn.
      const flashCoversPhrase = () =>
        linkedWorld.evaluate<boolean | null>(`(() => {
          const root = chrome.dom.openOrClosedShadowRoot(document.querySelector('policy-lens-overlay'));
          const flashes = [...root.querySelectorAll('.mark.flash')].map((box) => box.getBoundingClientRect());
          if (flashes.length === 0) return null;
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.data.indexOf('重抓三级平台');
            if (at === -1) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + 1);
            const { left, top, width, height } = range.getBoundingClientRect();
            const x = left + width / 2, y = top + height / 2;
            return flashes.some((box) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom);
          }
          return false;
        })()`);
      let covers: boolean | null = null;
      await expect.poll(async () => (covers = await flashCoversPhrase()), { timeout: 15_000, interval: 20 }).not.toBeNull();
      expect(covers).toBe(true);
      expect((await drawnLayers(linked)).flash).toEqual([]);
    } finally {
      await linkedWorld.close();
      await linked.close();
    }
  });
  test('the saved highlight’s drawing follows the text when a scrolling box inside the page scrolls', async () => {
    await page.keyboard.press('Escape');
    // The page's body becomes a box of its own that scrolls, inside a window that does not.
    await page.evaluate(() => {
      document.documentElement.style.overflow = 'hidden';
      Object.assign(document.body.style, { height: '300px', overflow: 'auto', margin: '0' });
    });
    for (const step of [0, 40, 120]) {
      await page.evaluate((by) => document.body.scrollBy(0, by), step);
      const at = await selectPhrase(page, '重抓三级平台', { select: false });
      await expect.poll(() => savedDrawingAt(world, at)).toBe('highlight');
    }
  });
});
