/**
 * A report page's own scripts against Policy Lens, in real Chromium: clicks
 * they dispatch on highlights and on the card, and scroll events, do nothing; the card's shadow
 * root is closed to them, and nothing they can read tells which items were
 * saved. A content script, for its part, is refused another site's items.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useBrowserSession } from './support/browser-session';
import { openScannedPage, readCard, type ContentWorld, type ScannedPage } from './support/content-world';
import { SMALL_REPORT } from './support/corpus-pages';
import { storedSavedItems } from './support/extension-api';
import { firstRangeInLayer } from './support/highlights';
import { savedDrawingAt, selectionButton } from './support/own-highlights';

const session = useBrowserSession();

/** Everything a page script can read of the page: its markup, and the highlights with their ranges. */
function pageVisibleState(page: Page): Promise<string> {
  return page.evaluate(() => {
    const highlights = [...CSS.highlights].map(([name, highlight]) => [name, [...highlight].map((range) => range.toString())]);
    const globals = Object.keys(window).filter((key) => /policy|lens/i.test(key));
    return JSON.stringify({ markup: document.documentElement.outerHTML, highlights, globals });
  });
}

describe('a page script', () => {
  let scanned: ScannedPage;
  let page: Page;
  let world: ContentWorld;
  let target: { x: number; y: number; text: string };

  beforeAll(async () => {
    scanned = await openScannedPage(session.extension, session.server.report(SMALL_REPORT).url);
    ({ page, world } = scanned);
    target = (await firstRangeInLayer(page, 'indicator'))!;
  });

  afterAll(() => scanned?.close());

  test('cannot open a card by dispatching clicks and pointer moves on a highlight', async () => {
    await page.evaluate(({ x, y }) => {
      const element = document.elementFromPoint(x, y)!;
      for (const type of ['pointermove', 'click']) {
        element.dispatchEvent(new PointerEvent(type, { bubbles: true, clientX: x, clientY: y }));
      }
      (element as HTMLElement).click();
    }, target);
    await page.waitForTimeout(600);
    expect(await readCard(world)).toBeNull();
  });

  test('cannot see into the card, close it nor press its Save button, and learns nothing when the analyst saves', async () => {
    await page.mouse.click(target.x, target.y);
    await expect.poll(() => readCard(world)).not.toBeNull();
    // A scroll event of the page's own, the page not having moved, leaves the card open.
    await page.evaluate(() => document.dispatchEvent(new Event('scroll')));
    expect(await readCard(world)).not.toBeNull();
    const save = (await readCard(world))!.buttons['save']!;
    expect(await savedDrawingAt(world, target)).toBeNull();
    const attempt = await page.evaluate(({ x, y }) => {
      const host = document.querySelector('policy-lens-card')!;
      const hit = document.elementFromPoint(x, y);
      hit?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
      (hit as HTMLElement | null)?.click();
      return { shadowRoot: host.shadowRoot, hitIsHost: hit === host };
    }, save);
    expect(attempt).toEqual({ shadowRoot: null, hitIsHost: true });
    await page.waitForTimeout(300);
    expect(await storedSavedItems(await session.extension.serviceWorker())).toEqual([]);

    const before = await pageVisibleState(page);
    await page.mouse.click(save.x, save.y);
    await expect.poll(async () => (await storedSavedItems(await session.extension.serviceWorker())).length).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(world)).toBeNull();
    // The analyst sees the item drawn as saved; the page sees exactly what it saw before.
    await expect.poll(() => savedDrawingAt(world, target)).toBe('saved-indicator');
    expect(await pageVisibleState(page)).toBe(before);
  });

  test('cannot bring up the Highlight button by selecting text and dispatching a mouse release', async () => {
    await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent!.includes('重抓三级平台'))!;
      const text = paragraph.firstChild as Text;
      const at = text.data.indexOf('重抓三级平台');
      document.getSelection()!.setBaseAndExtent(text, at, text, at + 6);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, key: 'Shift' }));
    });
    await page.waitForTimeout(300);
    expect(await selectionButton(world)).toBeNull();
    // The analyst's own release of a key over the same selection does bring it up.
    await page.keyboard.press('Shift');
    await expect.poll(() => selectionButton(world)).not.toBeNull();
  });
});

describe('a content script', () => {
  let scanned: ScannedPage;

  beforeAll(async () => {
    scanned = await openScannedPage(session.extension, session.server.report(SMALL_REPORT).url);
  });

  afterAll(() => scanned?.close());

  test('is refused another site’s items, every item, the export, and saving for another site', async () => {
    const send = (message: object) => scanned.world.evaluate<{ ok: boolean; error?: string }>(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);
    const stored = await storedSavedItems(await session.extension.serviceWorker());
    expect(await send({ type: 'to-background/list-saved', url: 'https://bank.example/statements' })).toEqual({
      ok: false,
      error: 'list-saved: a page may only reach its own saved items',
    });
    expect(await send({ type: 'to-background/list-saved' })).toMatchObject({ ok: false });
    expect(await send({ type: 'popup-to-background/export', format: 'json' })).toEqual({
      ok: false,
      error: 'export must come from the extension’s own pages',
    });
    const foreign = {
      url: 'https://bank.example/statements',
      title: 'x',
      kind: 'highlight',
      text: '余额',
      fields: {},
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: '余额', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 2 },
      },
      note: '',
      tags: [],
    };
    expect(await send({ type: 'to-background/save-items', items: [foreign] })).toEqual({
      ok: false,
      error: 'save-items: a page may only reach its own saved items',
    });
    expect(await storedSavedItems(await session.extension.serviceWorker())).toEqual(stored);
  });

  test('may list its own page’s items', async () => {
    const answer = await scanned.world.evaluate<{ ok: boolean }>(
      `chrome.runtime.sendMessage({ type: 'to-background/list-saved', url: location.href })`,
    );
    expect(answer).toMatchObject({ ok: true });
  });
});
