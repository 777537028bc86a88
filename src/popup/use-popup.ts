/**
 * The popup's state and actions: reads the active page's items (polling while
 * the page is still being scanned), knows which are saved, saves, scrolls and exports.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ExportFormat, GetPageItemsResponse, PageItem } from '../shared/messages';
import { contentKeysOf } from '../shared/content-key';
import { newSavedItemFrom } from '../shared/saved-item';
import { downloadFile } from '../ui/download';
import { isReadableUrl } from './page-access';
import { PageUnreachableError, StorageFailedError, StorageUnreachableError, type PopupClient } from './popup-client';
import { saveInBatches, type RefusedItem } from './save-in-batches';
import { shorten } from '../ui/shorten';

/** What the popup knows about the page behind it. */
export type PageState =
  /** Asking the tab for the first time. */
  | { status: 'loading' }
  /** A browser page, a web store page, or no content script answering. */
  | { status: 'unreadable' }
  /** The page's items; `state` is `scanning` while more may come. */
  | { status: 'loaded'; tabId: number; page: GetPageItemsResponse; gaveUpWaiting: boolean }
  /** Something unexpected went wrong while asking the page. */
  | { status: 'failed'; message: string };

/** A short message about the last action, shown above the list. */
export interface Notice {
  /** `error` for a failed action, `info` for a plain report. */
  tone: 'error' | 'info';
  /** One sentence. */
  text: string;
}

/** How often and how long the popup asks a page that is still scanning. */
export interface PollOptions {
  /** Milliseconds between two requests. */
  intervalMs: number;
  /** Requests after the first before the popup stops waiting and shows what it has. */
  maxPolls: number;
}

/** Polling the popup uses unless told otherwise: every 400 ms for up to 15 s. */
const DEFAULT_POLL: PollOptions = { intervalMs: 400, maxPolls: 38 };

/** Everything the popup's components need. */
export interface PopupModel {
  /** The page and its items. */
  page: PageState;
  /** Ids of the page items already saved. */
  savedIds: ReadonlySet<string>;
  /** The last action's message, if any. */
  notice: Notice | undefined;
  /** True while a save or an export is under way. */
  busy: boolean;
  /** Scrolls the page to the item and flashes it. */
  scrollTo(item: PageItem): void;
  /** Saves the given items (those already saved are skipped). */
  save(items: readonly PageItem[]): void;
  /** Downloads the items saved from this page in `format` (`json`: the backup of everything). */
  exportSaved(format: ExportFormat): void;
  /** Hides the notice. */
  dismissNotice(): void;
  /** Opens the library in a new tab. */
  openLibrary(): void;
}

/** Runs the popup over `client`; `doc` is where downloads are started. */
export function usePopup(client: PopupClient, doc: Document, poll: PollOptions = DEFAULT_POLL): PopupModel {
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [savedIds, setSavedIds] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopListening: (() => void) | undefined;
    /** The items shown so far, by id. */
    let known = new Map<string, PageItem>();

    async function loadSaved(url: string): Promise<void> {
      try {
        const saved = await client.listSaved(url);
        if (!stopped) setSavedIds((before) => new Set([...before, ...idsOf(saved)]));
      } catch (error) {
        if (!stopped) setNotice({ tone: 'error', text: `Saved items could not be read: ${messageOf(error)}` });
      }
    }

    /**
     * Reads the saved items afresh after a change elsewhere, replacing what was
     * known: the store's list, then the page's own view of its saved items
     * (asked second, so the page has had the same news first).
     */
    async function reloadSaved(tabId: number, url: string): Promise<void> {
      try {
        const saved = await client.listSaved(url);
        const onPage = (await client.getPageItems(tabId)).savedItemIds ?? [];
        if (!stopped) setSavedIds(new Set([...idsOf(saved), ...onPage]));
      } catch (error) {
        if (!stopped) setNotice({ tone: 'error', text: `Saved items could not be read: ${messageOf(error)}` });
      }
    }

    async function ask(tabId: number, pollsLeft: number, first: boolean): Promise<void> {
      const response = await client.getPageItems(tabId);
      if (stopped) return;
      // An id names the same item every time: keep the objects already shown, so their rows stay as they are.
      const items = response.items.map((item) => known.get(item.id) ?? item);
      known = new Map(items.map((item) => [item.id, item]));
      const waiting = response.state === 'scanning' && pollsLeft > 0;
      const gaveUpWaiting = response.state === 'scanning' && !waiting;
      setPage({ status: 'loaded', tabId, page: { ...response, items }, gaveUpWaiting });
      // The page knows its saved items wherever its text moved them since they were saved.
      const savedOnPage = response.savedItemIds ?? [];
      if (savedOnPage.length > 0) setSavedIds((before) => new Set([...before, ...savedOnPage]));
      if (first) {
        void loadSaved(response.url);
        // Edits and deletions elsewhere (the library, the page's card) show here too.
        stopListening = client.onSavedChanged(() => void reloadSaved(tabId, response.url));
      }
      if (waiting) timer = setTimeout(() => void ask(tabId, pollsLeft - 1, false).catch(fail), poll.intervalMs);
    }

    function fail(error: unknown): void {
      if (stopped) return;
      setPage(
        error instanceof PageUnreachableError
          ? { status: 'unreadable' }
          : { status: 'failed', message: messageOf(error) },
      );
    }

    async function start(): Promise<void> {
      const tab = await client.activeTab();
      // Without access to the tab yet the browser hides its URL: then only asking the page tells.
      if (!tab || (tab.url !== undefined && !isReadableUrl(tab.url))) {
        if (!stopped) setPage({ status: 'unreadable' });
        return;
      }
      await ask(tab.id, poll.maxPolls, true);
    }

    start().catch(fail);
    return () => {
      stopped = true;
      clearTimeout(timer);
      stopListening?.();
    };
  }, [client, poll.intervalMs, poll.maxPolls]);

  const tabId = page.status === 'loaded' ? page.tabId : undefined;
  // Read at call time, so `save` keeps its identity and memoised rows do not re-render on every poll or save.
  const latest = useRef({ page, savedIds });
  latest.current = { page, savedIds };

  const scrollTo = useCallback(
    (item: PageItem) => {
      if (tabId === undefined) return;
      client.scrollToItem(tabId, item.id).catch(() => {
        setNotice({ tone: 'error', text: 'The page could not show that item. Reload the page and try again.' });
      });
    },
    [client, tabId],
  );

  const save = useCallback(
    (items: readonly PageItem[]) => {
      const { page: current, savedIds: saved } = latest.current;
      if (current.status !== 'loaded') return;
      const toSave = items.filter((item) => !saved.has(item.id));
      if (toSave.length === 0) return;
      // Identities counted over the whole page: each copy of a repeated passage is an item of its own.
      const keys = contentKeysOf(current.page.items);
      setBusy(true);
      let storedCount = 0;
      saveInBatches(
        toSave.map((item) => newSavedItemFrom(item, current.page, keys.get(item.id))),
        {
          saveBatch: (batch) => client.saveItems(batch),
          isUnreachable: (error) => error instanceof StorageUnreachableError || error instanceof StorageFailedError,
          onStored(stored) {
            storedCount += stored.length;
            setSavedIds((before) => new Set([...before, ...idsOf(stored)]));
            if (storedCount < toSave.length) {
              setNotice({ tone: 'info', text: `Saving… ${storedCount} of ${toSave.length} items saved.` });
            }
          },
        },
      )
        .then(({ stored, refused }) => setNotice(saveNotice(stored.length, refused)))
        .catch((error: unknown) => {
          // Each batch is stored whole or not at all: those before the failure stay saved.
          const before = storedCount > 0 ? ` ${storedCount} of the ${toSave.length} items were saved before this.` : '';
          setNotice({ tone: 'error', text: `Not saved: ${messageOf(error)}${before}` });
        })
        .finally(() => setBusy(false));
    },
    [client],
  );

  const exportSaved = useCallback(
    (format: ExportFormat) => {
      // The backup holds everything; the other formats take this page's items, so they need a page.
      const url = page.status === 'loaded' ? page.page.url : undefined;
      if (url === undefined && format !== 'json') return;
      setBusy(true);
      client
        .exportSaved(format, format === 'json' ? undefined : url)
        .then((file) => {
          downloadFile(doc, file);
          setNotice({ tone: 'info', text: `Downloading ${file.filename}.` });
        })
        .catch((error: unknown) => setNotice({ tone: 'error', text: `Export failed: ${messageOf(error)}` }))
        .finally(() => setBusy(false));
    },
    [client, doc, page],
  );

  const dismissNotice = useCallback(() => setNotice(undefined), []);

  const openLibrary = useCallback(() => {
    client.openLibrary().catch((error: unknown) => setNotice({ tone: 'error', text: `The library did not open: ${messageOf(error)}` }));
  }, [client]);

  return { page, savedIds, notice, busy, scrollTo, save, exportSaved, dismissNotice, openLibrary };
}

/** The message after a save: nothing for one item saved, a count for many, the first refused item named. */
function saveNotice(storedCount: number, refused: readonly RefusedItem[]): Notice | undefined {
  const [first] = refused;
  if (!first) return storedCount > 1 ? { tone: 'info', text: `Saved ${storedCount} items.` } : undefined;
  const others = refused.length > 1 ? ` ${refused.length - 1} more items were refused too.` : '';
  const saved = storedCount > 0 ? ` The other ${storedCount} items are saved.` : '';
  return { tone: 'error', text: `Not saved: “${shorten(first.item.text, 24)}”: ${first.reason.replace(/\.$/, '')}.${others}${saved}` };
}

/** The page item ids of saved items (hand-picked highlights have none). */
function idsOf(saved: readonly { pageItemId?: string }[]): Set<string> {
  return new Set(saved.flatMap((item) => (item.pageItemId ? [item.pageItemId] : [])));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
