/**
 * Reads what Policy Lens has drawn on a page from the document's CSS highlight
 * registry. Only the items near the viewport are in the registry: what is
 * drawn over the whole page is read by scrolling through it.
 */
import type { Page } from 'playwright-core';
import { highlightName, LAYERS, type Layer } from '../../../src/content/paint/layers';
import { SCROLL_SETTLE_MS, SWEPT_SHARE } from '../../../src/content/paint/near-viewport';

/**
 * Frames each step of {@link scrollThroughPage} lasts at least: two viewport
 * heights a step, more slowly than the extension takes for a fast scroll (one
 * whose paragraphs it draws only once it ends), so that each step is drawn as
 * soon as the observer reports on it.
 */
const STEP_FRAMES = Math.ceil(2 / SWEPT_SHARE) + 2;

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

/** The symbol (`Symbol.for` of this key) under which {@link scrollThroughPage} leaves, in the page's own world, the ranges drawn over the whole page by highlight name. */
export const DRAWN_OVER_PAGE = 'drawn-over-page';

/**
 * Scrolls the page from top to bottom two viewport heights at a time (what
 * is drawn reaches one viewport height beyond the viewport), each step read
 * once the highlights have stayed the same for two frames (the observer
 * reports after a frame) and {@link STEP_FRAMES} have passed, then back to the
 * top; leaves every range seen under {@link DRAWN_OVER_PAGE}, each once. At
 * the top, first and last, it waits for the end of a fast scroll as well: the
 * page jumps there from far down.
 */
export async function scrollThroughPage(page: Page): Promise<void> {
  const names = LAYERS.map(highlightName);
  await page.evaluate(
    async ([names, key, stepFrames, settleMs]) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const count = () => names.reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0);
      const settled = async () => {
        let last = -1;
        for (let same = 0, frames = 0; same < 2 || frames < stepFrames; frames++) {
          await frame();
          const now = count();
          same = now === last ? same + 1 : 0;
          last = now;
        }
      };
      const toTop = async () => {
        scrollTo(0, 0);
        await new Promise((resolve) => setTimeout(resolve, 2 * settleMs));
        await settled();
      };
      const seen = new Map(names.map((name) => [name, new Set<AbstractRange>()]));
      for (let top = 0; ; top += 2 * innerHeight) {
        if (top === 0) await toTop();
        else {
          scrollTo(0, top);
          await settled();
        }
        for (const name of names) for (const range of CSS.highlights.get(name) ?? []) seen.get(name)!.add(range);
        if (top + innerHeight >= document.documentElement.scrollHeight) break;
      }
      await toTop();
      (globalThis as Record<symbol, unknown>)[Symbol.for(key)] = Object.fromEntries([...seen].map(([name, ranges]) => [name, [...ranges]]));
    },
    [names, DRAWN_OVER_PAGE, STEP_FRAMES, SCROLL_SETTLE_MS] as const,
  );
}

/** The texts drawn in each layer over the whole page, read by {@link scrollThroughPage}. */
export async function drawnOverWholePage(page: Page): Promise<DrawnLayers> {
  await scrollThroughPage(page);
  const names = Object.fromEntries(LAYERS.map((layer) => [layer, highlightName(layer)]));
  return page.evaluate(
    ([byLayer, key]) => {
      const drawn = (globalThis as Record<symbol, Record<string, Range[]>>)[Symbol.for(key)]!;
      return Object.fromEntries(Object.entries(byLayer).map(([layer, name]) => [layer, (drawn[name] ?? []).map((range) => range.toString())])) as DrawnLayers;
    },
    [names, DRAWN_OVER_PAGE] as const,
  );
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
