/**
 * Reads the page, finds its items, draws them, and keeps up when the page
 * adds text later. All work runs in short slices, one scan after another.
 */
import { codePointOffsets, type CodePointOffsets } from '../anchoring/code-points';
import { LiveTextModel } from '../dom/live-text-model';
import type { TextModel } from '../dom/text-model';
import { runAtOnce } from '../extractor/steps';
import type { Item } from '../extractor/types';
import type { PageItem } from '../shared/messages';
import { contentKeysOf } from '../shared/content-key';
import { toPageItem } from '../shared/page-item';
import { carryOver } from './carry-over';
import { forEachInSlices, pageTaskRan, runInSlices, yieldToPage } from './cooperative';
import { eachLine, extractionSteps, overlapsAny, type Span } from './extract-lines';
import { idOf, ItemIndex, type IndexedItem } from './item-index';
import { linesWithNewMood } from './mood-changes';
import { linesAround, pageChangeOf, PendingChange } from './new-text';
import { drawingOf } from './paint/drawing';
import type { Painter } from './paint/painter';
import type { ItemSpan } from './saved-anchors';

/** Quiet time after the last mutation before the new text is read. */
const DEFAULT_DEBOUNCE_MS = 400;
/** A page that never stops changing is still read this often, or less often when reading its changes takes long. */
const MAX_WAIT_MS = 2000;
/**
 * The share of the time that reading the changes of a page that never stops
 * changing may take: after a read that took `t` ms, the next waits at least
 * `t / share` ms for the page to be quiet, so the page keeps the rest.
 */
const CHANGE_READING_SHARE = 0.05;

/** The code point offsets of a page text model's text, worked out when a page item is first made from it. */
const codePointsOf = new WeakMap<TextModel, CodePointOffsets>();

/** What the scanner needs from the page it works on. */
export interface PageScannerOptions {
  /** The page. */
  document: Document;
  /** Draws the items. */
  painter: Painter;
  /** True for elements the page does not display. */
  isHidden: (element: Element) => boolean;
  /** Told the number of items on the page after every scan. */
  onScanned?: (count: number) => void;
  /** Quiet time after the last mutation before the new text is read; default 400 ms. */
  debounceMs?: number;
}

/**
 * The items of one page, kept up to date. Only the extractor's items are
 * kept; the page items handed out (with id, selectors and sentence) are made
 * from the current page text when asked for.
 */
export class PageScanner {
  private live: LiveTextModel;
  private readonly index = new ItemIndex();
  private work: Promise<void> = Promise.resolve();
  private pendingScans = 0;
  private observer: MutationObserver | undefined;
  private pending = new PendingChange();
  /** The timer of the next read of the page's changes, set while changes wait. */
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest change waiting was seen. */
  private firstPendingAt = 0;
  /** When the latest change waiting was seen. */
  private lastPendingAt = 0;
  /** How long the last read of the page's changes took, start to end, ms. */
  private lastChangeReadMs = 0;

  constructor(private readonly options: PageScannerOptions) {
    this.live = this.newModel();
  }

  /** `scanning` while a scan is under way or waiting, the page's changes wait to be read, or items found wait to be drawn; else `ready`. */
  get state(): 'scanning' | 'ready' {
    return this.pendingScans > 0 || this.debounceTimer !== undefined || this.options.painter.waiting ? 'scanning' : 'ready';
  }

  /** Counts the changes of the items: the same number means the same items in the same order. */
  get revision(): number {
    return this.index.version;
  }

  /** The model of the page text the items' offsets refer to. */
  get textModel(): TextModel {
    return this.live.model;
  }

  /** Number of items found so far. */
  get itemCount(): number {
    return this.index.size;
  }

  /** The items found so far, in text order. */
  items(): PageItem[] {
    return this.itemsIn(0, this.index.size);
  }

  /** The items found so far from rank `from` up to `to` (excluded) in text order: only these are made. */
  itemsIn(from: number, to: number): PageItem[] {
    return this.index.slice(from, to).map((item) => this.pageItem(item));
  }

  /** The item with this id, if it is on the page. */
  item(id: string): PageItem | undefined {
    const item = this.index.get(id);
    return item && this.pageItem(item);
  }

  /** The items covering a text offset, innermost first. */
  itemsAt(offset: number): PageItem[] {
    return this.index.allAt(offset).map((item) => this.pageItem(item));
  }

  /** The items of `kind` sharing a character with `[start, end)`, in text order: their ids and spans. */
  itemsOverlapping(kind: PageItem['kind'], start: number, end: number): ItemSpan[] {
    return this.index.overlapping(kind, start, end).map((item) => ({ id: idOf(item), kind: item.kind, start: item.start, end: item.end }));
  }

  /** The DOM range of a span of the page text. */
  rangeOf(item: { start: number; end: number }): Range {
    return this.live.model.toRange(item.start, item.end);
  }

  /**
   * The identity of the page item with this id among the page's items (see
   * `contentKeysOf`); only the items that can share it, those of its kind
   * and length up to it, are made.
   */
  contentKeyOf(id: string): string | undefined {
    const item = this.index.get(id);
    if (!item) return undefined;
    const length = item.end - item.start;
    const alike = this.index.overlapping(item.kind, 0, item.end).filter((other) => other.end - other.start === length);
    return contentKeysOf(alike.map((other) => this.pageItem(other))).get(id);
  }

  /** Reads and draws the whole page; resolves once it is drawn. */
  scanPage(): Promise<void> {
    return this.enqueue(() => this.readPage());
  }

  /** Reads and draws the whole page afresh, its earlier items taken off, as when a single-page site changed its URL. */
  rescanPage(): Promise<void> {
    return this.enqueue(async () => {
      this.options.painter.erase(this.index.all().map(idOf));
      this.index.replaceAll([]);
      await this.readPage();
    });
  }

  /** Starts following the page's changes: new text is read and drawn, items whose text left are dropped. */
  watch(): void {
    const { document } = this.options;
    this.observer = new document.defaultView!.MutationObserver((records) => this.onMutations(records));
    this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /** Stops following the page's changes. */
  stop(): void {
    this.observer?.disconnect();
    clearTimeout(this.debounceTimer);
  }

  /** Resolves when every scan asked for so far is done and its items are drawn. */
  idle(): Promise<void> {
    return this.work.then(() => this.options.painter.drawn());
  }

  /** The page item of an indexed item, made from the current page text. */
  private pageItem(item: IndexedItem): PageItem {
    const model = this.live.model;
    let offsets = codePointsOf.get(model);
    if (!offsets) codePointsOf.set(model, (offsets = codePointOffsets(model.text)));
    return toPageItem(item, model.text, idOf(item), offsets);
  }

  private enqueue(scan: () => Promise<void>): Promise<void> {
    this.pendingScans++;
    this.work = this.work
      .then(scan)
      .catch((error: unknown) => console.error('Policy Lens could not read this page:', error))
      .finally(() => {
        this.pendingScans--;
        this.options.onScanned?.(this.index.size);
      });
    return this.work;
  }

  /** An empty model of the page as it is now: of its body, or of everything for a document without one (as `buildPageModel`). */
  private newModel(): LiveTextModel {
    const { document } = this.options;
    return new LiveTextModel(document.body ?? document, { isHidden: this.options.isHidden });
  }

  private async readPage(): Promise<void> {
    // Loading the script is a task of its own; the page's text model is built in the next ones, a slice at a time.
    await yieldToPage();
    // Changes made until now are in the model read now; those made while it is read come with the next update.
    this.pending = new PendingChange();
    this.live = this.newModel();
    await runInSlices(this.live.rebuild());
    const text = this.live.model.text;
    // The lines are found as they are read, rather than in one pass over the page first.
    const items = await extractLines(text, eachLine(text));
    await this.addAndPaint(items);
  }

  /**
   * Updates the model where the page changed, then reads again the lines that
   * hold new text and those whose section mood a changed heading turned; what
   * else was on the page before is neither read again nor redrawn. A line is
   * read whole, as a sentence reads with the rest of its paragraph.
   */
  private async readNewText(change: PendingChange): Promise<void> {
    const { previous, unchangedBefore, fresh } = await runInSlices(this.live.update(change));
    const model = this.live.model;
    let kept = this.index.all();
    if (model !== previous) {
      const carried = carryOver(kept, previous, model, unchangedBefore);
      this.options.painter.erase(carried.gone);
      this.index.replaceAll(carried.kept);
      kept = carried.kept;
      // The painter makes an item's ranges from its offsets when they are needed: from now on, those in the new model.
      const { painter } = this.options;
      await forEachInSlices(kept, (item) => painter.moved(model, [drawingOf(item, idOf(item))]));
    }
    const text = model.text;
    // Finding the lines under a heading that changed is a pass over the whole page: it runs in slices too.
    const newMood = model === previous ? [] : await runInSlices(linesWithNewMood(previous, model, eachLine(text)));
    const reread = mergeSpans([...linesAround(text, fresh), ...newMood]);
    if (reread.length === 0) return;

    const found = new Map((await extractLines(text, reread)).map((item) => [placeOf(item), item]));
    // An item of those lines found just as it was stays, with its id, drawn as it is; the others give way to what is found now.
    const before = kept.filter((item) => overlapsAny(reread, item));
    const replaced = new Set(before.filter((item) => !sameItem(item, found.get(placeOf(item)))));
    const unchanged = new Set(before.filter((item) => !replaced.has(item)).map(placeOf));
    this.options.painter.erase([...replaced].map(idOf));
    if (replaced.size > 0) this.index.replaceAll(kept.filter((item) => !replaced.has(item)));
    await this.addAndPaint([...found.values()].filter((item) => !unchanged.has(placeOf(item))));
  }

  /** Takes new items into the index and draws them, an item at a time in slices where the painter leaves the DOM alone. */
  private async addAndPaint(items: readonly Item[]): Promise<void> {
    const { painter } = this.options;
    if (!painter.splitsTextNodes) {
      await forEachInSlices(items, (item) => {
        this.index.add([item]);
        painter.paint(this.live.model, [drawingOf(item, idOf(item))]);
      });
      return;
    }
    // Wrapping splits text nodes: one pass over the model as it is, then a fresh model (same text) for what follows.
    this.index.add(items);
    this.withoutObserving(() => painter.paint(this.live.model, items.map((item) => drawingOf(item, idOf(item)))));
    runAtOnce(this.live.rebuild());
  }

  /** Runs our own change of the page's DOM without taking it for the page's: the page's earlier changes are still handled. */
  private withoutObserving(change: () => void): void {
    const earlier = this.observer?.takeRecords() ?? [];
    if (earlier.length > 0) this.onMutations(earlier);
    change();
    this.observer?.takeRecords();
  }

  private onMutations(records: readonly MutationRecord[]): void {
    const change = pageChangeOf(records);
    if (!change.changed) return;
    // The records come at the end of the page's task that changed it: the page is busy, our slices shorten.
    pageTaskRan();
    this.options.painter.pageChanged();
    this.pending.add(change);
    this.lastPendingAt = performance.now();
    if (this.debounceTimer !== undefined) return;
    // One timer for a burst of changes, set again when it fires early: setting a timer anew at every change cost a page
    // changing every 10 ms more than its own script did, in its own task.
    this.firstPendingAt = this.lastPendingAt;
    this.armReading();
  }

  /** When the changes waiting are read: after a quiet time since the latest, or after the longest wait since the oldest. */
  private readingDueAt(): number {
    const maxWait = Math.max(MAX_WAIT_MS, this.lastChangeReadMs / CHANGE_READING_SHARE);
    return Math.min(this.lastPendingAt + (this.options.debounceMs ?? DEFAULT_DEBOUNCE_MS), this.firstPendingAt + maxWait);
  }

  /** Sets the timer of the next read of the page's changes, which reads them once they are due. */
  private armReading(): void {
    this.debounceTimer = setTimeout(() => {
      const wait = this.readingDueAt() - performance.now();
      if (wait > 0) this.armReading();
      else this.flushMutations();
    }, Math.max(this.readingDueAt() - performance.now(), 0));
  }

  private flushMutations(): void {
    this.debounceTimer = undefined;
    const change = this.pending;
    this.pending = new PendingChange();
    void this.enqueue(async () => {
      const started = performance.now();
      await this.readNewText(change);
      this.lastChangeReadMs = performance.now() - started;
    });
  }
}

/** An item's kind, place and text: what tells it apart on the page as it is now (an item kept from before keeps the id it had). */
function placeOf(item: Item): string {
  return `${item.kind} ${item.start} ${item.end} ${item.text}`;
}

/** Whether an item is `found` as it was: same place, text and fields (its id aside). */
function sameItem(item: IndexedItem, found: Item | undefined): boolean {
  return found !== undefined && JSON.stringify({ ...item, id: '' }) === JSON.stringify({ ...found, id: '' });
}

/** The spans covering the same characters as `spans`, in text order, none overlapping another. */
function mergeSpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The items of these lines of `text`, a line or a chunk of a long line per step, yielding to the page between slices. */
async function extractLines(text: string, lines: Iterable<Span>): Promise<Item[]> {
  const found: Item[] = [];
  await forEachInSlices(extractionSteps(text, lines), (items) => {
    for (const item of items) found.push(item);
  });
  return found;
}
