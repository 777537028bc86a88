/**
 * Saved items and the pages they come from, in IndexedDB through `idb`.
 *
 * Everything lives in the database: the service worker may be stopped at any
 * moment, so no function here keeps anything in memory between calls. Each
 * operation runs in a single transaction, so a failure stores nothing.
 */
import { openDB, unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { contentKey, identityOf } from '../shared/content-key';
import type { ItemEdit, NewSavedItem, SavedItem, SavedItemKind } from '../shared/messages';
import type { PageRecord } from '../shared/messages';
import { pageUrl } from '../shared/saved-item';
import { storedItemOf } from '../shared/stored-item';
import { StorageBlockedError } from './storage-errors';

/** Name of the database. */
export const DB_NAME = 'policy-lens';

/** Current schema version; each version adds one step to {@link upgradeSchema}. */
export const DB_VERSION = 2;

export type { PageRecord };

/** The schema, for idb's typed access. */
export interface PolicyLensSchema extends DBSchema {
  /** The saved items. */
  items: {
    /** {@link SavedItem.id}. */
    key: string;
    /** The item as stored. */
    value: SavedItem;
    /** Lookups other than by id. */
    indexes: {
      /** Items of one page. */
      url: string;
      /** Items of one kind. */
      kind: SavedItemKind;
      /** Items with one tag (multiEntry: one entry per tag). */
      tag: string;
      /** Items by time of first save. */
      createdAt: string;
      /** Items by time of last change. */
      updatedAt: string;
      /**
       * Items of one page by identity ({@link SavedItem.contentKey}). Not
       * unique: items stored twice before identities existed are all kept;
       * saving updates the oldest.
       */
      content: [string, string];
    };
  };
  /** The pages items were found or saved on. */
  pages: {
    /** {@link PageRecord.url}. */
    key: string;
    /** The page's record. */
    value: PageRecord;
    /** Lookups other than by URL. */
    indexes: {
      /** Pages by time of last visit. */
      lastSeen: string;
    };
  };
}

/** An open Policy Lens database. */
export type PolicyLensDb = IDBPDatabase<PolicyLensSchema>;

/** What the opener of a connection is told while it opens and afterwards. */
export interface ConnectionEvents {
  /** The upgrade waits for another connection that holds the database at an older version. */
  blocked?(): void;
  /** The connection was closed: another connection asked for a new version (or deletion), or the browser closed it. */
  closed?(): void;
}

/**
 * Opens (creating or upgrading as needed) the database in the global
 * `indexedDB`. The connection closes itself as soon as another one asks for
 * a newer version, so an upgrade or a deletion elsewhere is never held up by it.
 */
export async function openPolicyLensDb(name: string = DB_NAME, events: ConnectionEvents = {}): Promise<PolicyLensDb> {
  const db = await openDB<PolicyLensSchema>(name, DB_VERSION, {
    upgrade: upgradeSchema,
    blocked: () => events.blocked?.(),
    blocking: () => {
      db.close();
      events.closed?.();
    },
    terminated: () => events.closed?.(),
  });
  return db;
}

/** How long an open may take before those waiting are told the storage is held up (an open never takes this long otherwise). */
const OPEN_PATIENCE_MS = 5_000;

/**
 * The database, opened on first use and again after its connection was
 * closed or failed to open: the connection is only a cache (the service
 * worker may be stopped at any moment, a newer version may take the
 * database over). While an upgrade is blocked by another connection (or an
 * open waits longer than {@link OPEN_PATIENCE_MS} behind one that is) every
 * call fails at once with a {@link StorageBlockedError} instead of waiting;
 * once that connection lets go, the upgraded database serves again.
 */
export function databaseOnDemand(name: string = DB_NAME): () => Promise<PolicyLensDb> {
  /** The connection being opened or open, with the attempt it comes from. */
  let current: { attempt: object; connection: Promise<PolicyLensDb> } | undefined;
  let blocked = false;
  return () => {
    if (blocked) return Promise.reject(new StorageBlockedError());
    if (current) return current.connection;
    const attempt = {};
    const forget = (): void => {
      if (current?.attempt === attempt) current = undefined;
    };
    let reportBlocked: (error: Error) => void = () => undefined;
    const block = (): void => {
      blocked = true;
      reportBlocked(new StorageBlockedError());
    };
    const opening = openPolicyLensDb(name, { blocked: block, closed: forget });
    // Only the first of the opens waiting for an older connection hears "blocked"; the others wait in line, told nothing.
    const patience = setTimeout(block, OPEN_PATIENCE_MS);
    void opening.finally(() => clearTimeout(patience)).catch(() => undefined);
    // Those waiting are told at once when the upgrade is blocked; the open itself goes on and serves once it succeeds.
    const connection = Promise.race([opening, new Promise<never>((_, reject) => (reportBlocked = reject))]);
    current = { attempt, connection };
    opening.then(
      (db) => {
        blocked = false;
        if (current?.attempt === attempt) current.connection = Promise.resolve(db);
      },
      () => {
        blocked = false;
        forget();
      },
    );
    return connection;
  };
}

/** Version 1's index of items by page and offset-based page item id. */
const OFFSET_INDEX = 'pageItem';

/** The transaction an upgrade runs in. */
type UpgradeTransaction = IDBPTransaction<PolicyLensSchema, StoreNames<PolicyLensSchema>[], 'versionchange'>;

/**
 * Brings a database of `oldVersion` (0 when new) up to {@link DB_VERSION},
 * one step per version, so any older database reaches the current schema.
 * Steps only add: no stored item is ever dropped.
 */
function upgradeSchema(db: PolicyLensDb, oldVersion: number, _newVersion: number | null, tx: UpgradeTransaction): void {
  if (oldVersion < 1) {
    const items = db.createObjectStore('items', { keyPath: 'id' });
    items.createIndex('url', 'url');
    items.createIndex('kind', 'kind');
    items.createIndex('tag', 'tags', { multiEntry: true });
    items.createIndex('createdAt', 'createdAt');
    items.createIndex('updatedAt', 'updatedAt');
    // Version 1 keyed items by offsets; version 2 replaces this index, which the typed schema no longer knows.
    unwrap(items).createIndex(OFFSET_INDEX, ['url', 'pageItemId'], { unique: true });
    const pages = db.createObjectStore('pages', { keyPath: 'url' });
    pages.createIndex('lastSeen', 'lastSeen');
  }
  if (oldVersion < 2) {
    // Identity by content instead of offsets: every item gets its key, in this same transaction.
    const items = tx.objectStore('items');
    unwrap(items).deleteIndex(OFFSET_INDEX);
    items.createIndex('content', ['url', 'contentKey']);
    void addContentKeys(tx);
  }
}

/** Gives every stored item its identity; the upgrade's transaction waits for these writes. */
async function addContentKeys(tx: UpgradeTransaction): Promise<void> {
  for (let cursor = await tx.objectStore('items').openCursor(); cursor; cursor = await cursor.continue()) {
    await cursor.update({ ...cursor.value, contentKey: contentKey(cursor.value) });
  }
}

/** Which saved items to list; given criteria must all hold. */
export interface ItemQuery {
  /** Items of this page (its fragment is ignored). */
  url?: string;
  /** Items of this kind. */
  kind?: SavedItemKind;
  /** Items carrying this tag. */
  tag?: string;
}

/** Where ids and times come from; replaceable in tests. */
export interface StoreClock {
  /** The current time. */
  now(): Date;
  /** A new unique item id. */
  newId(): string;
}

const systemClock: StoreClock = { now: () => new Date(), newId: () => crypto.randomUUID() };

/** Reading and writing saved items and pages. */
export interface SavedItemStore {
  /**
   * Stores items, all or none. An item whose url and identity
   * ({@link SavedItem.contentKey}) match a stored one updates it: its text, fields, selectors and title are refreshed, its
   * id and creation time kept, a non-empty note replaces the old one and tags
   * are added to the old ones, so saving again never loses the analyst's work.
   */
  save(items: readonly NewSavedItem[]): Promise<SavedItem[]>;
  /** Saved items matching `query`, oldest first, items of one save in page order. */
  list(query?: ItemQuery): Promise<SavedItem[]>;
  /** Changes an item's note, tags or colour; undefined when there is no item with that id. */
  update(id: string, edit: ItemEdit): Promise<SavedItem | undefined>;
  /** Deletes an item; false when there was none with that id. */
  delete(id: string): Promise<boolean>;
  /** Deletes items, all or none; returns those there were, as they were. */
  deleteMany(ids: readonly string[]): Promise<SavedItem[]>;
  /**
   * Puts items back exactly as given (the undo of a delete), all or none. An
   * item whose page item was saved again since keeps the newer copy.
   */
  restore(items: readonly SavedItem[]): Promise<void>;
  /** Records that a page was read and how many items it has. */
  recordPageVisit(url: string, itemCount: number): Promise<void>;
  /** The record of one page, if any. */
  page(url: string): Promise<PageRecord | undefined>;
  /** Every page record, by URL. */
  pages(): Promise<PageRecord[]>;
  /**
   * Adds items and page records read from a backup or an annotation file, all
   * or none. An item whose id, or whose identity on its page
   * ({@link SavedItem.contentKey}), is already stored is left as it is, as is a
   * page already known, so importing a file twice adds nothing.
   */
  importItems(items: readonly SavedItem[], pages: readonly PageRecord[]): Promise<ImportCount>;
}

/** What an import did. */
export interface ImportCount {
  /** Items added. */
  added: number;
  /** Items already stored, left as they were. */
  alreadyThere: number;
}

/** The store over an open database. */
export function createSavedItemStore(db: PolicyLensDb, clock: StoreClock = systemClock): SavedItemStore {
  return {
    save: (items) =>
      writeAllOrNothing(db, async (tx) => {
        const now = clock.now().toISOString();
        const { copies, pages } = await storedState(tx, items, now);
        const saved = items.map((item) => {
          const url = pageUrl(item.url);
          const key = storedKey(url, identityOf(item));
          const existing = copies.get(key);
          const record = storedItemOf(
            item,
            existing
              ? {
                  id: existing.id,
                  createdAt: existing.createdAt,
                  note: item.note === '' ? existing.note : item.note,
                  tags: [...new Set([...existing.tags, ...item.tags])],
                }
              : { id: clock.newId() },
            now,
          );
          if (!existing) pages.get(url)!.savedCount++;
          // The same item twice in one save: the second updates the first.
          copies.set(key, record);
          return record;
        });
        // Every write is queued at once, on the bare stores: no promise or listener per request, whose thousand
        // answers would each cost the worker a task. A failed write aborts the transaction, which the commit reports.
        const itemStore = unwrap(tx.objectStore('items'));
        for (const record of saved) itemStore.put(record);
        const pageStore = unwrap(tx.objectStore('pages'));
        for (const page of pages.values()) pageStore.put(page);
        return saved;
      }),

    list: (query) => listSavedItems(db, query),

    update: (id, edit) =>
      writeAllOrNothing(db, async (tx) => {
        const itemStore = tx.objectStore('items');
        const existing = await itemStore.get(id);
        if (!existing) return undefined;
        const updated: SavedItem = {
          ...existing,
          note: edit.note ?? existing.note,
          tags: edit.tags ?? existing.tags,
          color: edit.color ?? existing.color,
          updatedAt: clock.now().toISOString(),
        };
        await itemStore.put(updated);
        return updated;
      }),

    async delete(id) {
      return (await this.deleteMany([id])).length > 0;
    },

    deleteMany: (ids) =>
      writeAllOrNothing(db, async (tx) => {
        const itemStore = tx.objectStore('items');
        const deleted: SavedItem[] = [];
        for (const id of ids) {
          const existing = await itemStore.get(id);
          if (!existing) continue;
          await itemStore.delete(id);
          deleted.push(existing);
        }
        await recountPages(tx, deleted);
        return deleted;
      }),

    restore: (items) =>
      writeAllOrNothing(db, async (tx) => {
        const itemStore = tx.objectStore('items');
        const restored: SavedItem[] = [];
        for (const item of items) {
          const again = await itemStore.index('content').getAllKeys([item.url, identityOf(item)]);
          if (again.some((id) => id !== item.id)) continue;
          await itemStore.put({ ...item, contentKey: identityOf(item) });
          restored.push(item);
        }
        await recountPages(tx, restored);
      }),

    recordPageVisit: (url, itemCount) =>
      writeAllOrNothing(db, async (tx) => {
        const pages = tx.objectStore('pages');
        const key = pageUrl(url);
        const page = await pages.get(key);
        const lastSeen = clock.now().toISOString();
        await pages.put({ title: '', savedCount: 0, ...page, url: key, lastSeen, itemCount });
      }),

    page: (url) => db.get('pages', pageUrl(url)),

    pages: () => db.getAll('pages'),

    importItems: (items, pages) =>
      writeAllOrNothing(db, async (tx) => {
        const itemStore = tx.objectStore('items');
        const pageStore = tx.objectStore('pages');
        let added = 0;
        for (const item of items) {
          const url = pageUrl(item.url);
          const key = identityOf(item);
          const known =
            (await itemStore.getKey(item.id)) !== undefined ||
            (await itemStore.index('content').getKey([url, key])) !== undefined;
          if (known) continue;
          await itemStore.add({ ...item, url, contentKey: key });
          added++;
        }
        for (const page of pages) {
          if ((await pageStore.getKey(page.url)) === undefined) await pageStore.add(page);
        }
        for (const url of new Set(items.map((item) => pageUrl(item.url)))) {
          const page = await pageStore.get(url);
          const title = items.find((item) => pageUrl(item.url) === url)!.title;
          const savedCount = await itemStore.index('url').count(url);
          await pageStore.put({ title, lastSeen: clock.now().toISOString(), ...page, url, savedCount });
        }
        return { added, alreadyThere: items.length - added };
      }),
  };
}

/**
 * Saved items matching `query`, oldest first, items of one save in page
 * order: one read through the most selective index given. Extension pages
 * call it on their own connection (the same origin's database); it only reads.
 */
export async function listSavedItems(db: PolicyLensDb, query: ItemQuery = {}): Promise<SavedItem[]> {
  const store = db.transaction('items').store;
  const url = query.url === undefined ? undefined : pageUrl(query.url);
  const candidates =
    url !== undefined
      ? await store.index('url').getAll(url)
      : query.tag !== undefined
        ? await store.index('tag').getAll(query.tag)
        : query.kind !== undefined
          ? await store.index('kind').getAll(query.kind)
          : await store.index('createdAt').getAll();
  return candidates
    .filter(
      (item) =>
        (url === undefined || item.url === url) &&
        (query.kind === undefined || item.kind === query.kind) &&
        (query.tag === undefined || item.tags.includes(query.tag)),
    )
    .sort(compareSavedItems);
}

/** The `content` index's entry of an item, as a string. */
function storedKey(url: string, contentKey: string): string {
  return JSON.stringify([url, contentKey]);
}

/**
 * A page whose stored items are at most this many times the items a save
 * brings to it is read whole, in one request; past that, each item is looked
 * up by its identity (a single item saved on a page of many saved ones).
 */
const WHOLE_PAGE_READ_RATIO = 4;

/** What a save finds stored for the pages of its items. */
interface StoredState {
  /** The stored copy of every item of the save saved before, by {@link storedKey} (the oldest when there are several). */
  copies: Map<string, SavedItem>;
  /**
   * The record of each page of the save, by URL, as the save writes it: seen at the save's time, titled as its last
   * item, its `savedCount` the count of its stored items, to which the save adds its new ones.
   */
  pages: Map<string, PageRecord>;
}

/**
 * The stored copy of every item of `items` saved before, and the records of
 * their pages as of `now`. Each page's stored items are counted and its record read
 * first, every request queued at once: a page with none (a first save) costs
 * nothing more; one with not many more than the save brings is read by one
 * request on the url index; otherwise each item's key is looked up in the
 * identity index, and only the items found are read.
 */
async function storedState(tx: WriteTransaction, items: readonly NewSavedItem[], now: string): Promise<StoredState> {
  const itemStore = tx.objectStore('items');
  const wantedByPage = new Map<string, { title: string; wanted: Map<string, [string, string]> }>();
  for (const item of items) {
    const url = pageUrl(item.url);
    const entry: [string, string] = [url, identityOf(item)];
    const page = wantedByPage.get(url) ?? { title: item.title, wanted: new Map<string, [string, string]>() };
    page.title = item.title;
    page.wanted.set(storedKey(...entry), entry);
    wantedByPage.set(url, page);
  }
  const pages = new Map<string, PageRecord>();
  const pageCopies = await Promise.all(
    [...wantedByPage].map(async ([url, { title, wanted }]): Promise<(SavedItem | undefined)[]> => {
      const [record, count] = await Promise.all([tx.objectStore('pages').get(url), itemStore.index('url').count(url)]);
      pages.set(url, { ...record, url, title, lastSeen: now, savedCount: count });
      if (count === 0) return [];
      if (count <= wanted.size * WHOLE_PAGE_READ_RATIO) return itemStore.index('url').getAll(url);
      const content = itemStore.index('content');
      const ids = await Promise.all([...wanted.values()].map((entry) => content.getAllKeys(entry)));
      return Promise.all(ids.flat().map((id) => itemStore.get(id)));
    }),
  );
  const copies = new Map<string, SavedItem>();
  for (const copy of pageCopies.flat()) {
    if (!copy) continue;
    const key = storedKey(copy.url, identityOf(copy));
    const known = copies.get(key);
    if (!known || compareSavedItems(copy, known) < 0) copies.set(key, copy);
  }
  return { copies, pages };
}

/** A read-write transaction over both stores. */
type WriteTransaction = IDBPTransaction<PolicyLensSchema, ('items' | 'pages')[], 'readwrite'>;

/** Brings the saved count of the pages of `items` up to date. */
async function recountPages(tx: WriteTransaction, items: readonly SavedItem[]): Promise<void> {
  for (const url of new Set(items.map((item) => item.url))) {
    const page = await tx.objectStore('pages').get(url);
    if (!page) continue;
    const savedCount = await tx.objectStore('items').index('url').count(url);
    await tx.objectStore('pages').put({ ...page, savedCount });
  }
}

/**
 * Runs `work` in a new read-write transaction and waits for the commit. When
 * `work` fails, even with an error thrown before any request was made (an
 * unclonable value), the transaction is aborted so none of its writes are kept.
 */
async function writeAllOrNothing<T>(db: PolicyLensDb, work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
  const tx = db.transaction(['items', 'pages'], 'readwrite');
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

/**
 * Oldest save first; within one save, by page, then by place in the page, an
 * item before the ones it contains (a commitment before its indicators).
 */
function compareSavedItems(a: SavedItem, b: SavedItem): number {
  return (
    compareText(a.createdAt, b.createdAt) ||
    compareText(a.url, b.url) ||
    a.selectors.position.start - b.selectors.position.start ||
    b.selectors.position.end - a.selectors.position.end ||
    compareText(a.id, b.id)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
