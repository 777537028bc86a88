/** JSON backup: the whole database (items with their notes and tags, and pages) in a versioned envelope, and reading it back. */
import type { SavedItem } from '../messages';
import type { PageRecord } from '../messages';
import { validatePageRecords, validateSavedItems, type Validation } from '../validate';
import { isObject } from '../is-object';

/** Marks a file as a Policy Lens backup. */
export const BACKUP_FORMAT = 'policy-lens';

/** Version of the envelope written; raised when its shape changes. Version 1 held items only. */
export const BACKUP_VERSION = 2;

/** Most items a backup may hold: far more than an analyst saves, far fewer than would stall the browser. */
export const MAX_BACKUP_ITEMS = 50_000;

/** Most pages a backup may hold. */
export const MAX_BACKUP_PAGES = 50_000;

/** The content of a backup file. */
export interface Backup {
  /** Always {@link BACKUP_FORMAT}. */
  format: typeof BACKUP_FORMAT;
  /** The envelope's version, {@link BACKUP_VERSION} when written by this version. */
  version: typeof BACKUP_VERSION;
  /** When the file was made (ISO 8601). */
  exportedAt: string;
  /** The saved items, as stored, notes and tags included. */
  items: SavedItem[];
  /** The pages the items were found or saved on. */
  pages: PageRecord[];
}

/** What a backup file gives back: its items and pages, checked. */
export interface BackupContent {
  /** The saved items. */
  items: SavedItem[];
  /** The page records; none in a version 1 file. */
  pages: PageRecord[];
}

/** The database as a backup file, indented for people who open it. */
export function toBackup(content: BackupContent, exportedAt: Date): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    items: [...content.items],
    pages: [...content.pages],
  };
  return JSON.stringify(backup, sortedKeys, 2) + '\n';
}

/**
 * Writes the fields of every object within an item or page in name order, so
 * the same database always gives the same file, however its records were
 * stored (a restored item has its fields in another order than a saved one).
 */
function sortedKeys(this: unknown, key: string, value: unknown): unknown {
  if (key === '' || !isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Whether parsed JSON is meant as a Policy Lens backup (it says so), whatever else is wrong with it. */
export function claimsToBeBackup(json: unknown): boolean {
  return isObject(json) && json.format === BACKUP_FORMAT;
}

/**
 * Checks a parsed backup completely: envelope, version and every item and
 * page. Items with the same id, or the same page item twice, are refused, as
 * storing them would lose one.
 */
export function readBackup(json: unknown): Validation<BackupContent> {
  if (!isObject(json) || json.format !== BACKUP_FORMAT) {
    return { ok: false, error: `not a Policy Lens backup (no "format": "${BACKUP_FORMAT}")` };
  }
  if (json.version !== 1 && json.version !== BACKUP_VERSION) {
    const version = 'version' in json ? JSON.stringify(json.version) : 'none';
    return { ok: false, error: `unsupported backup version ${version} (this version reads 1 and ${BACKUP_VERSION})` };
  }
  const items = validateSavedItems(json.items, 'items', MAX_BACKUP_ITEMS);
  if (!items.ok) return items;
  const pages: Validation<PageRecord[]> =
    json.version === 1 ? { ok: true, value: [] } : validatePageRecords(json.pages, 'pages', MAX_BACKUP_PAGES);
  if (!pages.ok) return pages;
  const duplicate = firstDuplicate(items.value.map((item) => item.id));
  if (duplicate !== undefined) return { ok: false, error: `items: id ${JSON.stringify(duplicate)} given twice` };
  const pageItems = items.value.filter((item) => item.pageItemId !== undefined);
  const twice = firstDuplicate(pageItems.map((item) => JSON.stringify([item.url, item.pageItemId])));
  if (twice !== undefined) return { ok: false, error: `items: the page item ${twice} is given twice` };
  const page = firstDuplicate(pages.value.map((record) => record.url));
  if (page !== undefined) return { ok: false, error: `pages: ${JSON.stringify(page)} given twice` };
  return { ok: true, value: { items: items.value, pages: pages.value } };
}

function firstDuplicate(keys: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) return key;
    seen.add(key);
  }
  return undefined;
}
