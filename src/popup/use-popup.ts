/**
 * The popup's state and actions: reads the active page's items a slice at a
 * time (and again whenever they changed, for as long as the popup is open),
 * knows which are saved, saves, scrolls and exports.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ExportFormat, PageItem, SavedItem } from '../shared/messages';
import { contentKeysOf } from '../shared/content-key';
import { newSavedItemFrom } from '../shared/saved-item';
import { downloadFile } from '../ui/download';
import { isReadableUrl } from './page-access';
import { isComplete, readPageList, type PageList } from './page-list';
import { PageUnreachableError, type PopupClient } from './popup-client';
import { StorageFailedError, StorageUnreachableError } from '../ui/background-request';
import { NewsGate } from './news-gate';
import { saveInBatches, type RefusedItem } from './save-in-batches';
import { shorten } from '../ui/shorten';
import { messageOf } from '../shared/message-of';

/** What the popup knows about the page behind it. */
export type PageState =
  /** Asking the tab for the first time. */
  | { status: 'loading' }
  /** A browser page, a web store page, or no content script answering. */
  | { status: 'unreadable' }
  /** The page's items as far as they have come; `state` is `scanning` while more may be found. */
  | { status: 'loaded'; tabId: number; page: PageList }
  /** Something unexpected went wrong while asking the page. */
  | { status: 'failed'; message: string };

/** A short message about the last action, shown above the list. */
export interface Notice {
  /** `error` for a failed action, `info` for a plain report. */
  tone: 'error' | 'info';
  /** One sentence. */
  text: string;
}

/** How often an open popup asks the page whether it was read again. */
export interface PollOptions {
  /** Milliseconds between two requests. */
  intervalMs: number;
}

/** Polling the popup uses unless told otherwise: every 400 ms, as long as it is open. */
const DEFAULT_POLL: PollOptions = { intervalMs: 400 };

/** Everything the popup's components need. */
export interface PopupModel {
  /** The page and its items. */
  page: PageState;
  /** Ids of the page items already saved. */
  savedIds: ReadonlySet<string>;
  /** Items saved from this page that it could not find in its text. */
  notFound: readonly SavedItem[];
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
  const [notFound, setNotFound] = useState<readonly SavedItem[]>([]);
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState(false);
  /** Rereads the saved items on news of a change; held while the popup's own save runs. */
  const news = useRef<NewsGate | undefined>(undefined);

  // Started as soon as the popup has rendered, not after its first frame as `useEffect` would be
  // (or 100 ms later, when no frame comes): the page's answer is what the popup waits for.
  useLayoutEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopListening: (() => void) | undefined;
    /** The items shown so far, by id. */
    let known = new Map<string, PageItem>();
    /** The list shown. */
    let shown: PageList | undefined;

    function savedNotRead(error: unknown): void {
      if (!stopped) setNotice({ tone: 'error', text: `Saved items could not be read: ${messageOf(error)}` });
    }

    async function loadSaved(url: string): Promise<void> {
      try {
        const saved = await client.listSaved(url);
        if (!stopped) setSavedIds((before) => new Set([...before, ...idsOf(saved)]));
      } catch (error) {
        savedNotRead(error);
      }
    }

    /** The page's own view of its saved items: the items it found by their saved quote wherever its text moved them, and those it did not find. */
    async function loadSavedOnPage(tabId: number): Promise<void> {
      try {
        const onPage = await client.getPageSaved(tabId);
        if (stopped) return;
        setNotFound(onPage.notFound);
        if (onPage.savedItemIds.length > 0) setSavedIds((before) => new Set([...before, ...onPage.savedItemIds]));
      } catch (error) {
        savedNotRead(error);
      }
    }

    /** Reads the saved items afresh after a change elsewhere, replacing what was known: the store's list, then the page's own view of its saved items (asked second, so the page has had the same news first). */
    async function reloadSaved(tabId: number, url: string): Promise<void> {
      try {
        const saved = await client.listSaved(url);
        const onPage = await client.getPageSaved(tabId);
        if (stopped) return;
        setSavedIds(new Set([...idsOf(saved), ...onPage.savedItemIds]));
        setNotFound(onPage.notFound);
      } catch (error) {
        savedNotRead(error);
      }
    }

    function show(tabId: number, list: PageList): void {
      shown = list;
      setPage({ status: 'loaded', tabId, page: list });
    }

    /**
     * Reads the page's list a slice at a time, on from the list shown when
     * the page still has its revision, and shows it as it comes. A list of
     * another revision replaces the one shown once it is complete or as long
     * (never a shorter list for a while: no flicker). When the page's list
     * changes between two slices, the reading stops: the next poll starts
     * again from the new revision.
     */
    async function readItems(tabId: number, revision?: number): Promise<void> {
      const resume = shown !== undefined && !isComplete(shown) && shown.revision === revision ? shown : undefined;
      // An id names the same item every time: keep the objects already shown, so their rows stay as they are.
      const ask = async (from: number, count: number) => {
        const answer = await client.getPageItems(tabId, from, count);
        return { ...answer, items: answer.items.map((item) => known.get(item.id) ?? (known.set(item.id, item), item)) };
      };
      try {
        for await (const list of readPageList(ask, resume)) {
          if (stopped) return;
          const first = shown === undefined;
          if (first || list.revision === shown!.revision || isComplete(list) || list.items.length >= shown!.items.length) {
            show(tabId, list);
          }
          if (first) {
            void loadSaved(list.url).then(() => loadSavedOnPage(tabId));
            // Edits and deletions elsewhere (the library, the page's card) show here too.
            const gate = new NewsGate(() => reloadSaved(tabId, list.url));
            news.current = gate;
            stopListening = client.onSavedChanged(() => gate.notify());
          }
          if (isComplete(list)) {
            known = new Map(list.items.map((item) => [item.id, item]));
            if (!first) void loadSavedOnPage(tabId);
          }
        }
      } catch (error) {
        // With a list on screen a failed slice is asked again at the next poll; the poll tells a page that is gone.
        if (shown === undefined) throw error;
      }
    }

    /**
     * Follows the page for as long as the popup is open: asks whether its
     * items changed since the list shown (a page that changes is read again
     * and again), and reads them only when they did or when the list shown is
     * not complete yet. So the list never stays behind the page, and
     * "scanning" shows exactly while the page says so.
     */
    function follow(tabId: number): void {
      timer = setTimeout(() => {
        client
          .getPageState(tabId)
          .then(async (now) => {
            if (stopped) return;
            if (shown === undefined || now.revision !== shown.revision || !isComplete(shown)) await readItems(tabId, now.revision);
            else if (now.state !== shown.state) {
              show(tabId, { ...shown, state: now.state });
              // Once read, the page has placed its saved items in its text again.
              if (now.state === 'ready') void loadSavedOnPage(tabId);
            }
            if (!stopped) follow(tabId);
          })
          .catch(fail);
      }, poll.intervalMs);
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
      await readItems(tab.id);
      if (!stopped) follow(tab.id);
    }

    start().catch(fail);
    return () => {
      stopped = true;
      clearTimeout(timer);
      stopListening?.();
    };
  }, [client, poll.intervalMs]);

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
      // Each stored batch brings news of itself: the items it stored are marked here, the rest is read once at the end.
      const releaseNews = news.current?.hold();
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
        .finally(() => {
          releaseNews?.();
          setBusy(false);
        });
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

  return { page, savedIds, notFound, notice, busy, scrollTo, save, exportSaved, dismissNotice, openLibrary };
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
