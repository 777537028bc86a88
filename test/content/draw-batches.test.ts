// @vitest-environment jsdom
/**
 * The Highlight API painter hands its ranges to the page's highlights in
 * batches: few changes of the highlights, each making the browser rebuild its
 * drawing of every range once, rather than a few ranges at every slice.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BATCH_INTERVAL_MS, IDLE_TIMEOUT_MS, LONGEST_WAIT_MS, MS_APART_PER_RANGE, QUIET_MS } from '../../src/content/paint/draw-batches';
import { drawingOf } from '../../src/content/paint/drawing';
import { createHighlightPainter } from '../../src/content/paint/highlight-painter';
import { highlightName } from '../../src/content/paint/layers';
import type { Painter } from '../../src/content/paint/painter';
import { buildPageModel, type TextModel } from '../../src/dom/text-model';
import { extract } from '../../src/extractor';
import type { ItemDrawing } from '../../src/content/paint/layers';
import { corpusLines, renderParagraphs } from '../dom/corpus-page';
import { fakeHighlightApi, highlightedTexts } from './fake-highlight-api';

let api: ReturnType<typeof fakeHighlightApi>;
let painter: Painter;
let model: TextModel;
/** The drawings of the items of the page, in text order. */
let drawings: ItemDrawing[];

beforeEach(() => {
  vi.useFakeTimers();
  renderParagraphs(document, corpusLines('003_4ef620bd1e3cb09d.txt').slice(0, 30));
  model = buildPageModel(document);
  drawings = extract(model.text).map((item, i) => drawingOf(item, `item-${i}`));
  api = fakeHighlightApi();
  painter = createHighlightPainter(document, api);
});

afterEach(() => vi.useRealTimers());

/** Every range in the page's highlights of items. */
const rangesOnPage = (): AbstractRange[] =>
  (['commitment', 'indicator', 'target'] as const).flatMap((layer) => [...(api.registry.get(highlightName(layer)) ?? [])]);

describe('the Highlight API painter draws in batches', () => {
  it('gathers items painted a few at a time and hands them to the highlights together', () => {
    expect(drawings.length).toBeGreaterThan(10);
    for (const drawing of drawings) painter.paint(model, [drawing]);
    expect(rangesOnPage()).toEqual([]);
    expect(painter.waiting).toBe(true);

    vi.advanceTimersByTime(IDLE_TIMEOUT_MS);
    expect(rangesOnPage()).toHaveLength(drawings.flatMap((drawing) => drawing.spans).length);
    expect(painter.waiting).toBe(false);
  });

  it('hands over at most one batch every few hundred ms', () => {
    const [first, second] = drawings;
    painter.paint(model, [first!]);
    vi.advanceTimersByTime(IDLE_TIMEOUT_MS);
    painter.paint(model, [second!]);

    vi.advanceTimersByTime(BATCH_INTERVAL_MS - IDLE_TIMEOUT_MS - 1);
    expect(rangesOnPage()).toHaveLength(first!.spans.length);
    vi.advanceTimersByTime(1 + IDLE_TIMEOUT_MS);
    expect(rangesOnPage()).toHaveLength(first!.spans.length + second!.spans.length);
  });

  it('hands over batches further apart the more ranges are drawn', () => {
    // As many ranges as a long report may have: one a character, round the page's text again and again.
    const many = Array.from({ length: 8000 }, (_, i) => {
      const start = i % (model.text.length - 1);
      return { id: `char-${i}`, spans: [{ layer: 'indicator' as const, start, end: start + 1 }] };
    });
    expect(many.length * MS_APART_PER_RANGE).toBeGreaterThan(BATCH_INTERVAL_MS + IDLE_TIMEOUT_MS);
    painter.paint(model, many);
    vi.advanceTimersByTime(IDLE_TIMEOUT_MS);
    painter.paint(model, [drawings[0]!]);

    vi.advanceTimersByTime(BATCH_INTERVAL_MS + IDLE_TIMEOUT_MS);
    expect(rangesOnPage()).toHaveLength(many.length);
    vi.advanceTimersByTime(many.length * MS_APART_PER_RANGE - BATCH_INTERVAL_MS);
    expect(rangesOnPage()).toHaveLength(many.length + drawings[0]!.spans.length);
  });

  it('leaves the ranges of an item painted again where it was as they are, and replaces those of one that moved', async () => {
    painter.paint(model, drawings);
    await vi.runAllTimersAsync();
    const before = rangesOnPage();

    painter.paint(model, drawings);
    expect(painter.waiting).toBe(false);
    const moved = drawings[0]!;
    const shortened = { ...moved, spans: moved.spans.map((span) => ({ ...span, end: span.end - 1 })) };
    painter.paint(model, [shortened]);
    await vi.runAllTimersAsync();

    const after = rangesOnPage();
    expect(after.filter((range) => before.includes(range))).toHaveLength(before.length - moved.spans.length);
    expect(after.filter((range) => !before.includes(range)).map(String)).toEqual(
      shortened.spans.map(({ start, end }) => model.text.slice(start, end)),
    );
  });

  it('never hands over an item erased before its batch', async () => {
    const [kept, erased] = drawings;
    painter.paint(model, [kept!, erased!]);
    painter.erase([erased!.id]);
    await vi.runAllTimersAsync();
    expect(rangesOnPage()).toHaveLength(kept!.spans.length);
  });

  it('erases in the same batch as it draws', () => {
    const [old, fresh] = drawings;
    painter.paint(model, [old!]);
    vi.advanceTimersByTime(IDLE_TIMEOUT_MS);
    painter.erase([old!.id]);
    painter.paint(model, [fresh!]);
    expect(rangesOnPage()).toHaveLength(old!.spans.length);

    vi.advanceTimersByTime(BATCH_INTERVAL_MS + IDLE_TIMEOUT_MS);
    expect(rangesOnPage()).toHaveLength(fresh!.spans.length);
    expect(highlightedTexts(api, highlightName(fresh!.spans[0]!.layer))).toContain(model.text.slice(fresh!.spans[0]!.start, fresh!.spans[0]!.end));
  });

  it('waits while the page keeps changing, until it pauses', () => {
    painter.paint(model, drawings);
    // The page changes every 50 ms for a second, then stops.
    for (let t = 0; t < 1000; t += 50) {
      painter.pageChanged();
      vi.advanceTimersByTime(50);
      expect(rangesOnPage()).toEqual([]);
    }
    vi.advanceTimersByTime(QUIET_MS - 50 + IDLE_TIMEOUT_MS);
    expect(rangesOnPage().length).toBeGreaterThan(0);
  });

  it('still draws on a page that never stops changing, once the longest wait is over', async () => {
    painter.paint(model, drawings);
    const drawn = painter.drawn();
    let handedOver = false;
    void drawn.then(() => (handedOver = true));
    let waited = 0;
    for (; !handedOver && waited < 2 * LONGEST_WAIT_MS; waited += 10) {
      painter.pageChanged();
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(handedOver).toBe(true);
    expect(waited).toBeGreaterThanOrEqual(LONGEST_WAIT_MS);
    expect(waited).toBeLessThanOrEqual(LONGEST_WAIT_MS + IDLE_TIMEOUT_MS + 10);
    expect(rangesOnPage()).toHaveLength(drawings.flatMap((drawing) => drawing.spans).length);
  });
});
