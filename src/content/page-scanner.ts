/**
 * Reads the page, finds its items, draws them, and keeps up when the page
 * adds text later. All work runs in short slices, one scan after another.
 */
import { buildPageModel, buildTextModel, type TextModel } from '../dom/text-model';
import type { Item } from '../extractor/types';
import type { PageItem } from '../shared/messages';
import { toPageItem } from '../shared/page-item';
import { carryOver } from './carry-over';
import { forEachInSlices, yieldToPage } from './cooperative';
import { extractionSteps, lineSpans, overlapsAny, type Span } from './extract-lines';
import { ItemIndex } from './item-index';
import { linesWithNewMood } from './mood-changes';
import { pageChangeOf } from './new-text';
import { drawingOf } from './paint/drawing';
import type { Painter } from './paint/painter';

/** Quiet time after the last mutation before the new text is read. */
const DEFAULT_DEBOUNCE_MS = 400;
/** A page that never stops changing is still read this often. */
const MAX_WAIT_MS = 2000;

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

/** The items of one page, kept up to date. */
export class PageScanner {
  private model: TextModel;
  private readonly index = new ItemIndex();
  private work: Promise<void> = Promise.resolve();
  private pendingScans = 0;
  private scansDone = 0;
  private observer: MutationObserver | undefined;
  private pendingText = new Set<Text>();
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private firstPendingAt = 0;

  constructor(private readonly options: PageScannerOptions) {
    this.model = buildTextModel(options.document.createDocumentFragment());
  }

  /** `scanning` while a scan is under way or waiting, or the page's changes wait to be read; else `ready`. */
  get state(): 'scanning' | 'ready' {
    return this.pendingScans > 0 || this.debounceTimer !== undefined ? 'scanning' : 'ready';
  }

  /** Reads of the page finished so far: the items can have changed only when this number has. */
  get revision(): number {
    return this.scansDone;
  }

  /** The model of the page text the items' offsets refer to. */
  get textModel(): TextModel {
    return this.model;
  }

  /** The items found so far, in text order. */
  items(): PageItem[] {
    return this.index.all();
  }

  /** The item with this id, if it is on the page. */
  item(id: string): PageItem | undefined {
    return this.index.get(id);
  }

  /** The items covering a text offset, innermost first. */
  itemsAt(offset: number): PageItem[] {
    return this.index.allAt(offset);
  }

  /** The DOM range of an item. */
  rangeOf(item: PageItem): Range {
    return this.model.toRange(item.start, item.end);
  }

  /** Reads and draws the whole page; resolves once it is drawn. */
  scanPage(): Promise<void> {
    return this.enqueue(() => this.readPage());
  }

  /** Reads and draws the whole page afresh, its earlier items taken off, as when a single-page site changed its URL. */
  rescanPage(): Promise<void> {
    return this.enqueue(async () => {
      this.options.painter.erase(this.index.all().map((item) => item.id));
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

  /** Resolves when every scan asked for so far is done. */
  idle(): Promise<void> {
    return this.work;
  }

  private enqueue(scan: () => Promise<void>): Promise<void> {
    this.pendingScans++;
    this.work = this.work
      .then(scan)
      .catch((error: unknown) => console.error('Policy Lens could not read this page:', error))
      .finally(() => {
        this.pendingScans--;
        this.scansDone++;
        this.options.onScanned?.(this.index.size);
      });
    return this.work;
  }

  private buildModel(): TextModel {
    return buildPageModel(this.options.document, { isHidden: this.options.isHidden });
  }

  private async readPage(): Promise<void> {
    // Loading the script is a task of its own; the page's text model is built in the next one.
    await yieldToPage();
    this.model = this.buildModel();
    const text = this.model.text;
    const items = (await extractLines(text, lineSpans(text))).map((item) => toPageItem(item, text));
    this.index.add(items);
    await this.paint(items);
  }

  /**
   * Reads again the lines that hold new text, and those whose section mood a
   * changed heading turned; what else was on the page before is neither read
   * again nor redrawn. A line is read whole, as a sentence reads with the rest
   * of its paragraph.
   */
  private async readNewText(newText: ReadonlySet<Text>): Promise<void> {
    const previous = this.model;
    this.model = this.buildModel();
    const text = this.model.text;
    const allLines = lineSpans(text);
    const newSpans = this.model.segments
      .filter((segment) => newText.has(segment.node))
      .map(({ node, start }) => ({ start, end: start + node.length }));
    const reread = mergeSpans([
      ...allLines.filter((line) => overlapsAny(newSpans, line)),
      ...linesWithNewMood(previous, this.model, allLines),
    ]);
    const { kept, gone } = carryOver(this.index.all(), previous, this.model);
    this.options.painter.erase(gone);
    this.index.replaceAll(kept);
    if (reread.length === 0) return;

    const found = new Map((await extractLines(text, reread)).map((item) => [placeOf(item), toPageItem(item, text)]));
    // An item of those lines found just as it was stays, with its id, drawn as it is; the others give way to what is found now.
    const before = kept.filter((item) => overlapsAny(reread, item));
    const replaced = new Set(before.filter((item) => !sameItem(item, found.get(placeOf(item)))));
    const unchanged = new Set(before.filter((item) => !replaced.has(item)).map(placeOf));
    const items = [...found.values()].filter((item) => !unchanged.has(placeOf(item)));
    this.options.painter.erase([...replaced].map((item) => item.id));
    if (replaced.size > 0) this.index.replaceAll(kept.filter((item) => !replaced.has(item)));
    this.index.add(items);
    await this.paint(items);
  }

  private async paint(items: readonly PageItem[]): Promise<void> {
    const { painter } = this.options;
    const drawings = items.map(drawingOf);
    if (!painter.splitsTextNodes) {
      await forEachInSlices(drawings, (drawing) => painter.paint(this.model, [drawing]));
      return;
    }
    // Wrapping splits text nodes: one pass over the model as it is, then a fresh model (same text) for what follows.
    this.withoutObserving(() => painter.paint(this.model, drawings));
    this.model = this.buildModel();
  }

  /** Runs our own change of the page's DOM without taking it for the page's: the page's earlier changes are still handled. */
  private withoutObserving(change: () => void): void {
    const earlier = this.observer?.takeRecords() ?? [];
    if (earlier.length > 0) this.onMutations(earlier);
    change();
    this.observer?.takeRecords();
  }

  private onMutations(records: readonly MutationRecord[]): void {
    const { changed, newText } = pageChangeOf(records);
    if (!changed) return;
    for (const node of newText) this.pendingText.add(node);
    const now = performance.now();
    if (this.debounceTimer === undefined) this.firstPendingAt = now;
    clearTimeout(this.debounceTimer);
    const wait = Math.min(this.options.debounceMs ?? DEFAULT_DEBOUNCE_MS, this.firstPendingAt + MAX_WAIT_MS - now);
    this.debounceTimer = setTimeout(() => this.flushMutations(), Math.max(wait, 0));
  }

  private flushMutations(): void {
    this.debounceTimer = undefined;
    const newText = this.pendingText;
    this.pendingText = new Set();
    void this.enqueue(() => this.readNewText(newText));
  }
}

/** An item's kind, place and text: what tells it apart on the page as it is now (an item kept from before keeps the id it had). */
function placeOf(item: Item): string {
  return `${item.kind} ${item.start} ${item.end} ${item.text}`;
}

/** Whether a page item is `found` as it was: same place, text and fields (its id aside). */
function sameItem(item: PageItem, found: PageItem | undefined): boolean {
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
async function extractLines(text: string, lines: readonly Span[]): Promise<Item[]> {
  const found: Item[] = [];
  await forEachInSlices(extractionSteps(text, lines), (items) => {
    found.push(...items);
  });
  return found;
}
