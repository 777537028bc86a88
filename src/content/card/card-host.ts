/**
 * The card's place in the page: a host element, marked as Policy Lens's UI,
 * holding a closed shadow root that isolates the card from the page's CSS and
 * keeps page scripts out: they cannot read what the card shows (whether an
 * item is saved, the analyst's note) nor reach its buttons. The host is fixed
 * and sized 0×0, so the page's layout never moves.
 */
import { h, render } from 'preact';
import { UI_HOST_ATTRIBUTE } from '../../dom/element-kinds';
import type { PageItem } from '../../shared/messages';
import { adoptStyles } from '../paint/adopt-styles';
import { byAnalyst } from '../trusted-events';
import { CARD_CSS } from './card-styles';
import { ItemCard, type SaveState } from './ItemCard';

/** Tag name of the card's host element. */
export const CARD_HOST_TAG = 'policy-lens-card';

/** Gap between the item and the card, in CSS pixels. */
const GAP = 6;
/** The card's width (as in its stylesheet) and its least distance from the window's sides, in CSS pixels. */
const CARD_WIDTH = 340;
const EDGE_MARGIN = 8;

/** What the card asks of the rest of the content script. */
export interface CardActions {
  /** Saves an item; rejects with a message to show when it cannot. */
  save(item: PageItem): Promise<void>;
  /** Whether an item is saved already. */
  isSaved(itemId: string): boolean;
  /** Told when the card opens on an item, e.g. to learn whether it was saved meanwhile from the popup. */
  opened(item: PageItem): void;
}

/** The one card of the page, shown over one item at a time. */
export class CardHost {
  private host: HTMLElement | undefined;
  private shadow: ShadowRoot | undefined;
  private mount: HTMLElement | undefined;
  private shown: { item: PageItem; anchor: DOMRect; pinned: boolean } | undefined;
  private saveState: SaveState = { phase: 'unsaved' };

  constructor(
    private readonly document: Document,
    private readonly actions: CardActions,
  ) {}

  /** Id of the item shown, if the card is open. */
  get shownItemId(): string | undefined {
    return this.shown?.item.id;
  }

  /** True when the card was opened by a click and stays until closed. */
  get pinned(): boolean {
    return this.shown?.pinned ?? false;
  }

  /** Opens the card for `item` next to `anchor` (viewport coordinates of the item's line). */
  show(item: PageItem, anchor: DOMRect, pinned: boolean): void {
    const isNew = this.shown?.item.id !== item.id;
    if (isNew) this.saveState = { phase: this.actions.isSaved(item.id) ? 'saved' : 'unsaved' };
    this.shown = { item, anchor, pinned: pinned || (!isNew && this.shown!.pinned) };
    this.render();
    if (isNew) this.actions.opened(item);
  }

  /** Closes the card. */
  hide(): void {
    if (!this.shown) return;
    this.shown = undefined;
    this.render();
  }

  /** Shows the saved state again, after items were saved elsewhere. */
  refresh(): void {
    if (this.shown && this.saveState.phase === 'unsaved' && this.actions.isSaved(this.shown.item.id)) {
      this.saveState = { phase: 'saved' };
      this.render();
    }
  }

  /** The card's closed shadow root, once the card has been shown: the content script's own handle on it. */
  get root(): ShadowRoot | undefined {
    return this.shadow;
  }

  /** True when the event happened on the card. */
  contains(event: Event): boolean {
    return this.host !== undefined && event.composedPath().includes(this.host);
  }

  private save(item: PageItem): void {
    this.saveState = { phase: 'saving' };
    this.render();
    this.actions.save(item).then(
      () => this.settleSave(item, { phase: 'saved' }),
      (error: unknown) => this.settleSave(item, { phase: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
  }

  private settleSave(item: PageItem, state: SaveState): void {
    if (this.shown?.item.id !== item.id) return;
    this.saveState = state;
    this.render();
  }

  private render(): void {
    const mount = this.mountPoint();
    if (!this.shown) {
      render(null, mount);
      return;
    }
    const { item, anchor } = this.shown;
    render(
      h('div', { class: 'position', style: this.position(anchor) }, [
        h(ItemCard, {
          item,
          save: this.saveState,
          onSave: (event) => byAnalyst(event) && this.save(item),
          onClose: (event) => byAnalyst(event) && this.hide(),
        }),
      ]),
      mount,
    );
  }

  /** Below the item's line, or above it when the line is in the lower part of the window. */
  private position(anchor: DOMRect): Record<string, string> {
    const view = this.document.defaultView!;
    const left = `${Math.max(EDGE_MARGIN, Math.min(anchor.left, view.innerWidth - CARD_WIDTH - EDGE_MARGIN))}px`;
    return anchor.bottom > view.innerHeight * 0.6
      ? { position: 'fixed', left, bottom: `${view.innerHeight - anchor.top + GAP}px` }
      : { position: 'fixed', left, top: `${anchor.bottom + GAP}px` };
  }

  private mountPoint(): HTMLElement {
    if (this.mount) return this.mount;
    const host = this.document.createElement(CARD_HOST_TAG);
    host.setAttribute(UI_HOST_ATTRIBUTE, 'card');
    const shadow = host.attachShadow({ mode: 'closed' });
    adoptStyles(shadow, CARD_CSS);
    this.mount = this.document.createElement('div');
    shadow.append(this.mount);
    // After <body>, so that the body's own text and layout are left alone.
    this.document.documentElement.append(host);
    this.host = host;
    this.shadow = shadow;
    return this.mount;
  }
}
