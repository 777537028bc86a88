// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CARD_HOST_TAG, CardHost } from '../../src/content/card/card-host';
import { itemAtPoint, type ItemsByOffset } from '../../src/content/item-at-point';
import { ItemIndex } from '../../src/content/item-index';
import { openCardOnPointer } from '../../src/content/pointer-card';
import { buildPageModel } from '../../src/dom/text-model';
import { toPageItem } from '../../src/shared/page-item';
import { ITEMS, PAGE_ITEMS, PAGE_TEXT as TEXT } from '../shared/page-fixtures';
import { analystClick, asAnalyst } from './analyst-events';
import { cardActions, savedCopy } from './card-actions';

vi.mock('../../src/content/trusted-events', () => import('./analyst-events'));

/** How far the page is scrolled down, in pixels: the line's top is at minus this. */
let scrolledBy = 0;

/**
 * jsdom lays nothing out, so this page (the fixture page's text in one
 * paragraph, its line ends read as spaces, so offsets stay those of the
 * fixture items) is laid out by hand: one line, every character 10px wide and
 * 20px high from the left edge, its top at 0 until `scrolledBy` moves it, and
 * the caret under x falls before the character nearest to it.
 */
function layOutOneLine(): void {
  scrolledBy = 0;
  const model = buildPageModel(document);
  document.caretPositionFromPoint = (x: number) => {
    const point = model.pointAt(Math.min(Math.round(x / 10), TEXT.length - 1))!;
    return { offsetNode: point.node, offset: point.offset } as unknown as CaretPosition;
  };
  Range.prototype.getClientRects = function (this: Range) {
    const start = model.offsetAt(this.startContainer, this.startOffset)!;
    const end = model.offsetAt(this.endContainer, this.endOffset)!;
    return [new DOMRect(start * 10, -scrolledBy, (end - start) * 10, 20)] as unknown as DOMRectList;
  };
  Range.prototype.getBoundingClientRect = function (this: Range) {
    return this.getClientRects()[0]!;
  };
}

function pageItems(): ItemsByOffset {
  const model = buildPageModel(document);
  const index = new ItemIndex();
  index.add(PAGE_ITEMS);
  return { textModel: model, itemsAt: (offset) => index.allAt(offset).map((item) => toPageItem(item, TEXT)), rangeOf: (item) => model.toRange(item.start, item.end) };
}

/** The viewport x of the middle of the character at `offset`. */
const xOf = (offset: number) => offset * 10 + 5;

beforeEach(() => {
  document.body.innerHTML = `<p>${TEXT}</p>`;
  layOutOneLine();
});

describe('itemAtPoint', () => {
  it('finds the indicator under the pointer, inside a commitment', () => {
    const hit = itemAtPoint(document, pageItems(), xOf(TEXT.indexOf('330亿元') + 1), 10);
    expect(hit?.item.id).toBe(ITEMS.investmentFloor.id);
  });

  it('finds the commitment around a word that is no indicator', () => {
    expect(itemAtPoint(document, pageItems(), xOf(TEXT.indexOf('工业投入确保')), 10)?.item.id).toBe(ITEMS.investmentTarget.id);
  });

  it('finds the item when the caret falls just after the character under the pointer', () => {
    const last = TEXT.indexOf('同比增长17%') + '同比增长17'.length;
    expect(itemAtPoint(document, pageItems(), xOf(last) + 4, 10)?.item.id).toBe(ITEMS.output.id);
  });

  it('finds nothing over plain text or beside the line', () => {
    expect(itemAtPoint(document, pageItems(), xOf(0), 10)).toBeUndefined();
    expect(itemAtPoint(document, pageItems(), xOf(TEXT.indexOf('330亿元')), 40)).toBeUndefined();
  });
});

describe('openCardOnPointer', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    document.querySelector(CARD_HOST_TAG)?.remove();
  });

  function clickAt(x: number, event = asAnalyst): void {
    document.querySelector('p')!.dispatchEvent(event(new MouseEvent('click', { bubbles: true, clientX: x, clientY: 10 })));
  }

  it('opens a pinned card on a click on an item, and closes it on a click elsewhere or Escape', () => {
    const card = new CardHost(document, cardActions());
    stop = openCardOnPointer(document, pageItems(), card);
    clickAt(xOf(TEXT.indexOf('330亿元')));
    expect(card.shownItemId).toBe(ITEMS.investmentFloor.id);
    expect(card.pinned).toBe(true);
    clickAt(xOf(0));
    expect(card.shownItemId).toBeUndefined();
    clickAt(xOf(TEXT.indexOf('工业投入确保')));
    expect(card.shownItemId).toBe(ITEMS.investmentTarget.id);
    document.dispatchEvent(asAnalyst(new KeyboardEvent('keydown', { key: 'Escape' })));
    expect(card.shownItemId).toBeUndefined();
  });

  it('ignores clicks, moves and keys that a page script dispatches', async () => {
    vi.useFakeTimers();
    const card = new CardHost(document, cardActions());
    stop = openCardOnPointer(document, pageItems(), card);
    const fromPage = <E extends Event>(event: E): E => event;
    clickAt(xOf(TEXT.indexOf('330亿元')), fromPage);
    document.querySelector('p')!.dispatchEvent(new MouseEvent('pointermove', { bubbles: true, clientX: xOf(TEXT.indexOf('330亿元')), clientY: 10 }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(card.shownItemId).toBeUndefined();
    clickAt(xOf(TEXT.indexOf('330亿元')));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(card.shownItemId).toBe(ITEMS.investmentFloor.id);
    vi.useRealTimers();
  });

  /** The page scrolled by `by` pixels (or not, for 0), and told so as the browser does, at its next frame. */
  function scroll(by: number, event = asAnalyst): void {
    scrolledBy += by;
    document.dispatchEvent(event(new Event('scroll')));
  }

  /** The card's place: its `top` or `bottom` in the window. */
  const cardPlace = (card: CardHost) => {
    const style = card.root!.querySelector<HTMLElement>('.position')!.style;
    return { top: style.top, bottom: style.bottom };
  };

  it('keeps a card open through scroll events that did not move its item', () => {
    const card = new CardHost(document, cardActions());
    stop = openCardOnPointer(document, pageItems(), card);
    // Opened at once by a click, before the browser's scroll event for a scroll made just before it.
    clickAt(xOf(TEXT.indexOf('330亿元')));
    scroll(0);
    // A page script's scroll event, or a box elsewhere in the page that scrolled.
    scroll(0, (event) => event);
    expect(card.shownItemId).toBe(ITEMS.investmentFloor.id);
    expect(cardPlace(card)).toEqual({ top: '26px', bottom: '' });
  });

  it('keeps a pinned card, with what is typed in it, beside its item as the page scrolls', () => {
    const card = new CardHost(document, cardActions({ savedOf: (item) => savedCopy(item) }));
    stop = openCardOnPointer(document, pageItems(), card);
    clickAt(xOf(TEXT.indexOf('330亿元')));
    const note = card.root!.querySelector<HTMLTextAreaElement>('textarea.note')!;
    note.focus();
    note.value = '待核实';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    scroll(15);
    expect(card.shownItemId).toBe(ITEMS.investmentFloor.id);
    expect(cardPlace(card)).toEqual({ top: '11px', bottom: '' });
    expect(card.root!.querySelector('textarea.note')).toBe(note);
    expect(note.value).toBe('待核实');
    expect(card.root!.activeElement).toBe(note);
  });

  it('closes a hovered card when scrolling moves its item, and keeps one the analyst clicked in', async () => {
    vi.useFakeTimers();
    const card = new CardHost(document, cardActions());
    stop = openCardOnPointer(document, pageItems(), card);
    const hover = () =>
      document.querySelector('p')!.dispatchEvent(asAnalyst(new MouseEvent('pointermove', { bubbles: true, clientX: xOf(TEXT.indexOf('330亿元')), clientY: 10 })));
    hover();
    await vi.advanceTimersByTimeAsync(500);
    expect(card.pinned).toBe(false);
    scroll(5);
    expect(card.shownItemId).toBeUndefined();
    hover();
    await vi.advanceTimersByTimeAsync(500);
    analystClick(card.root!.querySelector('.card')!);
    expect(card.pinned).toBe(true);
    scroll(5);
    expect(card.shownItemId).toBe(ITEMS.investmentFloor.id);
    vi.useRealTimers();
  });

  it('opens a card after hovering an item for a moment', async () => {
    vi.useFakeTimers();
    const card = new CardHost(document, cardActions());
    stop = openCardOnPointer(document, pageItems(), card);
    const move = asAnalyst(new MouseEvent('pointermove', { bubbles: true, clientX: xOf(TEXT.indexOf('330亿元')), clientY: 10 }));
    document.querySelector('p')!.dispatchEvent(move);
    await vi.advanceTimersByTimeAsync(100);
    expect(card.shownItemId).toBeUndefined();
    await vi.advanceTimersByTimeAsync(400);
    expect(card.shownItemId).toBe(ITEMS.investmentFloor.id);
    expect(card.pinned).toBe(false);
    vi.useRealTimers();
  });
});
