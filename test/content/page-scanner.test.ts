// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlightName, MARK_TAG } from '../../src/content/paint/layers';
import { createHighlightPainter } from '../../src/content/paint/highlight-painter';
import { createMarkPainter } from '../../src/content/paint/mark-painter';
import type { Painter } from '../../src/content/paint/painter';
import { PageScanner } from '../../src/content/page-scanner';
import { isHiddenByMarkup, UI_HOST_ATTRIBUTE } from '../../src/dom/element-kinds';
import { buildPageModel } from '../../src/dom/text-model';
import { extract } from '../../src/extractor';
import type { PageItem } from '../../src/shared/messages';
import { contentKeysOf } from '../../src/shared/content-key';
import { toPageItem } from '../../src/shared/page-item';
import { corpusLines, renderParagraphs } from '../dom/corpus-page';
import { pageChanger, seededRandom } from '../dom/page-changes';
import { fakeHighlightApi, highlightedTexts } from './fake-highlight-api';

const GROWTH = '今年全市工业总产值增长12%。';
const PLEDGE = '确保到2010年销售收入达到500亿元,力争增长20%以上。';

let scanner: PageScanner | undefined;
afterEach(() => scanner?.stop());

/** A scanner on the current document with a stand-in Highlight API, recording which item ids it is asked to draw. */
function scannerWithHighlights() {
  const api = fakeHighlightApi();
  const inner = createHighlightPainter(document, api);
  const painted: string[] = [];
  const erased: string[] = [];
  const painter: Painter = {
    splitsTextNodes: false,
    paint: (model, drawings) => {
      painted.push(...drawings.map((drawing) => drawing.id));
      inner.paint(model, drawings);
    },
    moved: (model, drawings) => inner.moved(model, drawings),
    erase: (ids) => {
      erased.push(...ids);
      inner.erase(ids);
    },
    flash: (range, ms) => inner.flash(range, ms),
    get waiting() {
      return inner.waiting;
    },
    drawn: () => inner.drawn(),
    pageChanged: () => inner.pageChanged(),
  };
  const counts: number[] = [];
  scanner = new PageScanner({ document, painter, isHidden: isHiddenByMarkup, debounceMs: 5, onScanned: (count) => counts.push(count) });
  return { scanner, api, painted, erased, counts };
}

/** Lets the debounced mutation handling run, then waits for the scans it started. */
/** Waits until the scanner has read every change made to the page so far. */
async function settle(target: PageScanner): Promise<void> {
  // The mutation observer reports in a microtask; after a task, the changes are known to the scanner.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await vi.waitFor(() => expect(target.state).toBe('ready'), { timeout: 5000, interval: 5 });
  await target.idle();
}

/** The page items one read of the whole page as it is now finds, as the command line does. */
function pageRead(): PageItem[] {
  const { text } = buildPageModel(document, { isHidden: isHiddenByMarkup });
  return extract(text).map((item) => toPageItem(item, text));
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

describe('PageScanner on a corpus page', () => {
  it('finds the items the extractor finds in the page text and draws every one', async () => {
    renderParagraphs(document, corpusLines('003_4ef620bd1e3cb09d.txt'));
    const { scanner, api, counts } = scannerWithHighlights();
    expect(scanner.state).toBe('ready');
    const scanned = scanner.scanPage();
    expect(scanner.state).toBe('scanning');
    await scanned;
    // Ready once the items found are drawn too.
    await scanner.idle();
    expect(scanner.state).toBe('ready');

    const text = buildPageModel(document).text;
    const expected = extract(text);
    expect(expected.length).toBeGreaterThan(0);
    const items = scanner.items();
    expect(items.map(({ id: _id, selectors: _selectors, sentence: _sentence, ...item }) => item)).toEqual(expected);
    expect(counts).toEqual([expected.length]);
    for (const item of items) {
      expect(item.selectors.quote.exact).toBe(item.text);
      expect(scanner.rangeOf(item).toString()).toBe(item.text);
    }
    const indicators = items.filter((item) => item.kind === 'indicator').map((item) => item.text);
    expect(highlightedTexts(api, highlightName('indicator'))).toEqual(indicators);
    const commitments = items.filter((item) => item.kind === 'commitment');
    expect(highlightedTexts(api, highlightName('commitment'))).toEqual(commitments.map((item) => item.text));
    expect(highlightedTexts(api, highlightName('target'))).toEqual(
      commitments.flatMap((item) => (item.kind === 'commitment' ? item.indicators.map((indicator) => indicator.valueText) : [])),
    );
  });

  it('hands out each item as a fresh read of the page text makes it: all of them, any slice, by id, under an offset', async () => {
    const lines = corpusLines('000_575128201b72bb82.txt');
    // A report line given twice, so that some items share their words and context with an earlier copy.
    renderParagraphs(document, [...lines.slice(0, 40), ...lines.slice(0, 40)]);
    const { scanner } = scannerWithHighlights();
    await scanner.scanPage();

    const fresh = pageRead();
    expect(fresh.length).toBeGreaterThan(50);
    expect(scanner.items()).toEqual(fresh);
    expect(scanner.itemCount).toBe(fresh.length);
    for (const [from, to] of [[0, 10], [7, 31], [fresh.length - 5, fresh.length + 5], [20, 20]] as const) {
      expect(scanner.itemsIn(from, to)).toEqual(fresh.slice(from, to));
    }
    const keys = contentKeysOf(fresh);
    for (const item of fresh) {
      expect(scanner.item(item.id)).toEqual(item);
      expect(scanner.itemsAt(item.start)).toContainEqual(item);
      expect(scanner.contentKeyOf(item.id)).toBe(keys.get(item.id));
    }
    expect(new Set(keys.values()).size).toBe(fresh.length);
    expect([...keys.values()].some((key) => key.endsWith('-2'))).toBe(true);
  });

  it('draws the same items with mark elements where the Highlight API is missing', async () => {
    renderParagraphs(document, corpusLines('004_d509771d086070bc.txt'));
    const text = buildPageModel(document).text;
    scanner = new PageScanner({ document, painter: createMarkPainter(document), isHidden: isHiddenByMarkup });
    await scanner.scanPage();
    expect(scanner.items().length).toBe(extract(text).length);
    expect(document.querySelectorAll(MARK_TAG).length).toBeGreaterThan(0);
    expect(buildPageModel(document).text).toBe(text);
    for (const item of scanner.items()) expect(scanner.rangeOf(item).toString()).toBe(item.text);
  });
});

describe('PageScanner following the page', () => {
  it('reads added paragraphs, and draws only their items', async () => {
    document.body.replaceChildren(paragraph(GROWTH));
    const { scanner, painted } = scannerWithHighlights();
    scanner.watch();
    await scanner.scanPage();
    const before = scanner.items();
    painted.length = 0;

    document.body.append(paragraph(PLEDGE));
    await settle(scanner);
    const added = scanner.items().filter((item) => !before.some((old) => old.id === item.id));
    expect(added.map((item) => item.text)).toEqual(extract(PLEDGE).map((item) => item.text));
    expect(painted).toEqual(added.map((item) => item.id));
  });

  it('keeps the items already found, with their ids, when text comes before them', async () => {
    document.body.replaceChildren(paragraph(GROWTH));
    const { scanner, painted, erased } = scannerWithHighlights();
    scanner.watch();
    await scanner.scanPage();
    const [first] = scanner.items();
    painted.length = 0;

    document.body.prepend(paragraph('前言。'));
    await settle(scanner);
    const moved = scanner.item(first!.id)!;
    expect(moved.start).toBe(first!.start + '前言。\n'.length);
    // Everything but its id is what a fresh read of the page as it is now makes of it.
    expect(moved).toEqual({ ...pageRead().find((item) => item.text === first!.text), id: first!.id });
    expect(scanner.rangeOf(moved).toString()).toBe(first!.text);
    expect(painted).toEqual([]);
    expect(erased).toEqual([]);
  });

  it('drops and erases the items whose text left the page', async () => {
    document.body.replaceChildren(paragraph(GROWTH), paragraph(PLEDGE));
    const { scanner, erased, counts } = scannerWithHighlights();
    scanner.watch();
    await scanner.scanPage();
    const pledgeIds = scanner.items().filter((item) => item.start >= GROWTH.length).map((item) => item.id);

    document.body.lastElementChild!.remove();
    await settle(scanner);
    expect(erased.sort()).toEqual(pledgeIds.sort());
    expect(scanner.items().every((item) => item.end <= GROWTH.length)).toBe(true);
    expect(counts.at(-1)).toBe(scanner.items().length);
  });

  it('reads a paragraph that got new text again whole: its old items are as a fresh read finds them', async () => {
    document.body.replaceChildren(paragraph(GROWTH));
    const { scanner } = scannerWithHighlights();
    scanner.watch();
    await scanner.scanPage();
    expect(scanner.items().map((item) => item.kind === 'indicator' && item.status)).toEqual(['actual']);

    // The pledge makes the paragraph a plan: the growth figure it held is a target now.
    document.body.firstElementChild!.append(document.createTextNode(PLEDGE));
    await settle(scanner);
    expect(scanner.items()).toEqual(pageRead());
    expect(scanner.items()[0]).toMatchObject({ text: '增长12%', status: 'target' });
  });

  it('leaves the items of such a paragraph that stay as they were drawn as they are', async () => {
    document.body.replaceChildren(paragraph(GROWTH));
    const { scanner, painted, erased } = scannerWithHighlights();
    scanner.watch();
    await scanner.scanPage();
    const oldIds = scanner.items().map((item) => item.id);
    painted.length = 0;

    document.body.firstElementChild!.append(document.createTextNode('全年新增企业53家。'));
    await settle(scanner);
    expect(scanner.items()).toEqual(pageRead());
    expect(scanner.items().map((item) => item.id)).toEqual(expect.arrayContaining(oldIds));
    expect(painted.length).toBeGreaterThan(0);
    expect([...painted, ...erased].some((id) => oldIds.includes(id))).toBe(false);
  });

  it('reads the paragraphs under a part heading again when the heading comes or goes', async () => {
    document.body.replaceChildren(paragraph('一、2009年工作回顾'), paragraph(GROWTH), paragraph('二、2010年主要任务'), paragraph(GROWTH));
    const { scanner } = scannerWithHighlights();
    scanner.watch();
    await scanner.scanPage();
    const statuses = (): unknown[] => scanner.items().flatMap((item) => (item.kind === 'indicator' ? [item.status] : []));
    expect(statuses()).toEqual(['actual', 'target']);

    document.body.children[2]!.remove(); // the tasks' heading: the second figure stands under the review
    await settle(scanner);
    expect(scanner.items()).toEqual(pageRead());
    expect(statuses()).toEqual(['actual', 'actual']);

    document.body.children[1]!.before(paragraph('二、2010年主要任务'));
    await settle(scanner);
    expect(scanner.items()).toEqual(pageRead());
    expect(statuses()).toEqual(['target', 'target']);
  });

  it("takes no notice of changes inside Policy Lens's own UI", async () => {
    document.body.replaceChildren(paragraph(GROWTH));
    const { scanner, counts } = scannerWithHighlights();
    scanner.watch();
    await scanner.scanPage();
    const host = document.createElement('div');
    host.setAttribute(UI_HOST_ATTRIBUTE, '');
    document.documentElement.append(host);
    host.append(paragraph(PLEDGE));
    await settle(scanner);
    expect(counts).toHaveLength(1);
  });

  it('after a run of random changes, holds the model read from scratch and finds every item where its text is', async () => {
    const lines = corpusLines('005_national-gwr-2010.txt');
    renderParagraphs(document, lines.slice(0, 30));
    const { scanner, erased } = scannerWithHighlights();
    scanner.watch();
    await scanner.scanPage();
    const change = pageChanger(seededRandom(7), lines);
    for (let round = 0; round < 8; round++) {
      for (let i = 0; i < 5; i++) change();
      await settle(scanner);
    }
    const model = scanner.textModel;
    expect(model.text).toBe(buildPageModel(document).text);
    expect(erased.length).toBeGreaterThan(0);
    for (const item of scanner.items()) {
      expect(model.text.slice(item.start, item.end)).toBe(item.text);
      expect(scanner.rangeOf(item).toString()).toBe(item.text.replace(/\n/g, ''));
      expect(item.selectors.position).toMatchObject({ start: item.start, end: item.end });
    }
  });

  it('reads a page that changes every 10 ms once its changes have waited 2 s or it has been quiet for 400 ms, and ends with what it holds', async () => {
    const lines = corpusLines('005_national-gwr-2010.txt');
    renderParagraphs(document, lines.slice(0, 5));
    const counts: number[] = [];
    scanner = new PageScanner({
      document,
      painter: createHighlightPainter(document, fakeHighlightApi()),
      isHidden: isHiddenByMarkup,
      onScanned: (count) => counts.push(count),
    });
    scanner.watch();
    await scanner.scanPage();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      // 3 s of a paragraph every 10 ms, each change in a task of its own, as a page's timer makes them.
      for (let i = 5; i < 305; i++) {
        document.body.append(paragraph(lines[i % lines.length]!));
        await vi.advanceTimersByTimeAsync(10);
      }
      // Read at 2 s only: not after each change, which never leaves the page quiet for 400 ms.
      expect(counts).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(400);
      expect(counts).toHaveLength(3);
      await vi.runAllTimersAsync();
    } finally {
      vi.useRealTimers();
    }
    await settle(scanner);
    expect(scanner.items().map(({ id: _id, ...item }) => item)).toEqual(pageRead().map(({ id: _id, ...item }) => item));
  });
});
