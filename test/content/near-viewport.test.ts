// @vitest-environment jsdom
/**
 * The Highlight API painter keeps in the page's highlights only the ranges of
 * the items whose paragraph is near the viewport; an observer (here a fake
 * one, reported to by hand as the browser's `IntersectionObserver` would
 * after a frame) tells which paragraphs those are.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_TIMEOUT_MS, LONGEST_WAIT_MS } from '../../src/content/paint/draw-batches';
import { drawingOf } from '../../src/content/paint/drawing';
import { createHighlightPainter } from '../../src/content/paint/highlight-painter';
import { highlightName, type ItemDrawing } from '../../src/content/paint/layers';
import { holderOf, holderOfSpan, intersectionWatcher, OBSERVED_PER_FRAME, SCROLL_SETTLE_MS, SWEPT_SHARE, ViewportWindow, type HighlightPart, type Nearness, type WatchNearness } from '../../src/content/paint/near-viewport';
import type { Painter } from '../../src/content/paint/painter';
import { PageScanner } from '../../src/content/page-scanner';
import { isHiddenByMarkup } from '../../src/dom/element-kinds';
import { buildPageModel, type TextModel } from '../../src/dom/text-model';
import { extract } from '../../src/extractor';
import { corpusLines, renderParagraphs } from '../dom/corpus-page';
import { fakeHighlightApi } from './fake-highlight-api';

/** A stand-in for the browser's observer: the elements watched, and a way to report on them. */
class FakeWatcher {
  readonly watched = new Set<Element>();
  private report: (changes: readonly Nearness[]) => void = () => undefined;
  private reportingChanged: () => void = () => undefined;
  private rendered = true;

  readonly watch: WatchNearness = (report, reportingChanged) => {
    this.report = report;
    this.reportingChanged = reportingChanged;
    const rendered = () => this.rendered;
    return {
      observe: (element) => this.watched.add(element),
      unobserve: (element) => this.watched.delete(element),
      get reporting() {
        return rendered();
      },
    };
  };

  /** Reports every watched element: near when `isNear` says so. */
  reportAll(isNear: (element: Element) => boolean): void {
    this.report([...this.watched].map((element) => ({ element, near: isNear(element), boxless: false })));
  }

  /** Reports some elements. */
  reportOn(changes: readonly Nearness[]): void {
    this.report(changes);
  }

  /** The page stops or starts being rendered, as a tab sent to the background or shown. */
  setRendered(rendered: boolean): void {
    this.rendered = rendered;
    this.reportingChanged();
  }
}

let api: ReturnType<typeof fakeHighlightApi>;
let watcher: FakeWatcher;
let painter: Painter;
let model: TextModel;
/** The drawings of the page's items, in text order. */
let drawings: ItemDrawing[];
let paragraphs: HTMLElement[];

beforeEach(() => {
  vi.useFakeTimers();
  renderParagraphs(document, corpusLines('003_4ef620bd1e3cb09d.txt').slice(0, 30));
  paragraphs = [...document.querySelectorAll('p')];
  model = buildPageModel(document);
  drawings = extract(model.text).map((item, i) => drawingOf(item, `item-${i}`));
  api = fakeHighlightApi();
  watcher = new FakeWatcher();
  painter = createHighlightPainter(document, api, undefined, watcher.watch);
});

afterEach(() => vi.useRealTimers());

/** The texts of the ranges in the page's highlights of items, sorted. */
const registered = (): string[] =>
  (['commitment', 'indicator', 'target'] as const)
    .flatMap((layer) => [...(api.registry.get(highlightName(layer)) ?? [])].map((range) => (range as Range).toString()))
    .sort();

/** The texts of the ranges of these drawings, sorted as {@link registered}. */
const textsOf = (some: readonly ItemDrawing[]): string[] =>
  some.flatMap(({ spans }) => spans.map(({ start, end }) => model.text.slice(start, end))).sort();

/** The paragraph an item's first span lies in. */
const paragraphOf = (drawing: ItemDrawing): Element => holderOf(model.toRange(drawing.spans[0]!.start, drawing.spans[0]!.end));

/** Lets the painter's next batch go to the page, however soon after the last. */
const handOver = (): void => void vi.advanceTimersByTime(LONGEST_WAIT_MS + IDLE_TIMEOUT_MS);

/** Paints every item and hands the batch over. */
function paintAll(): void {
  painter.paint(model, drawings);
  handOver();
}

describe('the painter draws only the items near the viewport', () => {
  it('watches the paragraphs holding items, not every item', () => {
    paintAll();
    const holding = new Set(drawings.map(paragraphOf));
    expect(drawings.length).toBeGreaterThan(holding.size);
    expect(watcher.watched).toEqual(holding);
    expect([...holding].every((element) => element.localName === 'p')).toBe(true);
  });

  it('registers the ranges of the near paragraphs once the observer has told, and is drawing until then', async () => {
    paintAll();
    expect(registered()).toEqual([]);
    expect(painter.waiting).toBe(true);
    let drawn = false;
    void painter.drawn().then(() => (drawn = true));
    await vi.advanceTimersByTimeAsync(LONGEST_WAIT_MS);
    expect(drawn).toBe(false);

    const top = new Set<Element>(paragraphs.slice(0, 5));
    watcher.reportAll((element) => top.has(element));
    await painter.drawn();

    const near = drawings.filter((drawing) => top.has(paragraphOf(drawing)));
    expect(near.length).toBeGreaterThan(0);
    expect(near.length).toBeLessThan(drawings.length);
    expect(registered()).toEqual(textsOf(near));
    expect(painter.waiting).toBe(false);
  });

  it('adds a paragraph’s ranges when it comes near and takes them out when it leaves', () => {
    paintAll();
    watcher.reportAll(() => false);
    expect(registered()).toEqual([]);

    const last = paragraphOf(drawings[drawings.length - 1]!);
    const itsItems = drawings.filter((drawing) => paragraphOf(drawing) === last);
    watcher.reportOn([{ element: last, near: true, boxless: false }]);
    expect(registered()).toEqual(textsOf(itsItems));

    watcher.reportOn([{ element: last, near: false, boxless: false }]);
    expect(registered()).toEqual([]);
  });

  it('draws an item painted in a near paragraph at its batch, with no new report', () => {
    const [first, ...others] = drawings;
    painter.paint(model, others.filter((drawing) => paragraphOf(drawing) === paragraphOf(first!)));
    handOver();
    watcher.reportAll(() => true);

    painter.paint(model, [first!]);
    handOver();
    expect(registered()).toContain(model.text.slice(first!.spans[0]!.start, first!.spans[0]!.end));
  });

  it('takes an erased item’s ranges out, and stops watching a paragraph left with no item', () => {
    paintAll();
    watcher.reportAll(() => true);
    const paragraph = paragraphOf(drawings[0]!);
    const itsItems = drawings.filter((drawing) => paragraphOf(drawing) === paragraph);

    painter.erase(itsItems.map((drawing) => drawing.id));
    handOver();
    expect(registered()).toEqual(textsOf(drawings.filter((drawing) => !itsItems.includes(drawing))));
    expect(watcher.watched.has(paragraph)).toBe(false);
  });

  it('hands the items of an element without a box of its own (display: contents) to its parent', () => {
    document.body.innerHTML = '<section><div style="display: contents">全年实现销售收入500亿元。</div></section>';
    model = buildPageModel(document);
    drawings = extract(model.text).map((item, i) => drawingOf(item, `item-${i}`));
    paintAll();
    const div = document.querySelector('div')!;
    expect(watcher.watched).toEqual(new Set([div]));

    watcher.reportOn([{ element: div, near: false, boxless: true }]);
    expect(watcher.watched).toEqual(new Set([document.querySelector('section')]));
    watcher.reportAll(() => true);
    expect(registered()).toEqual(textsOf(drawings));

    // The page changes elsewhere: the items stay with the parent, drawn as they are.
    document.body.append(document.createElement('p'));
    painter.moved(buildPageModel(document), drawings);
    expect(painter.waiting).toBe(false);
    expect(watcher.watched).toEqual(new Set([document.querySelector('section')]));
  });

  it('holds an item running across paragraphs in the element holding them all', () => {
    document.body.innerHTML = '<div><p>全年实现</p><p>销售收入</p></div>';
    model = buildPageModel(document);
    expect(holderOf(model.toRange(0, model.text.length))).toBe(document.querySelector('div'));
    expect(holderOf(model.toRange(0, 2))).toBe(document.querySelector('p'));
  });

  it('finds the same holder from a span’s text nodes as from its range', () => {
    document.body.innerHTML = '<div><p>全年<b>实现<i>销售</i></b>收入</p><p>增长<span>12%</span></p></div>';
    model = buildPageModel(document);
    for (const [start, end] of [[0, 2], [1, 6], [2, 4], [0, model.text.length], [5, model.text.length - 1]] as const) {
      expect(holderOfSpan(model, start, end)).toBe(holderOf(model.toRange(start, end)));
    }
  });
});

describe('the painter makes an item’s ranges only while they are needed', () => {
  /** The spans of these drawings. */
  const spanCount = (some: readonly ItemDrawing[]): number => some.reduce((sum, drawing) => sum + drawing.spans.length, 0);

  it('makes no range for the items far from the viewport, and makes a paragraph’s anew each time it comes near', () => {
    const last = paragraphOf(drawings[drawings.length - 1]!);
    const itsItems = drawings.filter((drawing) => paragraphOf(drawing) === last);
    const createRange = vi.spyOn(document, 'createRange');
    paintAll();
    watcher.reportAll(() => false);
    expect(createRange).not.toHaveBeenCalled();

    watcher.reportOn([{ element: last, near: true, boxless: false }]);
    expect(createRange).toHaveBeenCalledTimes(spanCount(itsItems));
    expect(registered()).toEqual(textsOf(itsItems));

    watcher.reportOn([{ element: last, near: false, boxless: false }]);
    watcher.reportOn([{ element: last, near: true, boxless: false }]);
    expect(createRange).toHaveBeenCalledTimes(2 * spanCount(itsItems));
    expect(registered()).toEqual(textsOf(itsItems));
  });

  it('makes the ranges of an item in the text model it was last moved to', () => {
    paintAll();
    watcher.reportAll(() => false);
    // The page puts new text nodes in place of a paragraph's, with the same text: the old model's nodes are gone.
    const paragraph = paragraphOf(drawings[0]!);
    const itsItems = drawings.filter((drawing) => paragraphOf(drawing) === paragraph);
    paragraph.replaceChildren(document.createTextNode(paragraph.textContent!));
    const moved = buildPageModel(document);
    expect(moved.text).toBe(model.text);
    painter.moved(moved, drawings);
    handOver();

    watcher.reportOn([{ element: paragraph, near: true, boxless: false }]);
    const ranges = (['commitment', 'indicator', 'target'] as const).flatMap((layer) => [...api.registry.get(highlightName(layer))!] as Range[]);
    expect(ranges).toHaveLength(spanCount(itsItems));
    expect(ranges.every((range) => range.startContainer.parentNode === paragraph)).toBe(true);
    expect(registered()).toEqual(textsOf(itsItems));
  });

  it('draws anew, at the next batch, the items near the viewport whose ranges the new text model puts elsewhere', () => {
    paintAll();
    const paragraph = paragraphOf(drawings[0]!);
    const itsItems = drawings.filter((drawing) => paragraphOf(drawing) === paragraph);
    watcher.reportOn([{ element: paragraph, near: true, boxless: false }]);
    paragraph.replaceChildren(document.createTextNode(paragraph.textContent!));
    const moved = buildPageModel(document);
    painter.moved(moved, drawings);
    expect(painter.waiting).toBe(true);
    handOver();

    const ranges = (['commitment', 'indicator', 'target'] as const).flatMap((layer) => [...api.registry.get(highlightName(layer))!] as Range[]);
    expect(ranges.every((range) => range.startContainer.isConnected)).toBe(true);
    expect(registered()).toEqual(textsOf(itsItems));
  });

  it('keeps the ranges of an item near the viewport that the new text model puts in the same place', () => {
    paintAll();
    const paragraph = paragraphOf(drawings[0]!);
    watcher.reportAll((element) => element === paragraph);
    const before = [...api.registry.get(highlightName('commitment'))!, ...api.registry.get(highlightName('indicator'))!];
    document.body.append(document.createElement('p'));
    painter.moved(buildPageModel(document), drawings);
    expect(painter.waiting).toBe(false);
    expect([...api.registry.get(highlightName('commitment'))!, ...api.registry.get(highlightName('indicator'))!]).toEqual(before);
  });
});

describe('a page scrolled faster than drawing ahead can follow (a dragged scrollbar)', () => {
  /** The paragraphs holding items, in page order, and the items of each. */
  const holding = (): { paragraph: Element; items: ItemDrawing[] }[] => {
    const byParagraph = new Map<Element, ItemDrawing[]>();
    for (const drawing of drawings) byParagraph.set(paragraphOf(drawing), [...(byParagraph.get(paragraphOf(drawing)) ?? []), drawing]);
    return [...byParagraph].map(([paragraph, items]) => ({ paragraph, items }));
  };

  beforeEach(() => {
    paintAll();
    watcher.reportAll(() => false);
  });

  it('registers nothing for the paragraphs a fast scroll sweeps past, and draws those where it stops once it has settled', () => {
    const [passed, stopped] = holding();
    watcher.reportOn([{ element: passed!.paragraph, near: true, boxless: false, swept: true }]);
    expect(registered()).toEqual([]);
    watcher.reportOn([
      { element: passed!.paragraph, near: false, boxless: false },
      { element: stopped!.paragraph, near: true, boxless: false, swept: true },
    ]);
    expect(registered()).toEqual([]);

    vi.advanceTimersByTime(SCROLL_SETTLE_MS - 1);
    expect(registered()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(registered()).toEqual(textsOf(stopped!.items));
  });

  it('waits as long as the scroll goes on fast, each report of it putting the end further', () => {
    const [first, second] = holding();
    watcher.reportOn([{ element: first!.paragraph, near: true, boxless: false, swept: true }]);
    vi.advanceTimersByTime(SCROLL_SETTLE_MS - 10);
    watcher.reportOn([{ element: second!.paragraph, near: true, boxless: false, swept: true }]);
    vi.advanceTimersByTime(10);
    expect(registered()).toEqual([]);
    vi.advanceTimersByTime(SCROLL_SETTLE_MS);
    expect(registered()).toEqual(textsOf([...first!.items, ...second!.items]));
  });

  it('draws at once what waited when a report brings a paragraph near at reading pace: the scroll has slowed', () => {
    const [swept, read] = holding();
    watcher.reportOn([{ element: swept!.paragraph, near: true, boxless: false, swept: true }]);
    watcher.reportOn([{ element: read!.paragraph, near: true, boxless: false, swept: false }]);
    expect(registered()).toEqual(textsOf([...swept!.items, ...read!.items]));
  });

  it('draws a paragraph coming near at reading pace at once, and takes out at once one that leaves in a fast scroll', () => {
    const [read, swept] = holding();
    watcher.reportOn([{ element: read!.paragraph, near: true, boxless: false, swept: false }]);
    expect(registered()).toEqual(textsOf(read!.items));
    watcher.reportOn([
      { element: read!.paragraph, near: false, boxless: false },
      { element: swept!.paragraph, near: true, boxless: false, swept: true },
    ]);
    expect(registered()).toEqual([]);
  });

  it('draws an item handed to a paragraph waiting for the scroll’s end with it, and none of a paragraph that left meanwhile', () => {
    const drawn = new Set<string>();
    const highlight = {
      add: (range: Range) => drawn.add(range.toString()),
      delete: (range: Range) => drawn.delete(range.toString()),
    } as unknown as HighlightPart['highlight'];
    const fresh = new FakeWatcher();
    const viewport = new ViewportWindow<{ holder: Element; text: string }>(fresh.watch, ({ holder, text }) => {
      const range = document.createRange();
      range.selectNodeContents(holder);
      return [{ highlight, range: Object.assign(range, { toString: () => text }) }];
    });
    const [waiting, leaving] = paragraphs;
    viewport.add('a', { holder: waiting!, text: 'a' });
    viewport.add('b', { holder: leaving!, text: 'b' });
    fresh.reportAll(() => false);
    fresh.reportOn([
      { element: waiting!, near: true, boxless: false, swept: true },
      { element: leaving!, near: true, boxless: false, swept: true },
    ]);
    viewport.add('c', { holder: waiting!, text: 'c' });
    fresh.reportOn([{ element: leaving!, near: false, boxless: false }]);
    expect([...drawn]).toEqual([]);
    vi.advanceTimersByTime(SCROLL_SETTLE_MS);
    expect([...drawn].sort()).toEqual(['a', 'c']);
    expect(viewport.rangesRegistered).toBe(2);
  });

  it('takes a paragraph’s first report as where it is, not as a sweep: it is drawn at once', () => {
    const [first] = holding();
    const fresh = new FakeWatcher();
    painter = createHighlightPainter(document, api, undefined, fresh.watch);
    painter.paint(model, first!.items);
    handOver();
    fresh.reportOn([{ element: first!.paragraph, near: true, boxless: false, swept: true }]);
    expect(registered()).toEqual(textsOf(first!.items));
  });
});

describe('a page the browser does not render (a tab in the background)', () => {
  it('is not waited for: its items handed over, the painter is done, and draws them when the page is shown', async () => {
    watcher.setRendered(false);
    paintAll();
    expect(painter.waiting).toBe(false);
    await painter.drawn();
    expect(registered()).toEqual([]);

    watcher.setRendered(true);
    expect(painter.waiting).toBe(true);
    const top = new Set<Element>(paragraphs.slice(0, 5));
    watcher.reportAll((element) => top.has(element));
    expect(painter.waiting).toBe(false);
    expect(registered()).toEqual(textsOf(drawings.filter((drawing) => top.has(paragraphOf(drawing)))));
  });

  it('lets what waits for the drawing go on when the page is sent to the background', async () => {
    paintAll();
    let drawn = false;
    void painter.drawn().then(() => (drawn = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(drawn).toBe(false);
    watcher.setRendered(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(drawn).toBe(true);
  });

  it('makes the scanner say ready once the page is read and its items handed over', async () => {
    watcher.setRendered(false);
    const scanner = new PageScanner({ document, painter, isHidden: isHiddenByMarkup });
    let scanned = false;
    void scanner.scanPage().then(() => (scanned = true));
    while (!scanned || scanner.state !== 'ready') await vi.advanceTimersByTimeAsync(100);
    expect(scanner.itemCount).toBe(drawings.length);
    expect(registered()).toEqual([]);

    watcher.setRendered(true);
    expect(scanner.state).toBe('scanning');
    watcher.reportAll(() => true);
    expect(scanner.state).toBe('ready');
    expect(registered()).toEqual(textsOf(drawings));
  });
});

describe('the watcher over the browser’s IntersectionObserver', () => {
  /** A window whose observer records what it watches; `frame()` reports, as the browser does after a frame, on the elements watched since the last one. */
  function fakeView() {
    const watched = new Set<Element>();
    let unreported: Element[] = [];
    let callback: IntersectionObserverCallback = () => undefined;
    class Observer {
      constructor(report: IntersectionObserverCallback) {
        callback = report;
      }
      observe = (element: Element) => {
        watched.add(element);
        unreported.push(element);
      };
      unobserve = (element: Element) => void watched.delete(element);
    }
    const view = { IntersectionObserver: Observer as unknown as typeof IntersectionObserver };
    const frame = () => {
      const entries = unreported.filter((element) => watched.has(element)).map((target) => ({ target, isIntersecting: false, boundingClientRect: { width: 10, height: 10 } }));
      unreported = [];
      if (entries.length > 0) callback(entries as unknown as IntersectionObserverEntry[], {} as IntersectionObserver);
    };
    return { view, watched, frame };
  }

  it('starts watching a batch of many elements a few hundred at a time, the next once the observer has reported on the last', () => {
    const { view, watched, frame } = fakeView();
    const reported: Element[] = [];
    const watcher = intersectionWatcher(view)!((changes) => reported.push(...changes.map((change) => change.element)), () => undefined);
    const elements = Array.from({ length: 2 * OBSERVED_PER_FRAME + 1 }, () => document.createElement('p'));
    for (const element of elements) watcher.observe(element);
    expect(watched.size).toBe(OBSERVED_PER_FRAME);

    frame();
    expect(watched.size).toBe(2 * OBSERVED_PER_FRAME);
    watcher.unobserve(elements[elements.length - 1]!);
    frame();
    frame();
    expect(watched).toEqual(new Set(elements.slice(0, -1)));
    expect(reported).toEqual(elements.slice(0, -1));
  });

  it('reports while the document is shown, and tells when it is hidden or shown again', () => {
    const { view } = fakeView();
    const page = Object.assign(new EventTarget(), { visibilityState: 'hidden' as DocumentVisibilityState });
    let turned = 0;
    const watcher = intersectionWatcher({ ...view, document: page as unknown as Document })!(() => undefined, () => turned++);
    expect(watcher.reporting).toBe(false);
    page.visibilityState = 'visible';
    page.dispatchEvent(new Event('visibilitychange'));
    expect(watcher.reporting).toBe(true);
    expect(turned).toBe(1);
  });

  it('goes on with the next batch when the elements awaited are no longer watched', () => {
    const { view, watched } = fakeView();
    const watcher = intersectionWatcher(view)!(() => undefined, () => undefined);
    const elements = Array.from({ length: OBSERVED_PER_FRAME + 1 }, () => document.createElement('p'));
    for (const element of elements) watcher.observe(element);
    for (const element of elements.slice(0, OBSERVED_PER_FRAME)) watcher.unobserve(element);
    expect(watched).toEqual(new Set([elements[OBSERVED_PER_FRAME]]));
  });
  it('tells the elements coming near swept when the window scrolled over half its viewport a frame since the report before', () => {
    let callback: IntersectionObserverCallback = () => undefined;
    class Observer {
      constructor(report: IntersectionObserverCallback) {
        callback = report;
      }
      observe = () => undefined;
      unobserve = () => undefined;
    }
    const view = { IntersectionObserver: Observer as unknown as typeof IntersectionObserver, scrollX: 0, scrollY: 0, innerWidth: 1280, innerHeight: 800 };
    const reported: Nearness[][] = [];
    intersectionWatcher(view)!((changes) => reported.push([...changes]), () => undefined).observe(document.createElement('p'));
    const [near, far] = [document.createElement('p'), document.createElement('p')];
    /** The window scrolled to `y`; the observer reports after a frame at `time`. */
    const frame = (y: number, time: number): { near?: boolean; swept?: boolean }[] => {
      view.scrollY = y;
      callback(
        [near, far].map((target) => ({ target, time, isIntersecting: target === near, boundingClientRect: { width: 10, height: 10 } })) as unknown as IntersectionObserverEntry[],
        {} as IntersectionObserver,
      );
      return reported.at(-1)!.map(({ near, swept }) => ({ near, swept }));
    };
    const frameMs = 1000 / 60;
    const fast = 2 * 800; // a dragged scrollbar: two viewports a frame
    expect(frame(0, 1000)).toEqual([{ near: true, swept: false }, { near: false, swept: false }]);
    expect(frame(fast, 1000 + frameMs)).toEqual([{ near: true, swept: true }, { near: false, swept: false }]);
    // Reading pace: a tenth of the viewport a frame.
    expect(frame(fast + 80, 1000 + 2 * frameMs)).toEqual([{ near: true, swept: false }, { near: false, swept: false }]);
    // Two viewports further, but in a second: one jump, then nothing.
    expect(frame(2 * fast + 80, 2000 + 2 * frameMs)).toEqual([{ near: true, swept: false }, { near: false, swept: false }]);
    // Just under and just over half the viewport a frame, over three frames.
    const under = 3 * (SWEPT_SHARE * 800 - 1);
    const over = 3 * (SWEPT_SHARE * 800 + 1);
    expect(frame(2 * fast + 80 + under, 2000 + 5 * frameMs)[0]!.swept).toBe(false);
    expect(frame(2 * fast + 80 + under + over, 2000 + 8 * frameMs)[0]!.swept).toBe(true);
  });
});
