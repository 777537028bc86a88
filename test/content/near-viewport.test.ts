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
import { holderOf, intersectionWatcher, OBSERVED_PER_FRAME, type Nearness, type WatchNearness } from '../../src/content/paint/near-viewport';
import type { Painter } from '../../src/content/paint/painter';
import { buildPageModel, type TextModel } from '../../src/dom/text-model';
import { extract } from '../../src/extractor';
import { corpusLines, renderParagraphs } from '../dom/corpus-page';
import { fakeHighlightApi } from './fake-highlight-api';

/** A stand-in for the browser's observer: the elements watched, and a way to report on them. */
class FakeWatcher {
  readonly watched = new Set<Element>();
  private report: (changes: readonly Nearness[]) => void = () => undefined;

  readonly watch: WatchNearness = (report) => {
    this.report = report;
    return { observe: (element) => this.watched.add(element), unobserve: (element) => this.watched.delete(element), reporting: true };
  };

  /** Reports every watched element: near when `isNear` says so. */
  reportAll(isNear: (element: Element) => boolean): void {
    this.report([...this.watched].map((element) => ({ element, near: isNear(element), boxless: false })));
  }

  /** Reports some elements. */
  reportOn(changes: readonly Nearness[]): void {
    this.report(changes);
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
  });

  it('holds an item running across paragraphs in the element holding them all', () => {
    document.body.innerHTML = '<div><p>全年实现</p><p>销售收入</p></div>';
    model = buildPageModel(document);
    expect(holderOf(model.toRange(0, model.text.length))).toBe(document.querySelector('div'));
    expect(holderOf(model.toRange(0, 2))).toBe(document.querySelector('p'));
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

  it('goes on with the next batch when the elements awaited are no longer watched', () => {
    const { view, watched } = fakeView();
    const watcher = intersectionWatcher(view)!(() => undefined, () => undefined);
    const elements = Array.from({ length: OBSERVED_PER_FRAME + 1 }, () => document.createElement('p'));
    for (const element of elements) watcher.observe(element);
    for (const element of elements.slice(0, OBSERVED_PER_FRAME)) watcher.unobserve(element);
    expect(watched).toEqual(new Set([elements[OBSERVED_PER_FRAME]]));
  });
});
