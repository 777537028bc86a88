/** Reads what Policy Lens has drawn on a page from the document's CSS highlight registry. */
import type { Page } from 'playwright-core';
import { highlightName, LAYERS, type Layer } from '../../../src/content/paint/layers';

/** The text of every range in each layer, in the order the ranges were added. */
export type DrawnLayers = Record<Layer, string[]>;

/**
 * The texts drawn in each layer. The registry belongs to the document, so the
 * page's own world sees the highlights the content script registered in its
 * isolated world.
 */
export async function drawnLayers(page: Page): Promise<DrawnLayers> {
  const names = Object.fromEntries(LAYERS.map((layer) => [layer, highlightName(layer)]));
  return page.evaluate((byLayer) => {
    const drawn: Record<string, string[]> = {};
    for (const [layer, name] of Object.entries(byLayer)) {
      drawn[layer] = Array.from(CSS.highlights.get(name) ?? [], (range) => range.toString());
    }
    return drawn as DrawnLayers;
  }, names);
}
