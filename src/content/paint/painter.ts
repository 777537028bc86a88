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
  /** Draws these items, whose spans are offsets in `model`'s text. */
  paint(model: TextModel, drawings: readonly ItemDrawing[]): void;
  /** Takes the drawings of these item ids off the page, where the painter can. */
  erase(ids: readonly string[]): void;
  /** Makes a range stand out for `durationMs`. */
  flash(range: Range, durationMs: number): void;
}
