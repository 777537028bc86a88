/**
 * The database schema version 1 of the extension shipped, written out as data
 * so that later edits of the upgrade code cannot change what the migration
 * tests start from. Data rather than code: the same description builds the
 * database in Node (through idb) and inside the browser (passed to a page's
 * `evaluate`, where no module of ours can be imported).
 */

/** One index of an object store, as `createIndex` takes it. */
export interface IndexDescription {
  /** The index's name. */
  name: string;
  /** The record field, or fields, it is keyed on. */
  keyPath: string | string[];
  /** `unique` and `multiEntry`, as given to `createIndex`. */
  options?: IDBIndexParameters;
}

/** One object store and its indexes. */
export interface StoreDescription {
  /** The store's name. */
  name: string;
  /** The field that keys its records. */
  keyPath: string;
  /** Its indexes. */
  indexes: IndexDescription[];
}

/** The database's name and version 1's stores. */
export const VERSION_ONE_SCHEMA = {
  name: 'policy-lens',
  version: 1,
  stores: [
    {
      name: 'items',
      keyPath: 'id',
      indexes: [
        { name: 'url', keyPath: 'url' },
        { name: 'kind', keyPath: 'kind' },
        { name: 'tag', keyPath: 'tags', options: { multiEntry: true } },
        { name: 'createdAt', keyPath: 'createdAt' },
        { name: 'updatedAt', keyPath: 'updatedAt' },
        // Version 1 keyed an item by its offsets on the page: the index version 2 replaced.
        { name: 'pageItem', keyPath: ['url', 'pageItemId'], options: { unique: true } },
      ],
    },
    { name: 'pages', keyPath: 'url', indexes: [{ name: 'lastSeen', keyPath: 'lastSeen' }] },
  ] satisfies StoreDescription[],
};
