import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSavedItemStore, openPolicyLensDb, type PolicyLensDb, type SavedItemStore } from '../../src/background/db';
import { handleMessage, type BackgroundDeps } from '../../src/background/handlers';
import { senderOf, type Sender } from '../../src/background/senders';
import { PARKS_PAGE, SAFETY_PAGE, projectTarget, taxIndicator } from '../shared/corpus-fixtures';
import { steppingClock, useEmptyIndexedDb } from './fake-db';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('telling senders apart', () => {
  it.each<[string, Parameters<typeof senderOf>[0], Sender]>([
    ['the popup', { id: ID, url: `${ORIGIN}src/popup/index.html` }, { kind: 'extension-page' }],
    [
      'an extension page in a tab',
      { id: ID, url: `${ORIGIN}library.html`, tab: { id: 4, url: `${ORIGIN}library.html` } },
      { kind: 'extension-page' },
    ],
    [
      'a content script',
      { id: ID, url: `${SAFETY_PAGE.url}#top`, tab: { id: 7, url: SAFETY_PAGE.url } },
      { kind: 'page', tabId: 7, url: `${SAFETY_PAGE.url}#top` },
    ],
    ['another extension', { id: 'zzzz', url: `chrome-extension://zzzz/popup.html` }, { kind: 'unknown' }],
    ['a sender without URL', { id: ID }, { kind: 'unknown' }],
    ['a web page without tab', { id: ID, url: SAFETY_PAGE.url }, { kind: 'unknown' }],
    [
      'an extension URL in a web page’s tab',
      { id: ID, url: `${ORIGIN}src/popup/index.html`, tab: { id: 7, url: SAFETY_PAGE.url } },
      { kind: 'unknown' },
    ],
    ['a data: frame', { id: ID, url: 'data:text/html,<p>x</p>', tab: { id: 7 } }, { kind: 'unknown' }],
  ])('%s', (_, sender, expected) => {
    expect(senderOf(sender, ID, ORIGIN)).toEqual(expected);
  });
});

describe('what each sender may do', () => {
  const POPUP: Sender = { kind: 'extension-page' };
  const SAFETY_TAB: Sender = { kind: 'page', tabId: 7, url: SAFETY_PAGE.url };
  const STRANGER: Sender = { kind: 'unknown' };
  let db: PolicyLensDb;
  let store: SavedItemStore;
  let deps: BackgroundDeps;

  beforeEach(async () => {
    useEmptyIndexedDb();
    db = await openPolicyLensDb();
    store = createSavedItemStore(db, steppingClock());
    deps = {
      store: async () => store,
      badge: { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined) },
      now: () => new Date(2026, 10, 23),
    };
  });

  afterEach(() => db.close());

  it('lets a page save, list, edit and delete its own items', async () => {
    const saved = await handleMessage({ type: 'to-background/save-items', items: [taxIndicator()] }, SAFETY_TAB, deps);
    expect(saved.ok).toBe(true);
    const listed = await handleMessage({ type: 'to-background/list-saved', url: SAFETY_PAGE.url }, SAFETY_TAB, deps);
    expect(listed).toMatchObject({ ok: true, items: [{ text: taxIndicator().text }] });
    const [item] = await store.list();
    const edit = { type: 'to-background/update-saved', id: item!.id, note: '同比增长' };
    expect(await handleMessage(edit, SAFETY_TAB, deps)).toMatchObject({ ok: true, item: { note: '同比增长' } });
    expect(await handleMessage({ type: 'to-background/delete-saved', id: item!.id }, SAFETY_TAB, deps)).toEqual({ ok: true });
    expect(await store.list()).toEqual([]);
  });

  it.each([
    ['save another page’s item', { type: 'to-background/save-items', items: [taxIndicator(), projectTarget()] }, 'save-items: a page may only reach its own saved items'],
    ['list another page', { type: 'to-background/list-saved', url: PARKS_PAGE.url }, 'list-saved: a page may only reach its own saved items'],
    ['list every page', { type: 'to-background/list-saved' }, 'list-saved: a page may only reach its own saved items'],
    ['export', { type: 'popup-to-background/export', format: 'json' }, 'export must come from the extension’s own pages'],
  ])('refuses a page that tries to %s, and changes nothing', async (_, message, error) => {
    await store.save([projectTarget()]);
    const before = await store.list();
    expect(await handleMessage(message, SAFETY_TAB, deps)).toEqual({ ok: false, error });
    expect(await store.list()).toEqual(before);
  });

  it('refuses a page that edits or deletes another page’s item', async () => {
    const [other] = await store.save([projectTarget()]);
    expect(await handleMessage({ type: 'to-background/update-saved', id: other!.id, note: 'x' }, SAFETY_TAB, deps)).toEqual({
      ok: false,
      error: 'update-saved: a page may only reach its own saved items',
    });
    expect(await handleMessage({ type: 'to-background/delete-saved', id: other!.id }, SAFETY_TAB, deps)).toEqual({
      ok: false,
      error: 'delete-saved: a page may only reach its own saved items',
    });
    expect(await store.list()).toEqual([other]);
  });

  it('refuses a badge count from an extension page and everything from an unknown sender', async () => {
    expect(await handleMessage({ type: 'content-to-background/page-item-count', count: 3 }, POPUP, deps)).toEqual({
      ok: false,
      error: 'page-item-count must come from a page’s content script',
    });
    expect(deps.badge.setBadgeText).not.toHaveBeenCalled();
    expect(await handleMessage({ type: 'to-background/save-items', items: [taxIndicator()] }, STRANGER, deps)).toEqual({
      ok: false,
      error: 'save-items must come from the extension or a page’s content script',
    });
    expect(await store.list()).toEqual([]);
  });

  it('lets the extension’s pages reach every item', async () => {
    await store.save([taxIndicator(), projectTarget()]);
    const listed = await handleMessage({ type: 'to-background/list-saved' }, POPUP, deps);
    expect(listed.ok && 'items' in listed && listed.items).toHaveLength(2);
  });
});
