/** Card actions for tests: every request recorded, answering as a background that stores in memory would. */
import { vi } from 'vitest';
import type { CardActions } from '../../src/content/card/card-host';
import type { NewSavedItem, PageItem, SavedItem } from '../../src/shared/messages';
import { newSavedItemFrom } from '../../src/shared/saved-item';

/** The page the test items come from. */
export const TEST_PAGE = { url: 'http://127.0.0.1:8080/003_4ef620bd1e3cb09d.html', title: '工业区经济工作讲话' };

/** A new item as the store gives it back. */
export function stored(item: NewSavedItem, id = 'saved-1'): SavedItem {
  return { ...item, id, createdAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:00:00.000Z' };
}

/** The saved copy of a page item. */
export function savedCopy(item: PageItem, id = 'saved-1'): SavedItem {
  return stored(newSavedItemFrom(item, TEST_PAGE), id);
}

/** Card actions with spies; `overrides` replace any of them. */
export function cardActions(overrides: Partial<CardActions> = {}) {
  const actions = {
    save: vi.fn(async (_item: PageItem) => {}),
    savedOf: vi.fn((_item: PageItem): SavedItem | undefined => undefined),
    savedById: vi.fn((_id: string): SavedItem | undefined => undefined),
    opened: vi.fn(),
    saveHighlight: vi.fn(async (): Promise<SavedItem> => {
      throw new Error('no selection in this test');
    }),
    update: vi.fn(async (item: SavedItem, edit: Parameters<CardActions['update']>[1]) => ({
      ...item,
      ...edit,
      updatedAt: '2026-11-23T10:05:00.000Z',
    })),
    delete: vi.fn(async (_item: SavedItem) => {}),
    restore: vi.fn(async (item: SavedItem) => item),
    ...overrides,
  };
  return actions satisfies CardActions;
}
