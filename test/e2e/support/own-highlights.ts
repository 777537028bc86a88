/** Selecting text with the mouse, and what Policy Lens shows of saved items, read in the content script's world. */
import type { Page } from 'playwright-core';
import type { ContentWorld } from './content-world';

/** A viewport point. */
export interface Point {
  /** Distance from the viewport's left edge. */
  x: number;
  /** Distance from the viewport's top edge. */
  y: number;
}

/**
 * Scrolls the first occurrence of `phrase` into view and, unless told not to,
 * selects it by dragging the mouse over it. Returns the middle of its first
 * character.
 */
export async function selectPhrase(page: Page, phrase: string, options: { select?: boolean } = {}): Promise<Point> {
  const ends = await page.evaluate((words) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(words);
      if (at === -1) continue;
      node.parentElement!.scrollIntoView({ block: 'center' });
      const box = (from: number) => {
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, from + 1);
        return range.getBoundingClientRect();
      };
      const first = box(at);
      const last = box(at + words.length - 1);
      return {
        start: { x: first.left + 1, y: first.top + first.height / 2 },
        end: { x: last.right - 1, y: last.top + last.height / 2 },
        middle: { x: first.left + first.width / 2, y: first.top + first.height / 2 },
      };
    }
    throw new Error(`No text ${words} in the page`);
  }, phrase);
  if (options.select !== false) {
    await page.mouse.move(ends.start.x, ends.start.y);
    await page.mouse.down();
    await page.mouse.move(ends.end.x, ends.end.y, { steps: 5 });
    await page.mouse.up();
  }
  return ends.middle;
}

/** The middle of the Highlight button shown beside the selection, or null when none is shown. */
export function selectionButton(world: ContentWorld): Promise<Point | null> {
  return world.evaluate<Point | null>(`(() => {
    const host = document.querySelector('policy-lens-selection');
    const button = host && chrome.dom.openOrClosedShadowRoot(host).querySelector('button');
    if (!button) return null;
    const box = button.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  })()`);
}

/** The kind of saved drawing over a viewport point (`highlight`, `saved-indicator`, `saved-commitment`), or null for none. */
export function savedDrawingAt(world: ContentWorld, point: Point): Promise<string | null> {
  return world.evaluate<string | null>(`(() => {
    const root = chrome.dom.openOrClosedShadowRoot(document.querySelector('policy-lens-overlay'));
    for (const box of root.querySelectorAll('.mark')) {
      const rect = box.getBoundingClientRect();
      if (${point.x} >= rect.left && ${point.x} <= rect.right && ${point.y} >= rect.top && ${point.y} <= rect.bottom) {
        return box.classList[1];
      }
    }
    return null;
  })()`);
}
