/**
 * Corpus reports as pages in real Chromium: the content script finds the
 * items the extractor finds in the same page text, draws each of them (those
 * near the viewport, the others as they are scrolled near), leaves
 * the page's text and layout alone, counts them on the toolbar badge, lists
 * them in the popup, opens a card over a highlight and reads text the page
 * adds later. The pages carry a strict Content-Security-Policy (no script,
 * styles only from their server), so all of this also holds under a page's
 * own policy.
 */
import type { Page } from 'playwright-core';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extract, type Item } from '../../src/extractor';
import { renderReportPage } from '../../src/demo/report-pages';
import type { ServedReport } from '../../src/demo/report-server';
import type { PageItem } from '../../src/shared/messages';
import { useBrowserSession } from './support/browser-session';
import { openScannedPage, readCard, type ContentWorld, type ScannedPage } from './support/content-world';
import { expectedItems, LARGEST_REPORT, SMALL_REPORT } from './support/corpus-pages';
import { badgeText, openPopupOver, pageItems, showItem, storedSavedItems } from './support/extension-api';
import { openPage } from './support/extension-browser';
import { drawnLayers, drawnOverWholePage, firstRangeInLayer, layerLooks } from './support/highlights';
import { serveEditablePage, type EditablePage } from './support/editable-page';
import { layoutShifts, recordLayoutShifts } from './support/layout-shifts';
import { isLocalUrl } from './support/network-log';
import { listedRows } from './support/virtual-list';

const session = useBrowserSession();

beforeAll(() => recordLayoutShifts(session.extension.context));

/** What identifies an item's place and kind, for comparing lists of items. */
function spanOf(item: Item): string {
  return `${item.kind} ${item.start}-${item.end} ${item.text}`;
}

/** The texts of the items of one kind, sorted, to compare with the ranges of a layer. */
function textsOf(items: readonly Item[], kind: Item['kind']): string[] {
  return items.filter((item) => item.kind === kind).map((item) => item.text).sort();
}

describe.each([SMALL_REPORT, LARGEST_REPORT])('report page %s', (name) => {
  let report: ServedReport;
  let page: Page;
  let found: PageItem[];
  let expected: Item[];

  beforeAll(async () => {
    report = session.server.report(name);
    expected = expectedItems(report);
    page = await openPage(session.extension.context, report.url);
    found = (await pageItems(session.extension, page, 60_000)).items;
  });

  afterAll(() => page?.close());

  test('the content script finds exactly the items the extractor finds in the page text', () => {
    expect(expected.length).toBeGreaterThan(0);
    expect(found.map(spanOf).sort()).toEqual(expected.map(spanOf).sort());
  });

  test('every indicator and every commitment is drawn as the page is scrolled through, each kind in a layer of its own', async () => {
    const drawn = await drawnOverWholePage(page);
    expect(drawn.indicator.slice().sort()).toEqual(textsOf(expected, 'indicator'));
    expect(drawn.commitment.slice().sort()).toEqual(textsOf(expected, 'commitment'));
  });

  test('inside a commitment, the values to reach stand out in a layer of their own', async () => {
    const targets = expected.flatMap((item) => (item.kind === 'commitment' ? item.indicators : []));
    const drawn = await drawnOverWholePage(page);
    expect(drawn.target.length).toBe(targets.length);
    const targetTexts = new Set(targets.flatMap((indicator) => [indicator.valueText, indicator.text]));
    expect(drawn.target.filter((text) => !targetTexts.has(text))).toEqual([]);
  });

  test('each layer is drawn in its own look in the element holding its text, from the root element’s rule alone', async () => {
    // A commitment with a value to reach, shown as the popup shows it: its paragraph near the viewport is drawn.
    const withTarget = found.find((item) => item.kind === 'commitment' && item.indicators.length > 0)!;
    expect(await showItem(session.extension, page, withTarget.id)).toEqual({ ok: true });
    const drawn = async () => Object.keys(await layerLooks(page));
    await expect.poll(drawn, { timeout: 10_000 }).toEqual(expect.arrayContaining(['commitment', 'indicator', 'target']));
    const looks = await layerLooks(page);
    for (const layer of ['commitment', 'indicator', 'target'] as const) {
      const look = looks[layer]!;
      expect(look.atRoot).not.toBe('rgba(0, 0, 0, 0)');
      expect(look.holder).not.toBe('HTML');
      expect(look.atHolder).toBe(look.atRoot);
    }
    expect(new Set([looks.commitment!.atRoot, looks.indicator!.atRoot, looks.target!.atRoot]).size).toBe(3);
  });

  // Adopting a sheet once the page is laid out restyles every element; the browser inserted the sheet before the page was parsed.
  test('those looks come from the style sheet the browser inserted: the content script adopts none', async () => {
    expect(Object.keys(await layerLooks(page))).not.toHaveLength(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length + document.querySelectorAll('style').length)).toBe(0);
  });

  test('nothing on the page moves: no layout shift', async () => {
    expect(await layoutShifts(page)).toEqual([]);
  });

  test('the page’s text is left exactly as it was', async () => {
    const original = new JSDOM(renderReportPage(report)).window.document.body.textContent;
    expect(await page.evaluate(() => document.body.textContent)).toBe(original);
  });

  test('the toolbar badge shows the number of items', async () => {
    expect(await badgeText(session.extension, page)).toBe(String(found.length));
  });

  test('the popup lists every item', async () => {
    const popup = await openPopupOver(session.extension, page);
    await expect.poll(() => popup.locator('.list-summary').textContent(), { timeout: 30_000 }).toBe(`${found.length} items shown`);
    expect(new Set((await listedRows(popup)).map((row) => row.id))).toEqual(new Set(found.map((item) => item.id)));
    await popup.close();
  });
});

describe('the card over a highlight', () => {
  let scanned: ScannedPage;
  let page: Page;
  let world: ContentWorld;
  let hovered: { x: number; y: number; text: string };

  beforeAll(async () => {
    scanned = await openScannedPage(session.extension, session.server.report(SMALL_REPORT).url);
    ({ page, world } = scanned);
  });

  afterAll(() => scanned?.close());

  test('hovering a highlighted indicator opens its card, with the item’s text and fields', async () => {
    hovered = (await firstRangeInLayer(page, 'indicator'))!;
    expect(hovered).not.toBeNull();
    await page.mouse.move(hovered.x, hovered.y);
    await expect.poll(async () => (await readCard(world))?.text ?? '').toContain(hovered.text);
    expect(await world.evaluate<number>(
      `chrome.dom.openOrClosedShadowRoot(document.querySelector('policy-lens-card')).querySelectorAll('.card-fields .field').length`,
    )).toBeGreaterThan(0);
  });

  test('the card lives in a closed shadow root after <body>, so the page’s CSS, text and scripts do not reach it', async () => {
    const placement = await page.evaluate(() => {
      const host = document.querySelector('policy-lens-card');
      return { inBody: document.body.contains(host), shadowSeenByPage: host?.shadowRoot ?? null };
    });
    expect(placement).toEqual({ inBody: false, shadowSeenByPage: null });
  });

  test('Save on the card puts the item in IndexedDB', async () => {
    const card = (await readCard(world))!;
    await page.mouse.click(card.buttons['save']!.x, card.buttons['save']!.y);
    await expect.poll(async () => (await readCard(world))?.text ?? '').toContain('Saved');
    const stored = await storedSavedItems(await session.extension.serviceWorker());
    expect(stored.map((item) => [item.pageItemId, item.text])).toEqual([[card.itemId, hovered.text]]);
  });

  test('Escape closes the card', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(world)).toBeNull();
  });
});

describe('a page that changes after it was read', () => {
  let page: Page;
  let before: PageItem[];
  /** A paragraph of another report, rich in figures. */
  let added: string;

  beforeAll(async () => {
    page = await openPage(session.extension.context, session.server.report(SMALL_REPORT).url);
    before = (await pageItems(session.extension, page)).items;
    added = session.server.report('004_d509771d086070bc').text.split('\n').find((line) => extract(line).length >= 3)!;
  });

  afterAll(() => page?.close());

  /** The page's item texts, once their number is `count`. */
  async function itemTextsWhenCounting(count: number): Promise<string[]> {
    await expect.poll(async () => (await pageItems(session.extension, page)).items.length, { timeout: 15_000 }).toBe(count);
    return (await pageItems(session.extension, page)).items.map((item) => item.text).sort();
  }

  test('a paragraph the page adds is read and drawn too', async () => {
    // Added the way a page script would.
    await page.evaluate((text) => {
      const paragraph = document.createElement('p');
      paragraph.id = 'added-later';
      paragraph.textContent = text;
      document.body.append(paragraph);
    }, added);

    const addedItems = extract(added);
    const texts = await itemTextsWhenCounting(before.length + addedItems.length);
    expect(texts).toEqual([...before, ...addedItems].map((item) => item.text).sort());
    const drawn = await drawnOverWholePage(page);
    expect(drawn.indicator.length + drawn.commitment.length).toBe(texts.length);
  });

  test('a paragraph the page removes takes its items and their highlights with it', async () => {
    await page.evaluate(() => document.getElementById('added-later')?.remove());

    const texts = await itemTextsWhenCounting(before.length);
    expect(texts).toEqual(before.map((item) => item.text).sort());
    const drawn = await drawnOverWholePage(page);
    expect(drawn.indicator.length + drawn.commitment.length).toBe(before.length);
  });
});

describe('a long report page', () => {
  let page: Page;
  let commitments: PageItem[];
  /** The commitments drawn now (near the viewport). */
  const drawnCommitments = async (): Promise<string[]> => (await drawnLayers(page)).commitment;

  beforeAll(async () => {
    page = await openPage(session.extension.context, session.server.report(LARGEST_REPORT).url);
    commitments = (await pageItems(session.extension, page, 60_000)).items.filter((item) => item.kind === 'commitment');
  });

  afterAll(() => page?.close());

  test('draws the items near the viewport and not those far down the page, once it says it is ready', async () => {
    const drawn = await drawnCommitments();
    expect(drawn).toContain(commitments[0]!.text);
    expect(drawn).not.toContain(commitments[commitments.length - 1]!.text);
    expect(drawn.length).toBeLessThan(commitments.length / 4);
    // Every range drawn is in a paragraph (the page's lines, some of them long) within a viewport height of the viewport.
    const outside = await page.evaluate(() =>
      [...CSS.highlights.values()].flatMap((highlight) =>
        [...(highlight as Iterable<Range>)].filter((range) => {
          const box = range.startContainer.parentElement!.closest('p, h1')!.getBoundingClientRect();
          return box.bottom < -innerHeight || box.top > 2 * innerHeight;
        }).map((range) => range.toString()),
      ),
    );
    expect(outside).toEqual([]);
  });

  test('scrolled to the end, draws the end’s items and no longer those of the top', async () => {
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(drawnCommitments).toContain(commitments[commitments.length - 1]!.text);
    expect(await drawnCommitments()).not.toContain(commitments[0]!.text);
  });

  test('an item far from the viewport that the popup shows is scrolled into view drawn', async () => {
    const middle = commitments[Math.floor(commitments.length / 2)]!;
    expect(await drawnCommitments()).not.toContain(middle.text);
    expect(await showItem(session.extension, page, middle.id)).toEqual({ ok: true });
    await expect.poll(drawnCommitments, { timeout: 10_000 }).toContain(middle.text);
  });

  test('a fast scroll (two viewports a frame, a dragged scrollbar) registers next to nothing of what it sweeps past, and draws what is in view once it ends', async () => {
    await page.evaluate(() => scrollTo(0, 0));
    await expect.poll(drawnCommitments).toContain(commitments[0]!.text);
    const { frames, registeredDuring } = await scrollWatchingRanges(page, { viewportsPerFrame: 2 });
    const overPage = await drawnOverWholePage(page);
    const total = overPage.indicator.length + overPage.commitment.length;
    expect(frames).toBeGreaterThan(10);
    // At most what the first frame brought near, before the scroll's pace was known.
    expect(registeredDuring.length).toBeLessThan(total / 5);

    await page.evaluate(() => scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    const { frames: back } = await scrollWatchingRanges(page, { viewportsPerFrame: -2, frames: 5 });
    expect(back).toBe(5);
    // Where it stopped, what is in view is drawn once it has settled, and only what is near.
    await expect.poll(async () => (await rangesNear(page)).inView, { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await rangesNear(page)).beyondMargin).toBe(0);
  });

  test('at reading pace, what comes into view was drawn before it showed', async () => {
    await page.evaluate(() => scrollTo(0, 0));
    await expect.poll(drawnCommitments).toContain(commitments[0]!.text);
    // 40 px a frame: a wheel turned fast, 2,400 px a second.
    const { registeredDuring } = await scrollWatchingRanges(page, { pixelsPerFrame: 40, frames: 120 });
    expect(registeredDuring.length).toBeGreaterThan(0);
    const innerHeight = await page.evaluate(() => window.innerHeight);
    expect(registeredDuring.filter((range) => range.top < innerHeight)).toEqual([]);
  });

  test('in a scrolling box of the page’s own, scrolled fast, what is in the box’s view where it stops is drawn', async () => {
    await page.evaluate(() => {
      scrollTo(0, 0);
      document.documentElement.style.overflow = 'hidden';
      Object.assign(document.body.style, { height: `${innerHeight}px`, overflow: 'auto', margin: '0' });
    });
    try {
      // The window does not move: inside the box, paragraphs are near once in its view, drawn as soon as the observer tells.
      const { frames } = await scrollWatchingRanges(page, { viewportsPerFrame: 2, box: true, frames: 20 });
      expect(frames).toBe(20);
      await expect.poll(async () => (await rangesNear(page)).inView, { timeout: 10_000 }).toBeGreaterThan(0);
      expect(await drawnCommitments()).not.toContain(commitments[0]!.text);
    } finally {
      await page.evaluate(() => {
        document.documentElement.style.overflow = '';
        Object.assign(document.body.style, { height: '', overflow: '', margin: '' });
      });
    }
  });
});

describe('a report published as one paragraph', () => {
  let served: EditablePage;
  let page: Page;

  beforeAll(async () => {
    const [heading, ...lines] = session.server.report(LARGEST_REPORT).text.split('\n');
    served = await serveEditablePage('one-paragraph', `${heading}\n${lines.join('')}`);
    page = await openPage(session.extension.context, served.url);
    await pageItems(session.extension, page, 60_000);
  });

  afterAll(async () => {
    await page?.close();
    await served?.close();
  });

  test('keeps every range drawn through a fast scroll: its one paragraph is always near', async () => {
    const count = async (): Promise<number> => {
      const drawn = await drawnLayers(page);
      return drawn.indicator.length + drawn.commitment.length;
    };
    const before = await count();
    expect(before).toBeGreaterThan(100);
    const { frames, registeredDuring } = await scrollWatchingRanges(page, { viewportsPerFrame: 2 });
    expect(frames).toBeGreaterThan(5);
    expect(registeredDuring).toEqual([]);
    expect(await count()).toBe(before);
  });
});

/** How the page is scrolled, a step a frame: by viewports, or by pixels; the window, or the body as a box of its own. */
interface ScrollSteps {
  /** Viewports (of the window, or of the box) a frame, negative upwards. */
  viewportsPerFrame?: number;
  /** Pixels a frame. */
  pixelsPerFrame?: number;
  /** Frames at most; else until the end. */
  frames?: number;
  /** Scrolls the body, a box of its own, rather than the window. */
  box?: boolean;
}

/**
 * Scrolls the page a step a frame, from its own frame callbacks, and reads
 * after each frame the ranges that came into the highlights since the scroll
 * began, with where each was (its top in the viewport) when first seen.
 */
async function scrollWatchingRanges(page: Page, steps: ScrollSteps): Promise<{ frames: number; registeredDuring: { text: string; top: number }[] }> {
  return page.evaluate(async ({ viewportsPerFrame, pixelsPerFrame, frames: most, box }) => {
    const scroller = box ? document.body : document.documentElement;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const ranges = () => [...CSS.highlights.values()].flatMap((highlight) => [...(highlight as Iterable<Range>)]);
    const before = new Set(ranges());
    const seen = new Map<Range, { text: string; top: number }>();
    const step = pixelsPerFrame ?? (viewportsPerFrame ?? 0) * scroller.clientHeight;
    let frames = 0;
    const atEnd = () => (step > 0 ? scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight : scroller.scrollTop <= 0);
    while (frames < (most ?? Infinity) && !atEnd()) {
      (box ? scroller : window).scrollBy({ top: step, behavior: 'instant' });
      frames++;
      await frame();
      for (const range of ranges()) {
        if (!before.has(range) && !seen.has(range)) seen.set(range, { text: range.toString(), top: range.getBoundingClientRect().top });
      }
    }
    return { frames, registeredDuring: [...seen.values()] };
  }, steps);
}

/** The ranges in the highlights now: how many are (partly) in view, and how many lie in a paragraph beyond one viewport height of it. */
async function rangesNear(page: Page): Promise<{ inView: number; beyondMargin: number }> {
  return page.evaluate(() => {
    const ranges = [...CSS.highlights.values()].flatMap((highlight) => [...(highlight as Iterable<Range>)]);
    const boxes = ranges.map((range) => ({ range: range.getBoundingClientRect(), holder: range.startContainer.parentElement!.closest('p, h1')!.getBoundingClientRect() }));
    return {
      inView: boxes.filter(({ range }) => range.bottom > 0 && range.top < innerHeight).length,
      beyondMargin: boxes.filter(({ holder }) => holder.bottom < -innerHeight || holder.top > 2 * innerHeight).length,
    };
  });
}

test('no extension context made a network request: only the test pages on 127.0.0.1 and the extension’s own files', () => {
  expect(session.requests().length).toBeGreaterThan(0);
  expect(session.requests().filter((request) => !isLocalUrl(request.url))).toEqual([]);
});
