/**
 * What the background does with each message. Plain functions over their
 * dependencies (the item store, the toolbar badge, the clock), so they run in
 * tests without a browser.
 */
import type { SavedItemStore } from './db';
import { exportFile } from '../shared/export';
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
  /** Tells open extension pages and report pages that saved items changed; nothing by default. */
  announceSavedChange?(): void;
}

/** The messages that change saved items: after each, open lists are told to read them again. */
const CHANGING: ReadonlySet<BackgroundMessage['type']> = new Set([
  'to-background/save-items',
  'to-background/update-saved',
  'to-background/delete-saved',
  'to-background/delete-many',
  'to-background/restore-saved',
]);

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
    const response = await dispatch(validation.value, sender, deps);
    if (response.ok && CHANGING.has(validation.value.type)) deps.announceSavedChange?.();
    return response;
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
    case 'to-background/delete-many':
      return handleDeleteMany(message, deps);
    case 'to-background/restore-saved':
      return handleRestoreSaved(message, deps);
    case 'to-background/update-saved':
      return handleUpdateSaved(message, deps);
    case 'popup-to-background/export':
      return handleExport(message, deps);
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

/** Deletes saved items and answers with them, so that the deletion can be undone. */
async function handleDeleteMany(
  message: MessageOfType<'to-background/delete-many'>,
  deps: Pick<BackgroundDeps, 'store'>,
): Promise<ResponseMap['to-background/delete-many']> {
  return { ok: true, deleted: await (await deps.store()).deleteMany(message.ids) };
}

/** Puts deleted items back as they were. */
async function handleRestoreSaved(
  message: MessageOfType<'to-background/restore-saved'>,
  deps: Pick<BackgroundDeps, 'store'>,
): Promise<ResponseMap['to-background/restore-saved']> {
  await (await deps.store()).restore(message.items);
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

/** Every saved item as a CSV or JSON file for the popup to download. */
async function handleExport(
  message: MessageOfType<'popup-to-background/export'>,
  deps: Pick<BackgroundDeps, 'store' | 'now'>,
): Promise<ResponseMap['popup-to-background/export']> {
  const items = await (await deps.store()).list();
  return { ok: true, ...exportFile(items, message.format, deps.now()) };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}
