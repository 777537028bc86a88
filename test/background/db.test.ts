import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DB_NAME,
  DB_VERSION,
  createSavedItemStore,
  openPolicyLensDb,
  type PolicyLensDb,
  type SavedItemStore,
} from '../../src/background/db';
import { extract } from '../../src/extractor';
import { contentKey, contentKeysOf } from '../../src/shared/content-key';
import type { NewSavedItem } from '../../src/shared/messages';
import { toPageItem } from '../../src/shared/page-item';
import { newSavedItemFrom } from '../../src/shared/saved-item';
import {
  PARKS_PAGE,
  SAFETY_PAGE,
  corpusText,
  dashHighlight,
  projectTarget,
  reformPledge,
  taxIndicator,
} from '../shared/corpus-fixtures';
import { steppingClock, useEmptyIndexedDb } from './fake-db';

let db: PolicyLensDb;
let store: SavedItemStore;

beforeEach(async () => {
  useEmptyIndexedDb();
  db = await openPolicyLensDb();
  store = createSavedItemStore(db, steppingClock());
});

afterEach(() => db.close());

describe('schema', () => {
  it('creates the current version from scratch with the items and pages stores and their indexes', () => {
    expect(db.name).toBe(DB_NAME);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(['items', 'pages']);

    const items = db.transaction('items').store;
    expect(items.keyPath).toBe('id');
    const indexes = Object.fromEntries(
      [...items.indexNames].map((name) => {
        const index = items.index(name);
        return [name, { keyPath: index.keyPath, multiEntry: index.multiEntry, unique: index.unique }];
      }),
    );
    expect(indexes).toEqual({
      content: { keyPath: ['url', 'contentKey'], multiEntry: false, unique: false },
      createdAt: { keyPath: 'createdAt', multiEntry: false, unique: false },
      kind: { keyPath: 'kind', multiEntry: false, unique: false },
      tag: { keyPath: 'tags', multiEntry: true, unique: false },
      updatedAt: { keyPath: 'updatedAt', multiEntry: false, unique: false },
      url: { keyPath: 'url', multiEntry: false, unique: false },
    });

    const pages = db.transaction('pages').store;
    expect(pages.keyPath).toBe('url');
    expect([...pages.indexNames]).toEqual(['lastSeen']);
  });

  it('keeps saved items when the database is opened again, as after a worker restart', async () => {
    const [saved] = await store.save([taxIndicator()]);
    db.close();
    db = await openPolicyLensDb();
    expect(await createSavedItemStore(db).list()).toEqual([saved]);
  });
});

describe('saving', () => {
  it('gives each item an id and times, and stores the page URL without its fragment', async () => {
    const item = { ...taxIndicator(), url: `${SAFETY_PAGE.url}#第二部分` };
    const [saved] = await store.save([item]);
    expect(saved).toEqual({
      ...item,
      url: SAFETY_PAGE.url,
      contentKey: contentKey(item),
      id: 'item-1',
      createdAt: '2026-11-23T08:00:00.000Z',
      updatedAt: '2026-11-23T08:00:00.000Z',
    });
    expect(await db.get('items', 'item-1')).toEqual(saved);
  });

  it('updates a page item saved again instead of storing it twice, keeping the note and adding tags', async () => {
    const [first] = await store.save([{ ...taxIndicator(), note: '超过去年全年', tags: ['纳税'] }]);
    const again: NewSavedItem = { ...taxIndicator(), title: '安全大会表态发言稿(修订)', tags: ['2003', '纳税'] };
    const [second] = await store.save([again]);

    expect(second).toEqual({
      ...again,
      contentKey: first!.contentKey,
      id: first!.id,
      createdAt: first!.createdAt,
      updatedAt: '2026-11-23T08:00:01.000Z',
      note: '超过去年全年',
      tags: ['纳税', '2003'],
    });
    expect(await store.list()).toEqual([second]);
  });

  it('lets a new non-empty note replace the old one', async () => {
    await store.save([{ ...taxIndicator(), note: '旧' }]);
    const [saved] = await store.save([{ ...taxIndicator(), note: '新' }]);
    expect(saved!.note).toBe('新');
  });

  it('stores a page item only once when one request holds it twice', async () => {
    const saved = await store.save([taxIndicator(), taxIndicator()]);
    expect(saved.map((item) => item.id)).toEqual(['item-1', 'item-1']);
    expect(await store.list()).toHaveLength(1);
  });

  it('updates the items saved before and adds the new ones when a save mixes both', async () => {
    const [tax, target] = await store.save([taxIndicator(), projectTarget()]);
    const saved = await store.save([reformPledge(), taxIndicator(), dashHighlight(), projectTarget()]);
    expect(saved.map((item) => item.id)).toEqual(['item-3', tax!.id, 'item-4', target!.id]);
    expect(await store.list()).toHaveLength(4);
  });

  it('finds the items saved before on a page of many, whether one of them or many are saved again', async () => {
    const text = corpusText('000_575128201b72bb82.txt');
    const found = extract(text).map((item) => toPageItem(item, text));
    const keys = contentKeysOf(found);
    const items = found.slice(0, 40).map((item) => newSavedItemFrom(item, SAFETY_PAGE, keys.get(item.id)));
    const first = await store.save(items);
    // One item among forty stored ones, then half of them with a new one: each keeps its id, the new one gets its own.
    const [one] = await store.save([{ ...items[7]!, note: '单独再存' }]);
    const half = await store.save([...items.slice(20), dashHighlight()]);
    expect(one).toMatchObject({ id: first[7]!.id, createdAt: first[7]!.createdAt, note: '单独再存' });
    expect(half.slice(0, 20).map((item) => item.id)).toEqual(first.slice(20).map((item) => item.id));
    expect(first.map((item) => item.id)).not.toContain(half[20]!.id);
    expect(await store.list()).toHaveLength(items.length + 1);
  });

  it('keeps the same page item of two different pages apart', async () => {
    await store.save([taxIndicator(), { ...taxIndicator(), url: PARKS_PAGE.url }]);
    expect((await store.list()).map((item) => item.url)).toEqual([SAFETY_PAGE.url, PARKS_PAGE.url]);
  });

  it('stores nothing when one item of the request cannot be stored', async () => {
    const unstorable = { ...reformPledge(), fields: { marker: (() => '确保') as unknown as string } };
    await expect(store.save([taxIndicator(), unstorable])).rejects.toThrow();
    expect(await store.list()).toEqual([]);
    expect(await store.page(SAFETY_PAGE.url)).toBeUndefined();
  });
});

describe('listing', () => {
  beforeEach(async () => {
    await store.save([projectTarget()]);
    await store.save([
      reformPledge(),
      { ...taxIndicator(), tags: ['纳税', '民营企业'] },
      { ...dashHighlight(), tags: ['纳税'] },
    ]);
  });

  const texts = (items: { text: string }[]): string[] => items.map((item) => item.text.slice(0, 8));

  it('lists everything, oldest save first and each save in page order', async () => {
    expect(texts(await store.list())).toEqual(['二是德山开发区和', '纳税2523万元', '一是继续集中力量', '- 上一篇:高校']);
  });

  it('lists the items of one page, whatever the fragment', async () => {
    expect(texts(await store.list({ url: `${SAFETY_PAGE.url}#top` }))).toEqual(['纳税2523万元', '一是继续集中力量']);
  });

  it('lists by kind, by tag, and by both with a page', async () => {
    expect(texts(await store.list({ kind: 'commitment' }))).toEqual(['二是德山开发区和', '一是继续集中力量']);
    expect(texts(await store.list({ tag: '纳税' }))).toEqual(['纳税2523万元', '- 上一篇:高校']);
    expect(texts(await store.list({ tag: '纳税', kind: 'indicator', url: SAFETY_PAGE.url }))).toEqual(['纳税2523万元']);
    expect(await store.list({ tag: '不存在' })).toEqual([]);
  });
});

describe('order within one save', () => {
  it('puts an item before a shorter one starting at the same place', async () => {
    const sentence = reformPledge();
    const { quote, position } = sentence.selectors;
    const opening: NewSavedItem = {
      ...sentence,
      pageItemId: undefined,
      kind: 'highlight',
      subtype: undefined,
      text: '一是',
      selectors: {
        quote: { ...quote, exact: '一是', suffix: sentence.text.slice(2, 34) },
        position: { ...position, end: position.start + 2 },
      },
    };
    const saved = await store.save([opening, sentence]);
    expect((await store.list()).map((item) => item.id)).toEqual([saved[1]!.id, saved[0]!.id]);
  });
});

describe('editing and deleting', () => {
  it('changes the note and tags only, and the update time', async () => {
    const [saved] = await store.save([taxIndicator()]);
    const noted = await store.update(saved!.id, { note: '居全县第12位' });
    expect(noted).toEqual({ ...saved, note: '居全县第12位', updatedAt: '2026-11-23T08:00:01.000Z' });
    const tagged = await store.update(saved!.id, { tags: ['纳税'] });
    expect(tagged).toEqual({ ...noted, tags: ['纳税'], updatedAt: '2026-11-23T08:00:02.000Z' });
    expect(await store.list()).toEqual([tagged]);
  });

  it('answers undefined when updating an item that does not exist', async () => {
    expect(await store.update('missing', { note: 'x' })).toBeUndefined();
    expect(await store.list()).toEqual([]);
  });

  it('deletes one item and reports whether there was one', async () => {
    const [tax, pledge] = await store.save([taxIndicator(), reformPledge()]);
    expect(await store.delete(tax!.id)).toBe(true);
    expect(await store.list()).toEqual([pledge]);
    expect(await store.delete(tax!.id)).toBe(false);
  });
});

describe('pages', () => {
  it('records title, last save and saved count per page', async () => {
    await store.save([taxIndicator(), reformPledge(), projectTarget()]);
    expect(await store.page(SAFETY_PAGE.url)).toEqual({
      url: SAFETY_PAGE.url,
      title: SAFETY_PAGE.title,
      lastSeen: '2026-11-23T08:00:00.000Z',
      savedCount: 2,
    });
    expect((await store.page(PARKS_PAGE.url))?.savedCount).toBe(1);
  });

  it('counts down when an item is deleted', async () => {
    const [tax] = await store.save([taxIndicator(), reformPledge()]);
    await store.delete(tax!.id);
    expect((await store.page(SAFETY_PAGE.url))?.savedCount).toBe(1);
  });

  it('records how many items a visited page has, keeping what was known about it', async () => {
    await store.recordPageVisit(`${PARKS_PAGE.url}#x`, 37);
    expect(await store.page(PARKS_PAGE.url)).toEqual({
      url: PARKS_PAGE.url,
      title: '',
      lastSeen: '2026-11-23T08:00:00.000Z',
      itemCount: 37,
      savedCount: 0,
    });
    await store.save([projectTarget()]);
    await store.recordPageVisit(PARKS_PAGE.url, 40);
    expect(await store.page(PARKS_PAGE.url)).toEqual({
      url: PARKS_PAGE.url,
      title: PARKS_PAGE.title,
      lastSeen: '2026-11-23T08:00:02.000Z',
      itemCount: 40,
      savedCount: 1,
    });
  });
});
