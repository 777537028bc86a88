/** What draws items on the page, whichever way the browser allows. */
import type { TextModel } from '../../dom/text-model';
import type { ItemDrawing } from './layers';

/** Draws items on the page and takes them off again. */
export interface Painter {
  /**
   * True when drawing splits the page's text nodes (wrapping text in
   * elements): the text model stays right in its text but its segment table
   * goes stale, so it must be built again after `paint`.
   */
  readonly splitsTextNodes: boolean;
  /**
   * Draws these items, whose spans are offsets in `model`'s text. An item
   * drawn already is drawn where its spans are now; its ranges stay as they
   * are where they did not move.
   */
  paint(model: TextModel, drawings: readonly ItemDrawing[]): void;
  /**
   * Told that the page's text model was made again (the page changed): these
   * items, drawn already, are at these spans of `model` now. A painter that
   * makes its drawing from the spans when needed takes them, as `paint` does;
   * one whose drawing is in the page's DOM, which the text carries along,
   * has nothing to do.
   */
  moved(model: TextModel, drawings: readonly ItemDrawing[]): void;
  /** Takes the drawings of these item ids off the page, where the painter can. */
  erase(ids: readonly string[]): void;
  /** Makes a range stand out for `durationMs`, at once. */
  flash(range: Range, durationMs: number): void;
  /**
   * True while drawings and erasures asked for wait to go to the page
   * together, in the painter's next batch, or (where the painter draws only
   * near the viewport) to be told near the viewport or not.
   */
  readonly waiting: boolean;
  /** Resolves once every drawing and erasure asked for so far is on the page: drawn if near the viewport, ready to be drawn when it comes near. */
  drawn(): Promise<void>;
  /** Told that the page's own content changed just now: a painter may hold its next batch until the page pauses. */
  pageChanged(): void;
}
