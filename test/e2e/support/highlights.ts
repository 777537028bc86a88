/**
 * Reads what Policy Lens has drawn on a page from the document's CSS highlight
 * registry. Only the items near the viewport are in the registry: what is
 * drawn over the whole page is read by scrolling through it.
 */
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

/**
 * Scrolls the first range of a layer to the middle of the viewport and
 * returns its centre in viewport coordinates (null when the layer is empty),
 * with the text it covers.
 */
export async function firstRangeInLayer(page: Page, layer: Layer): Promise<{ x: number; y: number; text: string } | null> {
  return page.evaluate((name) => {
    const [range] = Array.from(CSS.highlights.get(name) ?? []) as Range[];
    if (!range) return null;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const box = range.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2, text: range.toString() };
  }, highlightName(layer));
}

/**
 * The texts drawn in each layer over the whole page: the page is scrolled
 * from top to bottom a viewport height at a time, each step read once the
 * highlights have stayed the same for two frames (the observer reports after
 * a frame), then scrolled back to the top. Each range is counted once.
 */
export async function drawnOverWholePage(page: Page): Promise<DrawnLayers> {
  const names = Object.fromEntries(LAYERS.map((layer) => [layer, highlightName(layer)]));
  return page.evaluate(async (byLayer) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const count = () => Object.values(byLayer).reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0);
    const settled = async () => {
      let last = -1;
      for (let same = 0; same < 2; ) {
        await frame();
        const now = count();
        same = now === last ? same + 1 : 0;
        last = now;
      }
    };
    const seen = Object.fromEntries(Object.keys(byLayer).map((layer) => [layer, new Set<AbstractRange>()]));
    for (let top = 0; ; top += innerHeight) {
      scrollTo(0, top);
      await settled();
      for (const [layer, name] of Object.entries(byLayer)) for (const range of CSS.highlights.get(name) ?? []) seen[layer]!.add(range);
      if (top + innerHeight >= document.documentElement.scrollHeight) break;
    }
    scrollTo(0, 0);
    await settled();
    return Object.fromEntries(Object.entries(seen).map(([layer, ranges]) => [layer, [...ranges].map((range) => (range as Range).toString())])) as DrawnLayers;
  }, names);
}

/** How a layer looks: the background of its highlight at the root element and in the element holding its first range's text. */
export interface LayerLook {
  /** The tag of the element holding the first range's text. */
  holder: string;
  /** The highlight's background colour at the root element. */
  atRoot: string;
  /** The same in the element holding the text. */
  atHolder: string;
}

/** The look of every layer with a range drawn, as the page's computed styles give it. */
export async function layerLooks(page: Page): Promise<Partial<Record<Layer, LayerLook>>> {
  const names = Object.fromEntries(LAYERS.map((layer) => [layer, highlightName(layer)]));
  return page.evaluate((byLayer) => {
    const looks: Record<string, LayerLook> = {};
    const background = (element: Element, name: string): string => getComputedStyle(element, `::highlight(${name})`).backgroundColor;
    for (const [layer, name] of Object.entries(byLayer)) {
      const [range] = Array.from(CSS.highlights.get(name) ?? []) as Range[];
      const holder = range?.startContainer.parentElement;
      if (!holder) continue;
      looks[layer] = { holder: holder.tagName, atRoot: background(document.documentElement, name), atHolder: background(holder, name) };
    }
    return looks;
  }, names);
}
