/**
 * The saved items of the page the content script is on: kept from the last
 * listing, placed again in the page text after every scan, drawn where the
 * extractor has no item of their own, and listed as not found otherwise.
 */
import type { TextModel } from '../dom/text-model';
import type { PageItem, SavedItem } from '../shared/messages';
import type { ItemDrawing } from './paint/layers';
import type { Painter } from './paint/painter';
import { forEachInSlices } from './cooperative';
import { anchorSavedItem, type ItemsOverlapping, type ItemSpan, type SavedAnchors } from './saved-anchors';

/** What the saved items are placed in. */
export interface SavedItemsPage {
  /** The current page text model. */
  readonly textModel: TextModel;
  /** The current page items of `kind` that share a character with `[start, end)`, in text order. */
  itemsOverlapping(kind: PageItem['kind'], start: number, end: number): readonly ItemSpan[];
}

/** A placing of the saved items under way. */
interface Placing {
  /** The page text they are placed in. */
  text: string;
  /** The saved items placed. */
  saved: readonly SavedItem[];
  /** Resolves once they are placed and drawn (or a later placing is). */
  done: Promise<void>;
}

/** The page's saved items and where they are. */
export class SavedOnPage {
  /** The saved items, as last listed or stored. */
  private saved: SavedItem[] = [];
  /** The same saved items by their id. */
  private byId = new Map<string, SavedItem>();
  private anchors: SavedAnchors = { placed: [], notFound: [] };
  private byPageItem = new Map<string, SavedItem>();
  private drawn: string[] = [];
  /** The text the saved items were last placed in; undefined when they must be placed again. */
  private placedIn: string | undefined;
  /** The placing under way, if any. */
  private placing: Placing | undefined;

  constructor(
    private readonly page: SavedItemsPage,
    private readonly painter: Painter,
  ) {}

  /** Takes these as the page's saved items (a fresh listing) and places them; resolves once they are. */
  setSaved(items: readonly SavedItem[]): Promise<void> {
    this.saved = [...items];
    this.byId = new Map(this.saved.map((item) => [item.id, item]));
    this.placedIn = undefined;
    return this.place();
  }

  /** Adds items just saved (or replaces them, by id) and places them; resolves once they are. */
  addSaved(items: readonly SavedItem[]): Promise<void> {
    const ids = new Set(items.map((item) => item.id));
    this.saved = [...this.saved.filter((item) => !ids.has(item.id)), ...items];
    for (const item of items) this.byId.set(item.id, item);
    this.placedIn = undefined;
    return this.place();
  }

  /**
   * Places the saved items again in the current page text, as after a scan, a
   * saved item at a time in slices; resolves once they are placed and drawn.
   * Nothing to do when the text is the one they were placed in (page item ids
   * are made from offsets and text, so they are the same too). Until then,
   * what was placed before stays; a placing overtaken by a later one (new
   * text, other saved items) is dropped and the later one awaited.
   */
  place(): Promise<void> {
    const { text } = this.page.textModel;
    if (text === this.placedIn) return Promise.resolve();
    if (this.placing?.text === text && this.placing.saved === this.saved) return this.placing.done;
    const saved = this.saved;
    const anchors: SavedAnchors = { placed: [], notFound: [] };
    const pageItems: ItemsOverlapping = (kind, start, end) => this.page.itemsOverlapping(kind, start, end);
    const placing: Placing = {
      text,
      saved,
      done: forEachInSlices(saved, (item) => anchorSavedItem(text, pageItems, item, anchors)).then((): Promise<void> | undefined => {
        if (this.placing !== placing) return this.placing?.done;
        this.placing = undefined;
        // The page changed while they were placed: the scan that follows the change places them again.
        if (this.page.textModel.text !== text) return undefined;
        this.placedIn = text;
        this.anchors = anchors;
        this.byPageItem = new Map(anchors.placed.flatMap(({ saved, pageItemId }) => (pageItemId === undefined ? [] : [[pageItemId, saved]])));
        this.redraw();
      }),
    };
    this.placing = placing;
    return placing.done;
  }

  /** True when the saved items were last placed in this page text (their anchors are offsets in it). */
  isPlacedIn(text: string): boolean {
    return this.placedIn === text;
  }

  /** Whether the page item with this id is saved. */
  isSaved(pageItemId: string): boolean {
    return this.byPageItem.has(pageItemId);
  }

  /** The saved item found at the page item with this id, if any. */
  savedAs(pageItemId: string): SavedItem | undefined {
    return this.byPageItem.get(pageItemId);
  }

  /** The saved item with this id, as last listed or stored, placed or not. */
  savedById(id: string): SavedItem | undefined {
    return this.byId.get(id);
  }

  /** Ids of the page items that are saved. */
  savedItemIds(): string[] {
    return [...this.byPageItem.keys()];
  }

  /** Saved items found on the page. */
  placed(): SavedAnchors['placed'] {
    return this.anchors.placed;
  }

  /** Saved items of this page's URL that its text no longer holds. */
  notFound(): SavedItem[] {
    return this.anchors.notFound;
  }

  /**
   * Draws the saved items placed where no page item is. Painters that wrap
   * text in elements are left out: their drawing would move the text model's
   * nodes under the scanner; those items are still placed and listed.
   */
  private redraw(): void {
    if (this.painter.splitsTextNodes) return;
    // The analyst's own highlights are drawn only in the closed overlay (see saved-overlay.ts).
    const drawings: ItemDrawing[] = this.anchors.placed
      .filter((placed) => placed.pageItemId === undefined && placed.saved.kind !== 'highlight')
      .map(({ saved, anchor }) => ({
        id: `saved-${saved.id}`,
        spans: [{ layer: saved.kind === 'commitment' ? 'commitment' : 'indicator', start: anchor.start, end: anchor.end }],
      }));
    // Only what is no longer drawn is erased: the painter leaves the ranges of items that did not move as they are.
    const ids = new Set(drawings.map((drawing) => drawing.id));
    this.painter.erase(this.drawn.filter((id) => !ids.has(id)));
    this.painter.paint(this.page.textModel, drawings);
    this.drawn = [...ids];
  }
}
