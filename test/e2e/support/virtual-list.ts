/**
 * Reading a virtualised list in an extension page: only the rows in view
 * exist, so these scroll the list from top to bottom and gather what passes by.
 */
import type { Page } from 'playwright-core';

/** A row of the list as the page shows it. */
export interface ListedRow {
  /** Its `data-item-id`. */
  id: string;
  /** Its `data-saved`, when it has one. */
  saved: string | null;
}

/**
 * Every item row of the virtualised list matched by `listSelector` (the first
 * on the page), in order, found by scrolling it through.
 */
export async function listedRows(page: Page, listSelector = '.virtual-list'): Promise<ListedRow[]> {
  return page.evaluate(async (selector) => {
    const list = document.querySelector<HTMLElement>(selector);
    if (!list) return [];
    const seen = new Map<string, string | null>();
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    // A tall viewport renders many rows at each step: long lists are read in a few steps, not hundreds.
    const style = list.getAttribute('style') ?? '';
    list.style.flex = 'none';
    list.style.height = '8000px';
    await frame();
    await frame();
    for (let top = 0; ; top += list.clientHeight) {
      list.scrollTop = top;
      await frame();
      for (const row of list.querySelectorAll<HTMLElement>('[data-item-id]')) {
        seen.set(row.dataset.itemId!, row.dataset.saved ?? null);
      }
      if (top + list.clientHeight >= list.scrollHeight) break;
    }
    list.setAttribute('style', style);
    list.scrollTop = 0;
    await frame();
    return [...seen].map(([id, saved]) => ({ id, saved }));
  }, listSelector);
}

/** Scrolls the virtualised list until the row of item `id` is rendered; false when it is not in the list. */
export async function revealRow(page: Page, id: string, listSelector = '.virtual-list'): Promise<boolean> {
  return page.evaluate(
    async ({ selector, itemId }) => {
      const list = document.querySelector<HTMLElement>(selector);
      if (!list) return false;
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      for (let top = 0; ; top += list.clientHeight) {
        list.scrollTop = top;
        await frame();
        const row = list.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(itemId)}"]`);
        if (row) {
          row.scrollIntoView({ block: 'nearest' });
          await frame();
          return true;
        }
        if (top + list.clientHeight >= list.scrollHeight) return false;
      }
    },
    { selector: listSelector, itemId: id },
  );
}
