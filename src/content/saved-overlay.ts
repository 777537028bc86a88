/**
 * Draws the analyst's saved items over the page: boxes placed over their text
 * in a closed shadow root. The page's highlight registry and DOM are shared
 * with page scripts; what is drawn here is not, so a page cannot read which
 * items were saved, nor the analyst's own highlights. The host element exists
 * from the start, saved items or not, and is 0×0 and transparent to the
 * pointer. Boxes are placed in page coordinates, so they follow the window's
 * scrolling by themselves; when a scrolling box inside the page scrolls, or
 * the window is resized, they are placed again at the next frame.
 */
import { UI_HOST_ATTRIBUTE } from '../dom/element-kinds';
import type { SavedItem } from '../shared/messages';
import { COLOR_LOOKS, DEFAULT_HIGHLIGHT_COLOR } from '../shared/palette';
import { adoptStyles } from './paint/adopt-styles';

/** Tag name of the overlay's host element. */
export const OVERLAY_HOST_TAG = 'policy-lens-overlay';

/** A saved item to draw, and where its text is now. */
export interface SavedMark {
  /** The saved item. */
  item: SavedItem;
  /** The DOM range of its text. */
  range: Range;
}

const OVERLAY_CSS = `
:host { all: initial; position: absolute; left: 0; top: 0; width: 0; height: 0; pointer-events: none; z-index: 2147483646; }
.mark { position: absolute; pointer-events: none; box-sizing: border-box; }
.saved-indicator { background: rgba(255, 193, 7, 0.3); border-bottom: 3px solid rgb(214, 150, 0); }
.saved-commitment { border-bottom: 3px solid rgb(26, 95, 210); }
.highlight { border-bottom: 2px solid var(--solid); background: var(--wash); }
.flash { outline: 2px solid rgb(214, 150, 0); outline-offset: 1px; background: rgba(255, 193, 7, 0.45); }
`;

/** The overlay of one page. */
export class SavedOverlay {
  private readonly host: HTMLElement;
  private readonly layer: HTMLElement;
  private marks: readonly SavedMark[] = [];
  /** The range flashed just now, if any, and when its flash ends. */
  private flashed: { range: Range; timer: ReturnType<typeof setTimeout> } | undefined;
  /** The frame at which the boxes will be placed again, if one is asked for. */
  private frame: number | undefined;
  private readonly redrawSoon = (event: Event): void => {
    // The window's own scrolling moves the boxes with the page: nothing to do.
    if (event.type === 'scroll' && (event.target === this.document || event.target === this.document.documentElement)) return;
    if (this.frame !== undefined || (this.marks.length === 0 && !this.flashed)) return;
    const view = this.document.defaultView;
    if (!view) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = undefined;
      this.redraw();
    });
  };

  constructor(private readonly document: Document) {
    this.host = document.createElement(OVERLAY_HOST_TAG);
    this.host.setAttribute(UI_HOST_ATTRIBUTE, 'overlay');
    const shadow = this.host.attachShadow({ mode: 'closed' });
    adoptStyles(shadow, OVERLAY_CSS);
    this.layer = document.createElement('div');
    shadow.append(this.layer);
    document.documentElement.append(this.host);
    document.defaultView?.addEventListener('resize', this.redrawSoon, { passive: true });
    // Scroll events do not bubble: a listener that captures sees those of every scrolling box.
    document.addEventListener('scroll', this.redrawSoon, { capture: true, passive: true });
  }

  /** Draws these saved items, replacing what was drawn. */
  draw(marks: readonly SavedMark[]): void {
    this.marks = marks;
    this.redraw();
  }

  /** Flashes a range for `durationMs`, as the page's highlights flash an item brought into view. */
  flash(range: Range, durationMs: number): void {
    clearTimeout(this.flashed?.timer);
    this.flashed = {
      range,
      timer: setTimeout(() => {
        this.flashed = undefined;
        this.redraw();
      }, durationMs),
    };
    this.redraw();
  }

  /** Places the boxes again, after the page's layout changed. */
  redraw(): void {
    const boxes: HTMLElement[] = [];
    for (const { item, range } of this.marks) {
      // An own highlight, or any item the analyst coloured, is drawn in its colour; others in their kind's.
      const coloured = item.kind === 'highlight' || item.color !== undefined;
      const look = COLOR_LOOKS[item.color ?? DEFAULT_HIGHLIGHT_COLOR];
      for (const box of this.boxesOver(range, coloured ? 'highlight' : `saved-${item.kind}`)) {
        if (coloured) {
          box.style.setProperty('--solid', look.solid);
          box.style.setProperty('--wash', look.wash);
        }
        boxes.push(box);
      }
    }
    if (this.flashed) boxes.push(...this.boxesOver(this.flashed.range, 'flash'));
    this.layer.replaceChildren(...boxes);
  }

  /** A box of class `look` over each line box of the range, in page coordinates. */
  private boxesOver(range: Range, look: string): HTMLElement[] {
    const view = this.document.defaultView;
    const boxes: HTMLElement[] = [];
    for (const rect of range.getClientRects()) {
      if (rect.width === 0 || rect.height === 0) continue;
      const box = this.document.createElement('div');
      box.className = `mark ${look}`;
      box.style.left = `${rect.left + (view?.scrollX ?? 0)}px`;
      box.style.top = `${rect.top + (view?.scrollY ?? 0)}px`;
      box.style.width = `${rect.width}px`;
      box.style.height = `${rect.height}px`;
      boxes.push(box);
    }
    return boxes;
  }

  /** Removes the overlay. */
  stop(): void {
    clearTimeout(this.flashed?.timer);
    const view = this.document.defaultView;
    view?.removeEventListener('resize', this.redrawSoon);
    this.document.removeEventListener('scroll', this.redrawSoon, { capture: true });
    if (this.frame !== undefined) view?.cancelAnimationFrame(this.frame);
    this.host.remove();
  }
}
