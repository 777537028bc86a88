/**
 * The saved items of the page the content script is on: kept from the last
 * listing, placed again in the page text after every scan, drawn where the
 * extractor has no item of their own, and listed as not found otherwise.
 */
import type { TextModel } from '../dom/text-model';
import type { PageItem, SavedItem } from '../shared/messages';
import type { ItemDrawing } from './paint/layers';
import type { Painter } from './paint/painter';
import { anchorSavedItems, type SavedAnchors } from './saved-anchors';

/** What the saved items are placed in. */
export interface SavedItemsPage {
  /** The current page text model. */
  readonly textModel: TextModel;
  /** The current page items. */
  items(): PageItem[];
}

/** The page's saved items and where they are. */
export class SavedOnPage {
  private saved: SavedItem[] = [];
  private anchors: SavedAnchors = { placed: [], notFound: [] };
  private byPageItem = new Map<string, SavedItem>();
  private drawn: string[] = [];
  /** The text the saved items were last placed in; undefined when they must be placed again. */
  private placedIn: string | undefined;

  constructor(
    private readonly page: SavedItemsPage,
    private readonly painter: Painter,
  ) {}

  /** Takes these as the page's saved items (a fresh listing) and places them. */
  setSaved(items: readonly SavedItem[]): void {
    this.saved = [...items];
    this.placedIn = undefined;
    this.place();
  }

  /** Adds items just saved (or replaces them, by id) and places them. */
  addSaved(items: readonly SavedItem[]): void {
    const ids = new Set(items.map((item) => item.id));
    this.saved = [...this.saved.filter((item) => !ids.has(item.id)), ...items];
    this.placedIn = undefined;
    this.place();
  }

  /**
   * Places the saved items again in the current page text, as after a scan;
   * nothing to do when the text is the one they were placed in (page item ids
   * are made from offsets and text, so they are the same too).
   */
  place(): void {
    const { text } = this.page.textModel;
    if (text === this.placedIn) return;
    this.placedIn = text;
    this.anchors = anchorSavedItems(text, this.page.items(), this.saved);
    this.byPageItem = new Map(
      this.anchors.placed.flatMap(({ saved, pageItemId }) => (pageItemId === undefined ? [] : [[pageItemId, saved]])),
    );
    this.redraw();
  }

  /** Whether the page item with this id is saved. */
  isSaved(pageItemId: string): boolean {
    return this.byPageItem.has(pageItemId);
  }

  /** The saved item found at the page item with this id, if any. */
  savedAs(pageItemId: string): SavedItem | undefined {
    return this.byPageItem.get(pageItemId);
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
    this.painter.erase(this.drawn);
    this.drawn = [];
    if (this.painter.splitsTextNodes) return;
    // The analyst's own highlights are drawn only in the closed overlay (see saved-overlay.ts).
    const drawings: ItemDrawing[] = this.anchors.placed
      .filter((placed) => placed.pageItemId === undefined && placed.saved.kind !== 'highlight')
      .map(({ saved, anchor }) => ({
        id: `saved-${saved.id}`,
        spans: [{ layer: saved.kind === 'commitment' ? 'commitment' : 'indicator', start: anchor.start, end: anchor.end }],
      }));
    this.painter.paint(this.page.textModel, drawings);
    this.drawn = drawings.map((drawing) => drawing.id);
  }
}
