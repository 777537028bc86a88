/**
 * What the background does with each message. Plain functions over their
 * dependencies (the item store, the toolbar badge, the clock), so they run in
 * tests without a browser.
 */
import type { SavedItemStore } from './db';
import { exportFile } from '../shared/export';
import { readImportFile } from '../shared/export/import-file';
import type { BackgroundMessage, MessageOfType, ResponseMap } from '../shared/messages';
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
}

/** Who sent a message, as far as the background cares. */
export interface SenderInfo {
  /** The sender's tab, when a content script sent it. */
  tabId?: number;
  /** The URL of the sender's page or frame. */
  url?: string;
}

/** Any answer the background gives. */
export type BackgroundResponse = ResponseMap[BackgroundMessage['type']];

/** Badge colour: a dark blue that white badge text reads well on. */
export const BADGE_COLOR = '#1e4fa3';

/** Most items the badge shows in digits; above it shows `999+`. */
const BADGE_MAX = 999;

/**
 * Validates a message and runs its handler. Never throws: a malformed message
 * or a failure is answered with `{ ok: false, error }`, and nothing is stored.
 */
export async function handleMessage(
  message: unknown,
  sender: SenderInfo,
  deps: BackgroundDeps,
): Promise<BackgroundResponse> {
  const validation = validateBackgroundMessage(message);
  if (!validation.ok) return { ok: false, error: validation.error };
  try {
    return await dispatch(validation.value, sender, deps);
  } catch (error) {
    return { ok: false, error: `${validation.value.type} failed: ${errorText(error)}` };
  }
}

function dispatch(message: BackgroundMessage, sender: SenderInfo, deps: BackgroundDeps): Promise<BackgroundResponse> {
  switch (message.type) {
    case 'content-to-background/page-item-count':
      return handlePageItemCount(message, sender, deps);
    case 'to-background/save-items':
      return handleSaveItems(message, deps);
    case 'to-background/list-saved':
      return handleListSaved(message, deps);
    case 'to-background/delete-saved':
      return handleDeleteSaved(message, deps);
    case 'to-background/update-saved':
      return handleUpdateSaved(message, deps);
    case 'popup-to-background/export':
      return handleExport(message, deps);
    case 'to-background/import':
      return handleImport(message, deps);
  }
}

/**
 * Shows the page's item count on its tab's badge and, when the page has items,
 * notes the visit; pages without items leave no trace.
 */
async function handlePageItemCount(
  message: MessageOfType<'content-to-background/page-item-count'>,
  sender: SenderInfo,
  deps: Pick<BackgroundDeps, 'badge' | 'store'>,
): Promise<ResponseMap['content-to-background/page-item-count']> {
  const { tabId } = sender;
  if (tabId === undefined) return { ok: false, error: 'page-item-count must come from a page’s content script' };
  await deps.badge.setBadgeText({ tabId, text: badgeText(message.count) });
  await deps.badge.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  if (message.count > 0 && sender.url !== undefined) {
    await (await deps.store()).recordPageVisit(sender.url, message.count);
  }
  return { ok: true };
}

/** The badge text for a number of items: nothing for none, `999+` for very many. */
export function badgeText(count: number): string {
  if (count === 0) return '';
  return count > BADGE_MAX ? `${BADGE_MAX}+` : String(count);
}

/** Saves items; a page item saved before is updated, not duplicated. */
async function handleSaveItems(
  message: MessageOfType<'to-background/save-items'>,
  deps: Pick<BackgroundDeps, 'store'>,
): Promise<ResponseMap['to-background/save-items']> {
  return { ok: true, saved: await (await deps.store()).save(message.items) };
}

/** Lists saved items, of one page or all. */
async function handleListSaved(
  message: MessageOfType<'to-background/list-saved'>,
  deps: Pick<BackgroundDeps, 'store'>,
): Promise<ResponseMap['to-background/list-saved']> {
  const query = message.url === undefined ? {} : { url: message.url };
  return { ok: true, items: await (await deps.store()).list(query) };
}

/** Deletes a saved item; deleting one that is already gone is not an error. */
async function handleDeleteSaved(
  message: MessageOfType<'to-background/delete-saved'>,
  deps: Pick<BackgroundDeps, 'store'>,
): Promise<ResponseMap['to-background/delete-saved']> {
  await (await deps.store()).delete(message.id);
  return { ok: true };
}

/** Changes the note or tags of a saved item. */
async function handleUpdateSaved(
  message: MessageOfType<'to-background/update-saved'>,
  deps: Pick<BackgroundDeps, 'store'>,
): Promise<ResponseMap['to-background/update-saved']> {
  const item = await (await deps.store()).update(message.id, { note: message.note, tags: message.tags });
  return item ? { ok: true, item } : { ok: false, error: `no saved item with id ${JSON.stringify(message.id)}` };
}

/** The saved items in scope (or, for a backup, the whole database) as a file to download. */
async function handleExport(
  message: MessageOfType<'popup-to-background/export'>,
  deps: Pick<BackgroundDeps, 'store' | 'now'>,
): Promise<ResponseMap['popup-to-background/export']> {
  const store = await deps.store();
  const scope = message.scope ?? {};
  const file = await exportFile(
    {
      format: message.format,
      scope: scope.url !== undefined ? 'page' : scope.kind !== undefined || scope.tag !== undefined ? 'library' : 'all',
      items: message.format === 'json' ? [] : await store.list(scope),
      database: async () => ({ items: await store.list(), pages: await store.pages() }),
    },
    deps.now(),
  );
  return { ok: true, ...file };
}

/** Adds the items of a backup or annotation file, after checking all of it; a bad file changes nothing. */
async function handleImport(
  message: MessageOfType<'to-background/import'>,
  deps: Pick<BackgroundDeps, 'store' | 'now'>,
): Promise<ResponseMap['to-background/import']> {
  const content = readImportFile(message.content, deps.now());
  if (!content.ok) return { ok: false, error: `cannot import: ${content.error}` };
  return { ok: true, ...(await (await deps.store()).importItems(content.value.items, content.value.pages)) };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}
