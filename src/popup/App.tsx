/** The popup: the active page's items, filters, saving and export. */
import { useMemo, useState } from 'preact/hooks';
import { ExportBar } from './components/ExportBar';
import { Filters } from './components/Filters';
import { Header } from './components/Header';
import { ItemList, type ListOrder } from './components/ItemList';
import { NoticeBar } from './components/NoticeBar';
import { NotFoundList } from './components/NotFoundList';
import { ShortcutHint } from './components/ShortcutHint';
import { StatusPanel } from './components/StatusPanel';
import { filterItems, SHOW_ALL, type ItemFilter } from './item-filter';
import { isComplete, type PageList } from './page-list';
import type { PopupClient } from './popup-client';
import { usePopup, type PollOptions, type PopupModel } from './use-popup';

/** Props of {@link App}. */
export interface AppProps {
  /** Requests to the page and the background. */
  client: PopupClient;
  /** Document that downloads are started from; the popup's own by default. */
  doc?: Document;
  /** How often to ask the page whether it was read again. */
  poll?: PollOptions;
  /** The keyboard shortcut that highlights a selection, once the browser has told it. */
  highlightShortcut?: string;
}

/** Header, the page's state or its item list, and the export footer. */
export function App({ client, doc = document, poll, highlightShortcut }: AppProps) {
  const model = usePopup(client, doc, poll);
  const page = model.page.status === 'loaded' ? model.page.page : undefined;
  const savedOnPage = page ? page.items.filter((item) => model.savedIds.has(item.id)).length : 0;
  return (
    <div class="popup">
      <Header pageTitle={page?.title} pageUrl={page?.url} />
      {model.notice && <NoticeBar notice={model.notice} onDismiss={model.dismissNotice} />}
      <main class="main">
        <PageBody model={model} />
      </main>
      {highlightShortcut !== undefined && <ShortcutHint shortcut={highlightShortcut} />}
      <ExportBar
        savedOnPage={savedOnPage}
        busy={model.busy}
        onExport={model.exportSaved}
        onOpenLibrary={model.openLibrary}
      />
    </div>
  );
}

/** The part of the popup that depends on the page's state. */
function PageBody({ model }: { model: PopupModel }) {
  const { page } = model;
  switch (page.status) {
    case 'loading':
      return <StatusPanel kind="loading" title="Reading this page…" />;
    case 'unreadable':
      return (
        <StatusPanel kind="unreadable" title="Policy Lens can’t read this page">
          <p>
            Browser pages (chrome://, edge://, about:), the web stores and other extensions’ pages are closed to
            extensions.
          </p>
          <p>If this is a report page opened before Policy Lens was installed, reload it and open Policy Lens again.</p>
        </StatusPanel>
      );
    case 'failed':
      return (
        <StatusPanel kind="failed" title="Something went wrong reading this page">
          <p>{page.message}</p>
        </StatusPanel>
      );
    case 'loaded':
      return <LoadedPage model={model} page={page.page} />;
  }
}

interface LoadedPageProps {
  /** The popup's state and actions. */
  model: PopupModel;
  /** The page's items as far as they have come. */
  page: PageList;
}

/** Filters and list, or a message when there is nothing (yet) to list. */
function LoadedPage({ model, page }: LoadedPageProps) {
  const [filter, setFilter] = useState<ItemFilter>(SHOW_ALL);
  const [order, setOrder] = useState<ListOrder>('kind');
  const scanning = page.state === 'scanning';
  const complete = isComplete(page);
  const visible = useMemo(() => filterItems(page.items, filter, model.savedIds), [page.items, filter, model.savedIds]);
  const notFound = <NotFoundList items={model.notFound} />;
  if (page.items.length === 0) {
    const status = scanning ? (
      <StatusPanel kind="scanning" title="Scanning the page…">
        <p>Looking for indicators and commitments.</p>
      </StatusPanel>
    ) : (
      <StatusPanel kind="empty" title="No indicators or commitments on this page">
        <p>
          Policy Lens looks for figures with units, rates and ranks (指标) and for sentences that bind to a target,
          a deadline or an action (承诺).
        </p>
      </StatusPanel>
    );
    return (
      <>
        {status}
        {notFound}
      </>
    );
  }
  return (
    <>
      {(scanning || !complete) && (
        <p class="scan-note" role="status">
          {scanning
            ? 'Scanning… more items may appear.'
            : `Listing… ${page.items.length.toLocaleString('en')} of ${page.total.toLocaleString('en')} items so far.`}
        </p>
      )}
      <Filters items={page.items} filter={filter} onChange={setFilter} order={order} onOrderChange={setOrder} />
      <ItemList
        items={visible}
        order={order}
        savedIds={model.savedIds}
        busy={model.busy || !complete}
        onOpen={model.scrollTo}
        onSave={model.save}
      />
      {notFound}
    </>
  );
}
