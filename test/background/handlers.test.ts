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
import { readBackup } from '../../src/shared/export/json';
import { contentKey, contentKeysOf } from '../../src/shared/content-key';
import type { NewSavedItem, SavedItem, SaveItemsAnswer } from '../../src/shared/messages';
import { toPageItem } from '../../src/shared/page-item';
import { newSavedItemFrom } from '../../src/shared/saved-item';
import { storedItemsOf } from '../../src/shared/stored-item';
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

/** Saves from the popup and rebuilds the items as stored from the answer, as the senders do. */
async function save(items: NewSavedItem[]): Promise<SavedItem[]> {
  const answer = (await ask({ type: 'to-background/save-items', items })) as unknown as SaveItemsAnswer;
  return storedItemsOf(items, answer);
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
  it('answers a save before announcing the change, then announces it once', async () => {
    const announced: string[] = [];
    deps.announceSavedChange = () => announced.push('changed');
    await save([taxIndicator()]);
    expect(announced).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(announced).toEqual(['changed']);
  });

  it('answers a committed save as saved even when announcing the change fails', async () => {
    deps.announceSavedChange = () => {
      throw new Error('no receiving end');
    };
    const [tax] = await save([taxIndicator()]);
    expect(tax).toMatchObject({ id: 'item-1', text: taxIndicator().text });
    expect(await ask({ type: 'to-background/list-saved' })).toEqual({ ok: true, items: [tax] });
  });

  it('saves, lists, edits and deletes through messages', async () => {
    const [tax, target] = await save([taxIndicator(), projectTarget()]);
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

  it('answers a save with what storage added only, from which the sender rebuilds the stored items', async () => {
    const sent = { ...taxIndicator(), note: '超过去年全年', tags: ['纳税'] };
    expect(await ask({ type: 'to-background/save-items', items: [sent, projectTarget()] })).toEqual({
      ok: true,
      savedAt: '2026-11-23T08:00:00.000Z',
      receipts: [{ id: 'item-1' }, { id: 'item-2' }],
    });
    // Saved again with no note and another tag: the stored note stays, the tags are joined, the first save's time kept.
    const again = { ...taxIndicator(), url: `${SAFETY_PAGE.url}#again`, note: '', tags: ['2003'] };
    const answer = await ask({ type: 'to-background/save-items', items: [again] });
    expect(answer).toEqual({
      ok: true,
      savedAt: '2026-11-23T08:00:01.000Z',
      receipts: [{ id: 'item-1', createdAt: '2026-11-23T08:00:00.000Z', note: '超过去年全年', tags: ['纳税', '2003'] }],
    });
    const { items: stored } = await ask({ type: 'to-background/list-saved', url: SAFETY_PAGE.url });
    expect(storedItemsOf([again], answer as unknown as SaveItemsAnswer)).toEqual(stored);
  });

  it('does not duplicate a page item saved again from the popup or the page', async () => {
    await ask({ type: 'to-background/save-items', items: [taxIndicator()] });
    await handleMessage({ type: 'to-background/save-items', items: [taxIndicator()] }, CONTENT_OF_TAB_7, deps);
    const { items } = await ask({ type: 'to-background/list-saved' });
    expect(items).toHaveLength(1);
  });

  it('saves all items the extractor finds on the largest corpus page, each copy of a repeated passage too, and saving all again adds none', async () => {
    const text = corpusText('001_66774ca9e7b2c39c.txt');
    const pageItems = extract(text).map((item) => toPageItem(item, text));
    const keys = contentKeysOf(pageItems);
    const items = pageItems.map((item) => newSavedItemFrom(item, PARKS_PAGE, keys.get(item.id)));
    expect(items.length).toBeGreaterThan(100);
    // The scraped page carries some speeches twice: the same words in the same surroundings, counted apart.
    expect(new Set(pageItems.map(contentKey)).size).toBeLessThan(items.length);

    const first = await save(items);
    const again = await save(items);
    const { items: stored } = await ask({ type: 'to-background/list-saved', url: PARKS_PAGE.url });
    expect(stored).toHaveLength(items.length);
    expect((stored as SavedItem[]).map((item) => item.text)).toEqual(items.map((item) => item.text));
    // What the senders rebuild from the answers is what is stored: first as new items, then as the same items updated.
    expect(new Set(first.map((item) => item.id))).toEqual(new Set((stored as SavedItem[]).map((item) => item.id)));
    expect(again).toEqual(expect.arrayContaining(stored as SavedItem[]));
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

  it('lets a page put back an item of its own it deleted, exactly as it was (the card’s Undo)', async () => {
    const [saved] = await save([taxIndicator()]);
    const { item } = await ask({ type: 'to-background/update-saved', id: saved!.id, note: '同比' });
    await handleMessage({ type: 'to-background/delete-saved', id: (item as SavedItem).id }, CONTENT_OF_TAB_7, deps);

    const undo = { type: 'to-background/restore-saved', items: [item] };
    expect(await handleMessage(undo, CONTENT_OF_TAB_7, deps)).toEqual({ ok: true });
    expect(await ask({ type: 'to-background/list-saved' })).toEqual({ ok: true, items: [item] });
  });

  it('refuses a page putting back items of another page, or over an item still stored', async () => {
    const [tax, target] = await save([taxIndicator(), projectTarget()]);
    await ask({ type: 'to-background/delete-saved', id: target!.id });

    expect(await handleMessage({ type: 'to-background/restore-saved', items: [target] }, CONTENT_OF_TAB_7, deps)).toEqual({
      ok: false,
      error: 'restore-saved: a page may only reach its own saved items',
    });
    const rewritten = { ...tax!, note: '改写', createdAt: '2020-01-01T00:00:00.000Z' };
    expect(await handleMessage({ type: 'to-background/restore-saved', items: [rewritten] }, CONTENT_OF_TAB_7, deps)).toEqual({
      ok: false,
      error: 'restore-saved: a page may only put back items that were deleted',
    });
    expect(await ask({ type: 'to-background/list-saved' })).toEqual({ ok: true, items: [tax] });
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

  it('gives the saved items of one page as a CSV file named for the page', async () => {
    const file = await ask({ type: 'popup-to-background/export', format: 'csv', scope: { url: `${SAFETY_PAGE.url}#part2` } });
    expect(file).toMatchObject({ ok: true, filename: 'policy-lens-2026-11-23-page.csv', mimeType: 'text/csv;charset=utf-8' });
    const lines = (file.content as string).split('\r\n');
    expect(lines[0]!.startsWith('\uFEFFkind,subtype,status,metric,value,value high,unit,scale,change,basis,')).toBe(true);
    expect(lines.slice(1, -1).map((line) => line.split(',')[0])).toEqual(['indicator', 'commitment']);
  });

  it('gives the items of a filter, named for the library, and everything without a scope', async () => {
    const filtered = await ask({ type: 'popup-to-background/export', format: 'md', scope: { kind: 'commitment' } });
    expect(filtered.filename).toBe('policy-lens-2026-11-23-library.md');
    expect(filtered.content).toContain('# Policy Lens: 2 items from 2 pages');
    const all = await ask({ type: 'popup-to-background/export', format: 'w3c' });
    expect(all.filename).toBe('policy-lens-2026-11-23-all.jsonld');
    expect(JSON.parse(all.content as string).total).toBe(3);
  });

  it('gives the whole database as a JSON backup that reads back to the stored items and pages, whatever the scope', async () => {
    const file = await ask({ type: 'popup-to-background/export', format: 'json', scope: { url: PARKS_PAGE.url } });
    expect(file).toMatchObject({ filename: 'policy-lens-2026-11-23-backup.json', mimeType: 'application/json' });
    expect(readBackup(JSON.parse(file.content as string))).toEqual({
      ok: true,
      value: { items: await store.list(), pages: await store.pages() },
    });
  });
});

describe('import', () => {
  /** Starts over with an empty database, as in a fresh browser profile. */
  async function useFreshDatabase(): Promise<void> {
    db.close();
    useEmptyIndexedDb();
    db = await openPolicyLensDb();
    store = createSavedItemStore(db, steppingClock());
  }

  /** Every stored item and page, to check that a refused import changed nothing. */
  async function database(): Promise<unknown> {
    return { items: await store.list(), pages: await store.pages() };
  }

  async function backupOfSamples(): Promise<string> {
    await ask({ type: 'to-background/save-items', items: [taxIndicator(), reformPledge(), projectTarget()] });
    const file = await ask({ type: 'popup-to-background/export', format: 'json' });
    return file.content as string;
  }

  it('restores a backup into an empty database: export, import, export gives the same file', async () => {
    const backup = await backupOfSamples();
    const before = await database();
    await useFreshDatabase();
    expect(await ask({ type: 'to-background/import', content: backup })).toEqual({ ok: true, added: 3, alreadyThere: 0 });
    expect(await database()).toEqual(before);
    expect((await ask({ type: 'popup-to-background/export', format: 'json' })).content).toBe(backup);
  });

  it('imports a backup whose items keep no high end of a range, as files made before it was kept', async () => {
    const backup = JSON.parse(await backupOfSamples());
    expect(backup.items.some((item: { fields: { valueHigh?: number } }) => item.fields.valueHigh === 5)).toBe(true);
    for (const item of backup.items) delete item.fields.valueHigh;
    await useFreshDatabase();
    expect(await ask({ type: 'to-background/import', content: JSON.stringify(backup) })).toEqual({ ok: true, added: 3, alreadyThere: 0 });
    expect((await store.list()).map((item) => item.fields.valueHigh)).toEqual([undefined, undefined, undefined]);
  });

  it('adds nothing when the same file is imported twice', async () => {
    const backup = await backupOfSamples();
    const before = await database();
    expect(await ask({ type: 'to-background/import', content: backup })).toEqual({ ok: true, added: 0, alreadyThere: 3 });
    expect(await database()).toEqual(before);
  });

  it('imports its own W3C annotations back with every field, and only once', async () => {
    await ask({ type: 'to-background/save-items', items: [taxIndicator(), projectTarget()] });
    await store.update((await store.list())[0]!.id, { note: '<b>核对</b>', tags: ['税收'] });
    const before = await store.list();
    const w3c = (await ask({ type: 'popup-to-background/export', format: 'w3c' })).content as string;
    await useFreshDatabase();
    expect(await ask({ type: 'to-background/import', content: w3c })).toEqual({ ok: true, added: 2, alreadyThere: 0 });
    expect(await store.list()).toEqual(before);
    expect(await ask({ type: 'to-background/import', content: w3c })).toEqual({ ok: true, added: 0, alreadyThere: 2 });
  });

  it('keeps markup in a note as text, exactly as written', async () => {
    const [item] = JSON.parse(await backupOfSamples()).items;
    const hostile = { ...item, id: 'hostile', pageItemId: 'hostile', note: '<img src=x onerror=alert(1)><script>alert(2)</script>' };
    const content = JSON.stringify({ format: 'policy-lens', version: 2, exportedAt: item.createdAt, items: [hostile], pages: [] });
    await useFreshDatabase();
    expect(await ask({ type: 'to-background/import', content })).toMatchObject({ ok: true, added: 1 });
    expect((await store.list()).find((saved) => saved.id === 'hostile')!.note).toBe(hostile.note);
  });

  it.each(malformedFiles())('refuses %s with a clear message and changes nothing', async (_, make, error) => {
    const backup = await backupOfSamples();
    const before = await database();
    const response = await handleMessage({ type: 'to-background/import', content: make(backup) }, POPUP, deps);
    expect(response.ok).toBe(false);
    expect(!response.ok && response.error).toContain(error);
    expect(await database()).toEqual(before);
  });
});

/** About twenty broken or hostile import files, each made from a real backup, with the message each gets. */
function malformedFiles(): [string, (backup: string) => string, string][] {
  const edit = (change: (backup: Record<string, any>) => unknown) => (text: string): string => {
    const backup = JSON.parse(text);
    const result = change(backup);
    return JSON.stringify(result === undefined ? backup : result);
  };
  return [
    ['an empty file', () => '', 'the file is empty'],
    ['a file cut short', (backup) => backup.slice(0, backup.length / 2), 'the file is cut short'],
    ['a CSV file', () => '\uFEFFkind,subtype\r\nindicator,amount\r\n', 'the file is not JSON'],
    ['a JSON array of numbers', () => '[1,2,3]', 'neither a Policy Lens backup nor a W3C Web Annotation file'],
    ['another program’s JSON', () => '{"format":"zotero","items":[]}', 'neither a Policy Lens backup'],
    ['an unknown version', edit((b) => void (b.version = 99)), 'unsupported backup version 99'],
    ['a backup without a version', edit((b) => void delete b.version), 'unsupported backup version none'],
    ['a backup without items', edit((b) => void delete b.items), 'items: expected an array'],
    ['an item without a URL', edit((b) => void delete b.items[0].url), 'items[0].url: missing'],
    ['an item on a javascript: page', edit((b) => void (b.items[1].url = 'javascript:alert(1)')), 'items[1].url: expected an absolute http'],
    ['an item with an unknown field', edit((b) => void (b.items[0].onclick = 'alert(1)')), 'items[0]: unexpected field "onclick"'],
    ['an item of an unknown kind', edit((b) => void (b.items[0].kind = 'script')), 'items[0].kind: expected one of'],
    ['a value that is not a number', edit((b) => void (b.items[0].fields.value = '2523')), 'items[0].fields.value: expected a finite number'],
    ['a time that is no time', edit((b) => void (b.items[0].createdAt = '昨天')), 'items[0].createdAt: expected an ISO 8601 time'],
    ['a position that does not fit the quote', edit((b) => void (b.items[0].selectors.position.end += 5)), 'items[0].selectors.position: spans'],
    ['a note of a million characters', edit((b) => void (b.items[0].note = '注'.repeat(1_000_000))), 'items[0].note: too long'],
    ['a hundred thousand items', edit((b) => void (b.items = Array.from({ length: 100_000 }, () => ({})))), 'items: too many entries (100000, at most 50000)'],
    ['the same id twice', edit((b) => void (b.items[1].id = b.items[0].id)), 'items: id "item-1" given twice'],
    ['a page record of a wrong shape', edit((b) => void (b.pages[0].savedCount = -1)), 'pages[0].savedCount: expected an integer'],
    ['a file over the size limit', () => ' '.repeat(33 * 1024 * 1024), 'too long (34603008 characters, at most 33554432)'],
    ['an annotation without a target', () => JSON.stringify({ type: 'Annotation', id: 'urn:x:1' }), 'annotation 1: no "target"'],
    ['an annotation collection without items', () => JSON.stringify({ type: 'AnnotationCollection', id: 'urn:x' }), 'without an embedded "first" page'],
  ];
}
