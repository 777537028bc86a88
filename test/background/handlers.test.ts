import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSavedItemStore, openPolicyLensDb, type PolicyLensDb, type SavedItemStore } from '../../src/background/db';
import {
  BADGE_COLOR,
  badgeText,
  handleMessage,
  type BackgroundDeps,
  type BadgeApi,
} from '../../src/background/handlers';
import type { Sender } from '../../src/background/senders';
import { extract } from '../../src/extractor';
import { readJsonExport } from '../../src/shared/export/json';
import { contentKey } from '../../src/shared/content-key';
import type { SavedItem } from '../../src/shared/messages';
import { toPageItem } from '../../src/shared/page-item';
import { newSavedItemFrom } from '../../src/shared/saved-item';
import {
  PARKS_PAGE,
  SAFETY_PAGE,
  corpusText,
  projectTarget,
  reformPledge,
  taxIndicator,
} from '../shared/corpus-fixtures';
import { steppingClock, useEmptyIndexedDb } from './fake-db';

/** A badge that remembers what each tab shows. */
class FakeBadge implements BadgeApi {
  readonly text = new Map<number, string>();
  readonly color = new Map<number, string>();
  async setBadgeText({ tabId, text }: { tabId: number; text: string }): Promise<void> {
    this.text.set(tabId, text);
  }
  async setBadgeBackgroundColor({ tabId, color }: { tabId: number; color: string }): Promise<void> {
    this.color.set(tabId, color);
  }
}

const CONTENT_OF_TAB_7: Sender = { kind: 'page', tabId: 7, url: `${SAFETY_PAGE.url}#top` };
const POPUP: Sender = { kind: 'extension-page' };

let db: PolicyLensDb;
let store: SavedItemStore;
let badge: FakeBadge;
let deps: BackgroundDeps;

beforeEach(async () => {
  useEmptyIndexedDb();
  db = await openPolicyLensDb();
  store = createSavedItemStore(db, steppingClock());
  badge = new FakeBadge();
  deps = { store: vi.fn(async () => store), badge, now: () => new Date(2026, 10, 23, 10, 0, 0) };
});

afterEach(() => db.close());

/** Sends a message from the popup and returns the answer, failing on an error answer. */
async function ask(message: unknown): Promise<Record<string, unknown>> {
  const response = await handleMessage(message, POPUP, deps);
  if (!response.ok) throw new Error(response.error);
  return response as unknown as Record<string, unknown>;
}

describe('the toolbar badge', () => {
  it('shows the item count on the sender’s tab in a readable colour and notes the page', async () => {
    const response = await handleMessage(
      { type: 'content-to-background/page-item-count', count: 42 },
      CONTENT_OF_TAB_7,
      deps,
    );
    expect(response).toEqual({ ok: true });
    expect(badge.text.get(7)).toBe('42');
    expect(badge.color.get(7)).toBe(BADGE_COLOR);
    expect(await store.page(SAFETY_PAGE.url)).toMatchObject({ itemCount: 42, savedCount: 0 });
  });

  it('hides the badge of a page without items and keeps no trace of the page', async () => {
    await handleMessage({ type: 'content-to-background/page-item-count', count: 0 }, CONTENT_OF_TAB_7, deps);
    expect(badge.text.get(7)).toBe('');
    expect(await store.page(SAFETY_PAGE.url)).toBeUndefined();
  });

  it('shortens very large counts to fit the badge', () => {
    expect([0, 1, 999, 1000, 25_000].map(badgeText)).toEqual(['', '1', '999', '999+', '999+']);
  });

  it('refuses a count that does not come from a tab', async () => {
    const response = await handleMessage({ type: 'content-to-background/page-item-count', count: 3 }, POPUP, deps);
    expect(response).toEqual({ ok: false, error: 'page-item-count must come from a page’s content script' });
    expect(badge.text.size).toBe(0);
  });

  it('answers with an error when the tab is gone', async () => {
    badge.setBadgeText = () => Promise.reject(new Error('No tab with id: 7.'));
    const response = await handleMessage(
      { type: 'content-to-background/page-item-count', count: 3 },
      CONTENT_OF_TAB_7,
      deps,
    );
    expect(response).toEqual({ ok: false, error: 'content-to-background/page-item-count failed: No tab with id: 7.' });
  });
});

describe('saved items', () => {
  it('saves, lists, edits and deletes through messages', async () => {
    const { saved } = await ask({ type: 'to-background/save-items', items: [taxIndicator(), projectTarget()] });
    const [tax, target] = saved as SavedItem[];
    expect(tax).toMatchObject({ id: 'item-1', url: SAFETY_PAGE.url, text: taxIndicator().text });

    expect(await ask({ type: 'to-background/list-saved', url: `${PARKS_PAGE.url}#x` })).toEqual({
      ok: true,
      items: [target],
    });

    const { item } = await ask({ type: 'to-background/update-saved', id: tax!.id, note: '同行业第一', tags: ['纳税'] });
    expect(item).toMatchObject({ id: tax!.id, note: '同行业第一', tags: ['纳税'] });

    expect(await ask({ type: 'to-background/delete-saved', id: target!.id })).toEqual({ ok: true });
    expect(await ask({ type: 'to-background/list-saved' })).toEqual({ ok: true, items: [item] });
  });

  it('does not duplicate a page item saved again from the popup or the page', async () => {
    await ask({ type: 'to-background/save-items', items: [taxIndicator()] });
    await handleMessage({ type: 'to-background/save-items', items: [taxIndicator()] }, CONTENT_OF_TAB_7, deps);
    const { items } = await ask({ type: 'to-background/list-saved' });
    expect(items).toHaveLength(1);
  });

  it('saves all items the extractor finds on the largest corpus page, each distinct item once, and saving all again adds none', async () => {
    const text = corpusText('001_66774ca9e7b2c39c.txt');
    const items = extract(text).map((item) => newSavedItemFrom(toPageItem(item, text), PARKS_PAGE));
    expect(items.length).toBeGreaterThan(100);
    // The scraped page carries some speeches twice: the same words in the same surroundings are one item.
    const distinct = [...new Map(items.map((item) => [contentKey(item), item])).values()];
    expect(distinct.length).toBeLessThan(items.length);

    const first = await ask({ type: 'to-background/save-items', items });
    expect(first.saved).toHaveLength(items.length);
    await ask({ type: 'to-background/save-items', items });
    const { items: stored } = await ask({ type: 'to-background/list-saved', url: PARKS_PAGE.url });
    expect(stored).toHaveLength(distinct.length);
    expect((stored as SavedItem[]).map((item) => item.contentKey).sort()).toEqual(distinct.map(contentKey).sort());
  }, 30_000);

  it('answers an edit of a missing item with an error', async () => {
    expect(await handleMessage({ type: 'to-background/update-saved', id: 'gone', note: 'x' }, POPUP, deps)).toEqual({
      ok: false,
      error: 'no saved item with id "gone"',
    });
  });

  it('accepts deleting an item that is already gone', async () => {
    expect(await ask({ type: 'to-background/delete-saved', id: 'gone' })).toEqual({ ok: true });
  });

  it('keeps everything in the database, so a restarted worker sees the same items', async () => {
    await ask({ type: 'to-background/save-items', items: [taxIndicator(), reformPledge()] });
    const restarted: BackgroundDeps = { ...deps, store: async () => createSavedItemStore(await openPolicyLensDb()) };
    const response = await handleMessage({ type: 'to-background/list-saved' }, POPUP, restarted);
    expect(response.ok && 'items' in response && response.items.map((i) => i.text)).toEqual([
      taxIndicator().text,
      reformPledge().text,
    ]);
  });
});

describe('malformed messages', () => {
  it.each([
    [undefined],
    [{ type: 'to-background/save-items', items: [{ ...taxIndicator(), kind: 'table' }] }],
    [{ type: 'to-background/save-items', items: [taxIndicator(), { ...reformPledge(), tags: 'x' }] }],
    [{ type: 'to-background/update-saved', id: 'item-1', tags: Array(100).fill('t') }],
    [{ type: 'popup-to-content/scroll-to-item', itemId: 'a' }],
  ])('answers %j with an error and stores nothing', async (message) => {
    const response = await handleMessage(message, CONTENT_OF_TAB_7, deps);
    expect(response.ok).toBe(false);
    expect(!response.ok && response.error).toMatch(/^message/);
    expect(deps.store).not.toHaveBeenCalled();
    expect(await store.list()).toEqual([]);
  });

  it('answers with an error when the database cannot be opened', async () => {
    deps.store = () => Promise.reject(new DOMException('The user denied permission', 'UnknownError'));
    expect(await handleMessage({ type: 'to-background/list-saved' }, POPUP, deps)).toEqual({
      ok: false,
      error: 'to-background/list-saved failed: The user denied permission',
    });
  });
});

describe('export', () => {
  beforeEach(async () => {
    await ask({ type: 'to-background/save-items', items: [taxIndicator(), reformPledge(), projectTarget()] });
  });

  it('gives every saved item as a dated CSV file', async () => {
    const file = await ask({ type: 'popup-to-background/export', format: 'csv' });
    expect(file).toMatchObject({ ok: true, filename: 'policy-lens-2026-11-23.csv', mimeType: 'text/csv;charset=utf-8' });
    const lines = (file.content as string).split('\r\n');
    expect(lines[0]).toBe('\uFEFFkind,subtype,metric,value,unit,change,period,deadline,text,page title,URL,saved at');
    expect(lines.slice(1, 4).map((line) => line.split(',')[0])).toEqual(['indicator', 'commitment', 'commitment']);
  });

  it('gives every saved item as a JSON file that reads back to the stored items', async () => {
    const file = await ask({ type: 'popup-to-background/export', format: 'json' });
    expect(file).toMatchObject({ filename: 'policy-lens-2026-11-23.json', mimeType: 'application/json' });
    expect(readJsonExport(file.content as string)).toEqual({ ok: true, value: await store.list() });
  });
});
