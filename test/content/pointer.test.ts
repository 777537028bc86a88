// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CARD_HOST_TAG, CardHost } from '../../src/content/card/card-host';
import { itemAtPoint, type ItemsByOffset } from '../../src/content/item-at-point';
import { ItemIndex } from '../../src/content/item-index';
import { openCardOnPointer } from '../../src/content/pointer-card';
import { buildPageModel } from '../../src/dom/text-model';
import { extract } from '../../src/extractor';
import { toPageItem } from '../../src/shared/page-item';

const TEXT = '今年全市工业总产值增长12%。确保到2010年销售收入达到500亿元,力争增长20%以上。';

/**
 * jsdom lays nothing out, so this page is laid out by hand: one line, every
 * character 10px wide and 20px high from the left edge, and the caret under
 * x falls before the character nearest to it.
 */
function layOutOneLine(): void {
  const model = buildPageModel(document);
  document.caretPositionFromPoint = (x: number) => {
    const point = model.pointAt(Math.min(Math.round(x / 10), TEXT.length - 1))!;
    return { offsetNode: point.node, offset: point.offset } as unknown as CaretPosition;
  };
  Range.prototype.getClientRects = function (this: Range) {
    const start = model.offsetAt(this.startContainer, this.startOffset)!;
    const end = model.offsetAt(this.endContainer, this.endOffset)!;
    return [new DOMRect(start * 10, 0, (end - start) * 10, 20)] as unknown as DOMRectList;
  };
}

function pageItems(): ItemsByOffset {
  const model = buildPageModel(document);
  const index = new ItemIndex();
  index.add(extract(model.text).map((item) => toPageItem(item, model.text)));
  return { textModel: model, itemsAt: (offset) => index.allAt(offset), rangeOf: (item) => model.toRange(item.start, item.end) };
}

/** The viewport x of the middle of the character at `offset`. */
const xOf = (offset: number) => offset * 10 + 5;

beforeEach(() => {
  document.body.innerHTML = `<p>${TEXT}</p>`;
  layOutOneLine();
});

describe('itemAtPoint', () => {
  it('finds the indicator under the pointer, inside a commitment', () => {
    const hit = itemAtPoint(document, pageItems(), xOf(TEXT.indexOf('500') + 1), 10);
    expect(hit?.item.kind).toBe('indicator');
    expect(hit?.item.text).toBe('500亿元');
  });

  it('finds the commitment around a word that is no indicator', () => {
    expect(itemAtPoint(document, pageItems(), xOf(TEXT.indexOf('销售')), 10)?.item.kind).toBe('commitment');
  });

  it('finds the item when the caret falls just after the character under the pointer', () => {
    const last = TEXT.indexOf('12%') + 2;
    expect(itemAtPoint(document, pageItems(), xOf(last) + 4, 10)?.item.text).toContain('12%');
  });

  it('finds nothing over plain text or beside the line', () => {
    expect(itemAtPoint(document, pageItems(), xOf(0), 10)).toBeUndefined();
    expect(itemAtPoint(document, pageItems(), xOf(TEXT.indexOf('500')), 40)).toBeUndefined();
  });
});

describe('openCardOnPointer', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    document.querySelector(CARD_HOST_TAG)?.remove();
  });

  function clickAt(x: number): void {
    document.querySelector('p')!.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: 10 }));
  }

  it('opens a pinned card on a click on an item, and closes it on a click elsewhere or Escape', () => {
    const card = new CardHost(document, { save: async () => {}, isSaved: () => false, opened: () => {} });
    stop = openCardOnPointer(document, pageItems(), card);
    clickAt(xOf(TEXT.indexOf('500')));
    expect(card.shownItemId).toMatch(/^indicator-/);
    expect(card.pinned).toBe(true);
    clickAt(xOf(0));
    expect(card.shownItemId).toBeUndefined();
    clickAt(xOf(TEXT.indexOf('销售')));
    expect(card.shownItemId).toMatch(/^commitment-/);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(card.shownItemId).toBeUndefined();
  });

  it('opens a card after hovering an item for a moment', async () => {
    vi.useFakeTimers();
    const card = new CardHost(document, { save: async () => {}, isSaved: () => false, opened: () => {} });
    stop = openCardOnPointer(document, pageItems(), card);
    const move = new MouseEvent('pointermove', { bubbles: true, clientX: xOf(TEXT.indexOf('500')), clientY: 10 });
    document.querySelector('p')!.dispatchEvent(move);
    await vi.advanceTimersByTimeAsync(100);
    expect(card.shownItemId).toBeUndefined();
    await vi.advanceTimersByTimeAsync(400);
    expect(card.shownItemId).toMatch(/^indicator-/);
    expect(card.pinned).toBe(false);
    vi.useRealTimers();
  });
});
