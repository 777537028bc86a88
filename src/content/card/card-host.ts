/**
 * The card's place in the page: a host element, marked as Policy Lens's UI,
 * holding a closed shadow root that isolates the card from the page's CSS and
 * keeps page scripts out: they cannot read what the card shows (whether an
 * item is saved, the analyst's note) nor reach its buttons. The host is fixed
 * and sized 0×0, so the page's layout never moves.
 */
import { h, render } from 'preact';
import { UI_HOST_ATTRIBUTE } from '../../dom/element-kinds';
import { editFrom, UNDO_WINDOW_MS, type ItemDraft } from '../../shared/item-editing';
import type { ItemEdit, PageItem, SavedItem } from '../../shared/messages';
import { citationText } from '../../shared/export/citation';
import { pageUrl } from '../../shared/saved-item';
import { adoptStyles } from '../paint/adopt-styles';
import { byAnalyst } from '../trusted-events';
import { CARD_CSS } from './card-styles';
import { ItemCard, type CardSubject, type SaveState } from './ItemCard';
import { messageOf } from '../../shared/message-of';

/** Tag name of the card's host element. */
export const CARD_HOST_TAG = 'policy-lens-card';

/** Gap between the item and the card, in CSS pixels. */
const GAP = 6;
/** The card's width (as in its stylesheet) and its least distance from the window's sides, in CSS pixels. */
const CARD_WIDTH = 340;
const EDGE_MARGIN = 8;

/** Where the card is placed: beside a line of its item's text, which it follows when the page scrolls. */
export interface CardAnchor {
  /** The line box of the item's text to place the card beside (the one under the pointer), in viewport coordinates. */
  box: DOMRect;
  /** Where the item's text is now: its bounding box in viewport coordinates. */
  locate(): DOMRect;
}

/** The anchor on a line `box` of the item's `text` (a live range, following the page's changes). */
export function anchorOn(box: DOMRect, text: Range): CardAnchor {
  return { box, locate: () => text.getBoundingClientRect() };
}

/** What the card asks of the rest of the content script. */
export interface CardActions {
  /** Saves a page item; rejects with a message to show when it cannot. */
  save(item: PageItem): Promise<void>;
  /** The saved copy of a page item, if it is saved. */
  savedOf(item: PageItem): SavedItem | undefined;
  /** The page's saved item with this id as last stored, if it still is. */
  savedById(id: string): SavedItem | undefined;
  /** Told when the card opens on a page item, e.g. to learn whether it was saved meanwhile from the popup. */
  opened(item: PageItem): void;
  /** Saves the passage selected when the card opened on it, with the analyst's note, tags and colour. */
  saveHighlight(draft: ItemDraft): Promise<SavedItem>;
  /** Stores the analyst's edits of a saved item. */
  update(item: SavedItem, edit: ItemEdit): Promise<SavedItem>;
  /** Deletes a saved item. */
  delete(item: SavedItem): Promise<void>;
  /** Saves a deleted item again. */
  restore(item: SavedItem): Promise<SavedItem>;
}

/** The card as shown now. */
interface ShownCard {
  /** What it shows. */
  subject: CardSubject;
  /** What it was opened beside. */
  anchor: CardAnchor;
  /** The line it is placed beside now, in viewport coordinates. */
  box: DOMRect;
  /** Where the item's text was when the card was last placed. */
  at: DOMRect;
  /** True when placed above the line (opened in the lower part of the window), false below; kept while it follows the item. */
  above: boolean;
  /** True when opened by a click or used by the analyst: it stays until closed. */
  pinned: boolean;
}

/** The one card of the page, shown over one item or passage at a time. */
export class CardHost {
  private host: HTMLElement | undefined;
  private shadow: ShadowRoot | undefined;
  private mount: HTMLElement | undefined;
  private shown: ShownCard | undefined;
  private state: SaveState = { phase: 'idle' };
  private undoTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly document: Document,
    private readonly actions: CardActions,
  ) {}

  /** Id of the page item or saved highlight shown, if the card is open on one. */
  get shownItemId(): string | undefined {
    const subject = this.shown?.subject;
    if (subject?.kind === 'page-item') return subject.item.id;
    return subject?.kind === 'own-highlight' ? subject.saved.id : undefined;
  }

  /** True when the card was opened by a click and stays until closed. */
  get pinned(): boolean {
    return this.shown?.pinned ?? false;
  }

  /** Opens the card for a page item next to `anchor`. */
  show(item: PageItem, anchor: CardAnchor, pinned: boolean): void {
    const isNew = this.shownItemId !== item.id;
    this.open({ kind: 'page-item', item, saved: this.actions.savedOf(item) }, anchor, pinned);
    if (isNew) this.actions.opened(item);
  }

  /** Opens the card for one of the analyst's saved highlights. */
  showHighlight(saved: SavedItem, anchor: CardAnchor, pinned: boolean): void {
    this.open({ kind: 'own-highlight', saved }, anchor, pinned);
  }

  /** Opens the form that saves a selected passage as a highlight; it stays until closed. */
  showNewHighlight(text: string, anchor: CardAnchor): void {
    this.open({ kind: 'new-highlight', text }, anchor, true);
  }

  /** Keeps the card open until it is closed, as if clicked open: the analyst is using it. */
  pin(): void {
    if (this.shown) this.shown.pinned = true;
  }

  /**
   * The page or a scrolling box in it scrolled. Only a scroll that moved the
   * item's text counts: scroll events come at the next frame (after a card
   * opened at once on a click), and boxes elsewhere in the page scroll, and
   * page scripts dispatch scroll events of their own. A hovered card then
   * closes; a pinned one, which the analyst may be writing in, follows its item.
   */
  scrolled(): void {
    if (!this.shown) return;
    const { at } = this.shown;
    const now = this.shown.anchor.locate();
    const dx = now.left - at.left;
    const dy = now.top - at.top;
    if (dx === 0 && dy === 0) return;
    if (!this.shown.pinned) return this.hide();
    // The item's text left the page (rewritten under it): the card stays where it was.
    if (now.width === 0 && now.height === 0) return;
    const { box } = this.shown;
    this.shown.box = new DOMRect(box.x + dx, box.y + dy, box.width, box.height);
    this.shown.at = now;
    this.render();
  }

  /** Closes the card. */
  hide(): void {
    if (!this.shown) return;
    this.shown = undefined;
    this.render();
  }

  /**
   * Shows the item as stored now, after saved items were saved, changed or
   * placed again: a page item saved or deleted elsewhere, a note edited in the
   * library. The card is drawn again only when that changed, and keeps what the
   * analyst is doing: an open editor keeps what was typed, its focus and caret
   * (fields left alone show their stored value). Left for later while a
   * request of the card runs or Undo is offered: their answer redraws it.
   */
  refresh(): void {
    if (!this.shown || this.state.phase === 'busy' || this.state.phase === 'deleted') return;
    const subject = this.storedNow(this.shown.subject);
    if (subject === this.shown.subject) return;
    this.shown.subject = subject;
    this.render();
  }

  /** The subject with its saved copy as stored now; the same object when that has not changed. */
  private storedNow(subject: CardSubject): CardSubject {
    if (subject.kind === 'new-highlight') return subject;
    // A page item is found saved by where its saved copy was placed; when the page changed under it, by the copy's id.
    const saved =
      subject.kind === 'page-item'
        ? (this.actions.savedOf(subject.item) ?? (subject.saved && this.actions.savedById(subject.saved.id)))
        : this.actions.savedById(subject.saved.id);
    if (saved?.id === subject.saved?.id && saved?.updatedAt === subject.saved?.updatedAt) return subject;
    if (subject.kind === 'page-item') return { ...subject, saved };
    // An own highlight deleted elsewhere stays shown as it was: the card has nothing else to show for it.
    return saved ? { ...subject, saved } : subject;
  }

  /** The card's closed shadow root, once the card has been shown: the content script's own handle on it. */
  get root(): ShadowRoot | undefined {
    return this.shadow;
  }

  /** True when the event happened on the card. */
  contains(event: Event): boolean {
    return this.host !== undefined && event.composedPath().includes(this.host);
  }

  private open(subject: CardSubject, anchor: CardAnchor, pinned: boolean): void {
    const sameSubject = this.isShowing(subject);
    if (!sameSubject) this.settle({ phase: 'idle' });
    const view = this.document.defaultView!;
    this.shown = {
      subject,
      anchor,
      box: anchor.box,
      at: anchor.locate(),
      above: anchor.box.bottom > view.innerHeight * 0.6,
      pinned: pinned || (sameSubject && this.shown!.pinned),
    };
    this.render();
  }

  /**
   * Runs one of the card's requests for the subject shown now, showing it
   * busy, then what `done` makes of the answer, or the error.
   */
  private run<T>(request: () => Promise<T>, done: (result: T, subject: CardSubject) => void): void {
    const subject = this.shown?.subject;
    if (!subject) return;
    this.settle({ phase: 'busy' });
    request().then(
      (result) => {
        if (!this.isShowing(subject)) return;
        this.state = { phase: 'idle' };
        done(result, subject);
        this.render();
      },
      (error: unknown) => {
        if (!this.isShowing(subject)) return;
        this.settle({ phase: 'failed', error: messageOf(error) });
      },
    );
  }

  /** Whether the card still shows `subject` (perhaps refreshed since), so an answer about it still applies. */
  private isShowing(subject: CardSubject): boolean {
    return this.shown !== undefined && subjectKey(this.shown.subject) === subjectKey(subject);
  }

  private settle(state: SaveState): void {
    clearTimeout(this.undoTimer);
    this.state = state;
    if (state.phase === 'deleted') this.undoTimer = setTimeout(() => this.settle({ phase: 'idle' }), UNDO_WINDOW_MS);
    if (this.shown) this.render();
  }

  private replaceSubject(subject: CardSubject): void {
    if (this.shown) this.shown.subject = subject;
  }

  private save(event: MouseEvent): void {
    const subject = this.shown?.subject;
    if (!byAnalyst(event) || subject?.kind !== 'page-item') return;
    this.run(
      () => this.actions.save(subject.item),
      () => this.replaceSubject({ ...subject, saved: this.actions.savedOf(subject.item) }),
    );
  }

  private submit(event: MouseEvent, draft: ItemDraft): void {
    const subject = this.shown?.subject;
    if (!byAnalyst(event) || !subject) return;
    if (subject.kind === 'new-highlight') {
      this.run(() => this.actions.saveHighlight(draft), (saved) => this.replaceSubject({ kind: 'own-highlight', saved }));
      return;
    }
    const saved = subject.saved;
    if (!saved) return;
    const edit = editFrom(saved, draft);
    if (!edit.ok) return this.settle({ phase: 'failed', error: edit.error });
    if (edit.value === undefined) return;
    const changes = edit.value;
    this.run(() => this.actions.update(saved, changes), (updated) => this.replaceSubject({ ...subject, saved: updated }));
  }

  private delete(event: MouseEvent): void {
    const subject = this.shown?.subject;
    const saved = subject?.kind === 'new-highlight' ? undefined : subject?.saved;
    if (!byAnalyst(event) || !subject || !saved) return;
    this.run(
      () => this.actions.delete(saved),
      () => {
        if (subject.kind === 'page-item') this.replaceSubject({ ...subject, saved: undefined });
        this.settle({ phase: 'deleted', item: saved });
      },
    );
  }

  private undo(event: MouseEvent): void {
    const subject = this.shown?.subject;
    if (!byAnalyst(event) || !subject || this.state.phase !== 'deleted') return;
    const deleted = this.state.item;
    this.run(
      () => this.actions.restore(deleted),
      (saved) => this.replaceSubject(subject.kind === 'page-item' ? { ...subject, saved } : { kind: 'own-highlight', saved }),
    );
  }

  /** Puts the citation of the item shown on the clipboard, for the analyst's click only. */
  private async copyCitation(event: MouseEvent): Promise<void> {
    const subject = this.shown?.subject;
    if (!byAnalyst(event) || !subject || subject.kind === 'new-highlight') throw new Error('not the analyst’s click');
    const saved = subject.saved;
    const text = subject.kind === 'page-item' ? subject.item.text : subject.saved.text;
    const citation = citationText({
      text,
      title: saved?.title ?? this.document.title,
      url: saved?.url ?? pageUrl(this.document.URL),
      date: saved ? new Date(saved.createdAt) : new Date(),
    });
    await this.document.defaultView!.navigator.clipboard.writeText(citation);
  }

  private render(): void {
    const mount = this.mountPoint();
    if (!this.shown) {
      render(null, mount);
      return;
    }
    const { subject, box, above } = this.shown;
    render(
      h('div', { class: 'position', style: this.position(box, above) }, [
        h(ItemCard, {
          subject,
          state: this.state,
          onSave: (event) => this.save(event),
          onSubmit: (event, draft) => this.submit(event, draft),
          onDelete: (event) => this.delete(event),
          onUndo: (event) => this.undo(event),
          onClose: (event) => byAnalyst(event) && this.hide(),
          onCopyCitation: (event) => this.copyCitation(event),
        }),
      ]),
      mount,
    );
  }

  /** Below the item's line, or `above` it. */
  private position(line: DOMRect, above: boolean): Record<string, string> {
    const view = this.document.defaultView!;
    const left = `${Math.max(EDGE_MARGIN, Math.min(line.left, view.innerWidth - CARD_WIDTH - EDGE_MARGIN))}px`;
    return above
      ? { position: 'fixed', left, bottom: `${view.innerHeight - line.top + GAP}px` }
      : { position: 'fixed', left, top: `${line.bottom + GAP}px` };
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

/** What tells two subjects apart: the page item, the saved highlight, or a new selection. */
function subjectKey(subject: CardSubject): string {
  if (subject.kind === 'page-item') return `page-item ${subject.item.id}`;
  return subject.kind === 'own-highlight' ? `highlight ${subject.saved.id}` : `new ${subject.text}`;
}
