import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSavedItemStore, DB_NAME, openPolicyLensDb } from '../../src/background/db';
import { contentKey } from '../../src/shared/content-key';
import type { NewSavedItem, SavedItem } from '../../src/shared/messages';
import { dashHighlight, PARKS_PAGE, projectTarget, reformPledge, SAFETY_PAGE, taxIndicator } from '../shared/corpus-fixtures';
import { VERSION_ONE_SCHEMA } from '../shared/version-one-schema';
import { steppingClock, useEmptyIndexedDb } from './fake-db';

/** A record as version 1 stored it: keyed by offsets through pageItemId, no identity of its own. */
function versionOneRecord(item: NewSavedItem, id: string, createdAt: string, note = ''): SavedItem {
  return { ...item, id, createdAt, updatedAt: createdAt, note };
}

/** Shifts an item as if text had been inserted before it: new offsets, new pageItemId, same quote. */
function shifted(item: NewSavedItem, by: number): NewSavedItem {
  const { position } = item.selectors;
  return {
    ...item,
    pageItemId: `${item.kind}-${position.start + by}-${position.end + by}-x`,
    selectors: { ...item.selectors, position: { ...position, start: position.start + by, end: position.end + by } },
  };
}

const tax = versionOneRecord(taxIndicator(), 'v1-tax', '2026-11-20T08:00:00.000Z', '超过去年全年');
// Saved again after the page moved: version 1 stored it a second time.
const taxAgain = versionOneRecord(shifted(taxIndicator(), 120), 'v1-tax-again', '2026-11-21T09:00:00.000Z', '第二次');
const pledge = versionOneRecord(reformPledge(), 'v1-pledge', '2026-11-20T08:00:00.000Z');
const target = versionOneRecord(projectTarget(), 'v1-target', '2026-11-20T08:00:01.000Z');
const highlight = versionOneRecord({ ...dashHighlight(), tags: ['纳税'] }, 'v1-highlight', '2026-11-22T10:00:00.000Z');
const oldRecords = [tax, taxAgain, pledge, target, highlight];
const oldPage = { url: SAFETY_PAGE.url, title: SAFETY_PAGE.title, lastSeen: '2026-11-22T10:00:00.000Z', itemCount: 40, savedCount: 4 };

/** Writes a database the way version 1 of the extension did, with the records version 1 stored. */
async function writeVersionOneDatabase(): Promise<void> {
  const db = await openDB(DB_NAME, VERSION_ONE_SCHEMA.version, {
    upgrade(v1) {
      for (const { name, keyPath, indexes } of VERSION_ONE_SCHEMA.stores) {
        const store = v1.createObjectStore(name, { keyPath });
        for (const index of indexes) store.createIndex(index.name, index.keyPath, index.options);
      }
    },
  });
  const tx = db.transaction(['items', 'pages'], 'readwrite');
  for (const record of oldRecords) await tx.objectStore('items').put(record);
  await tx.objectStore('pages').put(oldPage);
  await tx.done;
  db.close();
}

beforeEach(async () => {
  useEmptyIndexedDb();
  await writeVersionOneDatabase();
});

describe('opening a version 1 database', () => {
  it('keeps every record, each with the identity of its content, and the pages as they were', async () => {
    const db = await openPolicyLensDb();
    const stored = await db.getAll('items');
    expect(stored).toHaveLength(oldRecords.length);
    for (const record of oldRecords) {
      expect(await db.get('items', record.id)).toEqual({ ...record, contentKey: contentKey(record) });
    }
    expect(await db.get('pages', SAFETY_PAGE.url)).toEqual(oldPage);
    db.close();
  });

  it('replaces the offset index by the identity index', async () => {
    const db = await openPolicyLensDb();
    const items = db.transaction('items').store;
    expect([...items.indexNames]).toEqual(['content', 'createdAt', 'kind', 'tag', 'updatedAt', 'url']);
    expect((await items.index('content').getAll([SAFETY_PAGE.url, contentKey(tax)])).map((item) => item.id).sort()).toEqual([
      'v1-tax',
      'v1-tax-again',
    ]);
    db.close();
  });

  it('updates the oldest of an item stored twice by version 1 when it is saved again, adding nothing', async () => {
    const db = await openPolicyLensDb();
    const store = createSavedItemStore(db, steppingClock('2026-12-01T08:00:00.000Z'));
    const [saved] = await store.save([shifted(taxIndicator(), 300)]);
    expect(saved).toMatchObject({ id: 'v1-tax', createdAt: tax.createdAt, note: '超过去年全年', contentKey: contentKey(tax) });
    expect(await db.count('items')).toBe(oldRecords.length);
    db.close();
  });

  it('finds the migrated items by page, kind and tag as before', async () => {
    const db = await openPolicyLensDb();
    const store = createSavedItemStore(db);
    expect((await store.list({ url: PARKS_PAGE.url })).map((item) => item.id)).toEqual(['v1-target']);
    expect((await store.list({ tag: '纳税' })).map((item) => item.id)).toEqual(['v1-highlight']);
    expect((await store.list({ kind: 'commitment', url: SAFETY_PAGE.url })).map((item) => item.id)).toEqual(['v1-pledge']);
    db.close();
  });
});
