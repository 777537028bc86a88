/**
 * Draws the analyst's saved items over the page: boxes placed over their text
 * in a closed shadow root. The page's highlight registry and DOM are shared
 * with page scripts; what is drawn here is not, so a page cannot read which
 * items were saved, nor the analyst's own highlights. The host element exists
 * from the start, saved items or not, and is 0×0 and transparent to the
 * pointer.
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
`;

/** The overlay of one page. */
export class SavedOverlay {
  private readonly host: HTMLElement;
  private readonly layer: HTMLElement;
  private marks: readonly SavedMark[] = [];
  private readonly onResize = (): void => this.redraw();

  constructor(private readonly document: Document) {
    this.host = document.createElement(OVERLAY_HOST_TAG);
    this.host.setAttribute(UI_HOST_ATTRIBUTE, 'overlay');
    const shadow = this.host.attachShadow({ mode: 'closed' });
    adoptStyles(shadow, OVERLAY_CSS);
    this.layer = document.createElement('div');
    shadow.append(this.layer);
    document.documentElement.append(this.host);
    document.defaultView?.addEventListener('resize', this.onResize, { passive: true });
  }

  /** Draws these saved items, replacing what was drawn. */
  draw(marks: readonly SavedMark[]): void {
    this.marks = marks;
    this.redraw();
  }

  /** Places the boxes again, after the page's layout changed. */
  redraw(): void {
    const view = this.document.defaultView;
    const boxes: HTMLElement[] = [];
    for (const { item, range } of this.marks) {
      // An own highlight, or any item the analyst coloured, is drawn in its colour; others in their kind's.
      const coloured = item.kind === 'highlight' || item.color !== undefined;
      const look = COLOR_LOOKS[item.color ?? DEFAULT_HIGHLIGHT_COLOR];
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 || rect.height === 0) continue;
        const box = this.document.createElement('div');
        box.className = `mark ${coloured ? 'highlight' : `saved-${item.kind}`}`;
        box.style.left = `${rect.left + (view?.scrollX ?? 0)}px`;
        box.style.top = `${rect.top + (view?.scrollY ?? 0)}px`;
        box.style.width = `${rect.width}px`;
        box.style.height = `${rect.height}px`;
        if (coloured) {
          box.style.setProperty('--solid', look.solid);
          box.style.setProperty('--wash', look.wash);
        }
        boxes.push(box);
      }
    }
    this.layer.replaceChildren(...boxes);
  }

  /** Removes the overlay. */
  stop(): void {
    this.document.defaultView?.removeEventListener('resize', this.onResize);
    this.host.remove();
  }
}
