/**
 * What the background does with each message. Plain functions over their
 * dependencies (the item store, the toolbar badge, the clock), so they run in
 * tests without a browser.
 */
import type { SavedItemStore } from './db';
import type { Sender } from './senders';
import { storageFailureText } from './storage-errors';
import { exportFile } from '../shared/export';
import { readImportFile } from '../shared/export/import-file';
import {
  BACKGROUND_PROTOCOL,
  type BackgroundMessage,
  type MessageOfType,
  type ResponseMap,
  type SavedItem,
  type SenderKind,
} from '../shared/messages';
import { pageUrl } from '../shared/saved-item';
import { receiptOf } from '../shared/stored-item';
import { validateBackgroundMessage } from '../shared/validate';

/** The part of the browser's `action` API the badge needs. */
export interface BadgeApi {
  /** Sets the badge text of one tab; an empty text hides the badge. */
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  /** Sets the badge colour of one tab. */
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

/** What the background depends on. */
export interface BackgroundDeps {
  /** The saved-item store, opened on demand (the worker may have been restarted since last time). */
  store(): Promise<SavedItemStore>;
  /** The toolbar badge. */
  badge: BadgeApi;
  /** The current time. */
  now(): Date;
  /** Tells open extension pages and report pages that saved items changed, once the request that changed them is answered; nothing by default. */
  announceSavedChange?(): void;
}

/** The messages that change saved items: after each, open lists are told to read them again. */
const CHANGING: ReadonlySet<BackgroundMessage['type']> = new Set([
  'to-background/save-items',
  'to-background/update-saved',
  'to-background/delete-saved',
  'to-background/delete-many',
  'to-background/restore-saved',
  'to-background/import',
]);

/** Any answer the background gives. */
export type BackgroundResponse = ResponseMap[BackgroundMessage['type']];

/** Badge colour: a dark blue that white badge text reads well on. */
export const BADGE_COLOR = '#1e4fa3';

/** Most items the badge shows in digits; above it shows `999+`. */
const BADGE_MAX = 999;

/**
 * Validates a message, checks that its sender may send it, and runs its
 * handler. Never throws: a malformed or refused message, or a failure, is
 * answered with `{ ok: false, error }`, and nothing is stored.
 */
export async function handleMessage(message: unknown, sender: Sender, deps: BackgroundDeps): Promise<BackgroundResponse> {
  const validation = validateBackgroundMessage(message);
  if (!validation.ok) return { ok: false, error: validation.error };
  const request = validation.value;
  const refusal = senderRefusal(request.type, sender);
  if (refusal !== undefined) return { ok: false, error: refusal };
  let response: BackgroundResponse;
  try {
    response = await (HANDLERS[request.type] as Handler<typeof request.type>)(request, sender, deps);
  } catch (error) {
    const storageFailure = storageFailureText(error);
    if (storageFailure !== undefined) return { ok: false, error: storageFailure, storageFailed: true };
    return { ok: false, error: `${request.type} failed: ${errorText(error)}` };
  }
  // Announced in a task of its own, after the answer: the sender, who waits for it, is answered first.
  if (response.ok && CHANGING.has(request.type)) setTimeout(() => announceChange(deps), 0);
  return response;
}

/**
 * Announces a stored change. A failure to announce is no failure of the
 * request: the change is committed, and a page not told reads it when it is
 * opened again.
 */
function announceChange(deps: BackgroundDeps): void {
  try {
    deps.announceSavedChange?.();
  } catch {
    // Nothing to undo, nothing the sender could do about it.
  }
}

/** Why `sender` may not send a message of this type; undefined when it may. */
function senderRefusal(type: BackgroundMessage['type'], sender: Sender): string | undefined {
  const allowed: readonly SenderKind[] = BACKGROUND_PROTOCOL[type].from;
  if (sender.kind !== 'unknown' && allowed.includes(sender.kind)) return undefined;
  const name = type.slice(type.indexOf('/') + 1);
  return allowed.includes('page') && !allowed.includes('extension-page')
    ? `${name} must come from a page’s content script`
    : allowed.includes('page')
      ? `${name} must come from the extension or a page’s content script`
      : `${name} must come from the extension’s own pages`;
}

/** What a page's content script may not do: act on another page's items. */
function otherPageRefusal(name: string, sender: Sender, urls: readonly string[]): string | undefined {
  if (sender.kind !== 'page') return undefined;
  const own = pageUrl(sender.url);
  return urls.every((url) => pageUrl(url) === own) ? undefined : `${name}: a page may only reach its own saved items`;
}

/** The handler of one message type. */
type Handler<T extends BackgroundMessage['type']> = (
  message: MessageOfType<T>,
  sender: Sender,
  deps: BackgroundDeps,
) => Promise<ResponseMap[T]>;

/** Every message's handler; a message added to the protocol does not compile until it has one here. */
const HANDLERS: { [T in BackgroundMessage['type']]: Handler<T> } = {
  'content-to-background/page-item-count': handlePageItemCount,
  'to-background/save-items': handleSaveItems,
  'to-background/list-saved': handleListSaved,
  'to-background/delete-saved': handleDeleteSaved,
  'to-background/delete-many': handleDeleteMany,
  'to-background/restore-saved': handleRestoreSaved,
  'to-background/update-saved': handleUpdateSaved,
  'popup-to-background/export': handleExport,
  'to-background/import': handleImport,
};

/**
 * Shows the page's item count on its tab's badge and, when the page has items,
 * notes the visit; pages without items leave no trace.
 */
async function handlePageItemCount(
  message: MessageOfType<'content-to-background/page-item-count'>,
  sender: Sender,
  deps: BackgroundDeps,
): Promise<ResponseMap['content-to-background/page-item-count']> {
  if (sender.kind !== 'page') return { ok: false, error: 'page-item-count must come from a page’s content script' };
  await deps.badge.setBadgeText({ tabId: sender.tabId, text: badgeText(message.count) });
  await deps.badge.setBadgeBackgroundColor({ tabId: sender.tabId, color: BADGE_COLOR });
  if (message.count > 0) await (await deps.store()).recordPageVisit(sender.url, message.count);
  return { ok: true };
}

/** The badge text for a number of items: nothing for none, `999+` for very many. */
export function badgeText(count: number): string {
  if (count === 0) return '';
  return count > BADGE_MAX ? `${BADGE_MAX}+` : String(count);
}

/**
 * Saves items; a page item saved before is updated, not duplicated. A page
 * saves only its own items. The answer holds only what storage added to each
 * item (its receipt): the sender has the rest.
 */
async function handleSaveItems(
  message: MessageOfType<'to-background/save-items'>,
  sender: Sender,
  deps: BackgroundDeps,
): Promise<ResponseMap['to-background/save-items']> {
  const refusal = otherPageRefusal('save-items', sender, message.items.map((item) => item.url));
  if (refusal !== undefined) return { ok: false, error: refusal };
  const saved = await (await deps.store()).save(message.items);
  // A save of no items stores nothing; its time is simply now.
  const savedAt = saved[0]?.updatedAt ?? deps.now().toISOString();
  return { ok: true, savedAt, receipts: saved.map((item, index) => receiptOf(message.items[index]!, item)) };
}

/** Lists saved items, of one page or all; a page lists only its own. */
async function handleListSaved(
  message: MessageOfType<'to-background/list-saved'>,
  sender: Sender,
  deps: BackgroundDeps,
): Promise<ResponseMap['to-background/list-saved']> {
  if (sender.kind === 'page' && message.url === undefined) {
    return { ok: false, error: 'list-saved: a page may only reach its own saved items' };
  }
  const refusal = otherPageRefusal('list-saved', sender, message.url === undefined ? [] : [message.url]);
  if (refusal !== undefined) return { ok: false, error: refusal };
  const query = message.url === undefined ? {} : { url: message.url };
  return { ok: true, items: await (await deps.store()).list(query) };
}

/**
 * Whether the sender may change the saved item `id`: an extension page may
 * change any, a page only one saved from itself.
 */
async function mayChange(id: string, sender: Sender, store: SavedItemStore): Promise<boolean> {
  if (sender.kind !== 'page') return true;
  return (await store.list({ url: sender.url })).some((item) => item.id === id);
}

/** Deletes a saved item; deleting one that is already gone is not an error. */
async function handleDeleteSaved(
  message: MessageOfType<'to-background/delete-saved'>,
  sender: Sender,
  deps: BackgroundDeps,
): Promise<ResponseMap['to-background/delete-saved']> {
  const store = await deps.store();
  if (!(await mayChange(message.id, sender, store))) {
    return { ok: false, error: 'delete-saved: a page may only reach its own saved items' };
  }
  await store.delete(message.id);
  return { ok: true };
}

/** Deletes saved items and answers with them, so that the deletion can be undone (extension pages only). */
async function handleDeleteMany(
  message: MessageOfType<'to-background/delete-many'>,
  _sender: Sender,
  deps: BackgroundDeps,
): Promise<ResponseMap['to-background/delete-many']> {
  return { ok: true, deleted: await (await deps.store()).deleteMany(message.ids) };
}

/**
 * Puts deleted items back as they were. A page's content script (the card's
 * Undo) may put back only its own page's items, and never over one still
 * stored, so it cannot rewrite what was saved.
 */
async function handleRestoreSaved(
  message: MessageOfType<'to-background/restore-saved'>,
  sender: Sender,
  deps: BackgroundDeps,
): Promise<ResponseMap['to-background/restore-saved']> {
  const refusal = otherPageRefusal('restore-saved', sender, message.items.map((item) => item.url));
  if (refusal !== undefined) return { ok: false, error: refusal };
  const store = await deps.store();
  if (sender.kind === 'page') {
    const stored = new Set((await store.list({ url: sender.url })).map((item) => item.id));
    if (message.items.some((item) => stored.has(item.id))) {
      return { ok: false, error: 'restore-saved: a page may only put back items that were deleted' };
    }
  }
  await store.restore(message.items);
  return { ok: true };
}

/** Changes the note, tags or colour of a saved item. */
async function handleUpdateSaved(
  message: MessageOfType<'to-background/update-saved'>,
  sender: Sender,
  deps: BackgroundDeps,
): Promise<ResponseMap['to-background/update-saved']> {
  const store = await deps.store();
  if (!(await mayChange(message.id, sender, store))) {
    return { ok: false, error: 'update-saved: a page may only reach its own saved items' };
  }
  const { type: _type, id, ...edit } = message;
  const item = await store.update(id, edit);
  return item ? { ok: true, item } : { ok: false, error: `no saved item with id ${JSON.stringify(id)}` };
}

/** The saved items in scope (or, for a backup, the whole database) as a file to download. */
async function handleExport(
  message: MessageOfType<'popup-to-background/export'>,
  _sender: Sender,
  deps: BackgroundDeps,
): Promise<ResponseMap['popup-to-background/export']> {
  const store = await deps.store();
  const { ids, ...query } = message.scope ?? {};
  const inScope = async (): Promise<SavedItem[]> => {
    const items = await store.list(query);
    if (ids === undefined) return items;
    const wanted = new Set(ids);
    return items.filter((item) => wanted.has(item.id));
  };
  const file = await exportFile(
    {
      format: message.format,
      scope: query.url !== undefined ? 'page' : ids !== undefined || query.kind !== undefined || query.tag !== undefined ? 'library' : 'all',
      items: message.format === 'json' ? [] : await inScope(),
      database: async () => ({ items: await store.list(), pages: await store.pages() }),
    },
    deps.now(),
  );
  return { ok: true, ...file };
}

/** Adds the items of a backup or annotation file, after checking all of it; a bad file changes nothing. */
async function handleImport(
  message: MessageOfType<'to-background/import'>,
  _sender: Sender,
  deps: BackgroundDeps,
): Promise<ResponseMap['to-background/import']> {
  const content = readImportFile(message.content, deps.now());
  if (!content.ok) return { ok: false, error: content.error };
  return { ok: true, ...(await (await deps.store()).importItems(content.value.items, content.value.pages)) };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}
