// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { extract } from '../../src/extractor';
import { App } from '../../src/popup/App';
import { createPopupClient } from '../../src/popup/popup-client';
import { MAX_ITEMS_PER_ANSWER, type BackgroundMessage, type MessageOfType, type PageItem, type SavedItem } from '../../src/shared/messages';
import { FIRST_SLICE_ITEMS } from '../../src/popup/page-list';
import { toPageItem } from '../../src/shared/page-item';
import { contentKey } from '../../src/shared/content-key';
import { newSavedItemFrom } from '../../src/shared/saved-item';
import { corpusText, reformPledge, taxIndicator } from '../shared/corpus-fixtures';
import { ITEMS, PAGE, PAGE_ITEMS } from '../shared/page-fixtures';
import { useListViewportHeight } from '../ui/list-viewport';
import { captureDownloads } from '../ui/capture-downloads';
import { fakePort, memoryBackground, type FakeBrowser, type PageAnswer, type RecordingPort } from './fake-port';
import { waitOutEffectsAtEnd } from '../ui/after-paint';

waitOutEffectsAtEnd();

/** Asks the page often, so tests of a changing page stay short. */
const FAST_POLL = { intervalMs: 5 };

let container: HTMLElement;

// Tall enough for every row of the fixture page; the corpus report's test scrolls.
useListViewportHeight(2000);

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

/** The content script's answer for a fully scanned page. */
function ready(items: PageItem[] = PAGE_ITEMS): PageAnswer {
  return { state: 'ready', ...PAGE, items };
}

/** Opens the popup over a fake browser and returns the port that records its messages. */
async function openPopup(browser: Partial<FakeBrowser>, poll = FAST_POLL): Promise<RecordingPort> {
  const port = fakePort(browser);
  await act(() => render(<App client={createPopupClient(port)} poll={poll} />, container));
  return port;
}

/** Opens the popup on the fixture page and waits for its rows. */
async function openOnReport(browser: Partial<FakeBrowser> = {}): Promise<RecordingPort> {
  const port = await openPopup({ pageAnswers: [ready()], ...browser });
  await vi.waitFor(() => expect(rows()).toHaveLength(PAGE_ITEMS.length));
  return port;
}

function rows(): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('.row[data-item-id]')];
}

function rowOf(item: PageItem): HTMLElement {
  const row = container.querySelector<HTMLElement>(`.row[data-item-id="${item.id}"]`);
  if (!row) throw new Error(`no row for ${item.id}`);
  return row;
}

function rowIds(): string[] {
  return rows().map((row) => row.dataset.itemId ?? '');
}

function panelState(): string | undefined {
  return container.querySelector<HTMLElement>('[data-state]')?.dataset.state;
}

function button(selector: string, scope: ParentNode = container): HTMLButtonElement {
  const found = scope.querySelector<HTMLButtonElement>(selector);
  if (!found) throw new Error(`no button ${selector}`);
  return found;
}

function buttonNamed(text: RegExp): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((candidate) => text.test(candidate.textContent ?? ''));
  if (!found) throw new Error(`no button named ${text}`);
  return found;
}

async function choose(name: string, value: string): Promise<void> {
  const select = container.querySelector<HTMLSelectElement>(`[data-choice="${name}"] select`)!;
  select.value = value;
  await act(() => {
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function click(element: HTMLElement): Promise<void> {
  await act(() => element.click());
}

function savesSent(port: RecordingPort): MessageOfType<'to-background/save-items'>[] {
  return port.toBackground.filter((message): message is MessageOfType<'to-background/save-items'> => message.type === 'to-background/save-items');
}

describe('the list of page items', () => {
  it('groups the items by kind with counts, indicators first, each in text order', async () => {
    await openOnReport();
    const headings = [...container.querySelectorAll('.group-heading')].map((heading) => heading.textContent);
    expect(headings).toEqual(['Indicators 指标7', 'Commitments 承诺3']);
    const indicators = PAGE_ITEMS.filter((item) => item.kind === 'indicator').map((item) => item.id);
    const commitments = PAGE_ITEMS.filter((item) => item.kind === 'commitment').map((item) => item.id);
    expect(rowIds()).toEqual([...indicators, ...commitments]);
  });

  it('shows each item’s text with its value marked, and its fields', async () => {
    await openOnReport();
    const output = rowOf(ITEMS.output);
    expect(output.querySelector('.row-text')?.textContent).toBe('全市144家建筑业企业共完成建筑业产值124亿元,同比增长17%');
    expect(output.querySelector('.excerpt-value')?.textContent).toBe('124亿元');
    expect(output.querySelector('.field-metric')?.textContent).toBe('Metric建筑业产值');
    expect(output.querySelector('.field-change')?.textContent).toBe('Change↑ 同比增长17%');
    expect(output.querySelector('.tag')?.textContent).toBe('Amount 数额');

    expect(rowOf(ITEMS.investmentGoal).querySelector('.tag-target')?.textContent).toBe('Target 目标');
    expect(rowOf(ITEMS.output).querySelector('.tag-target')).toBeNull();

    const listing = rowOf(ITEMS.listingTarget);
    expect(listing.querySelector('.row-text')?.getAttribute('title')).toBe(ITEMS.listingTarget.text);
    expect(listing.querySelector('.field-deadline')?.textContent).toBe('Deadline今年');
    expect(listing.querySelector('.field-marker')?.textContent).toBe('Marker力争');
    expect(rowOf(ITEMS.investmentTarget).querySelector('.field-targets')?.textContent).toBe('Targets330亿元 · 370亿元');
  });

  it('makes every row and action a button that the keyboard can reach', async () => {
    await openOnReport();
    for (const row of rows()) {
      expect(row.querySelector('.row-open')?.tagName).toBe('BUTTON');
      expect(row.querySelector('.row-save')?.tagName).toBe('BUTTON');
    }
    expect(button('.row-save', rowOf(ITEMS.output)).getAttribute('aria-label')).toBe('Save “建筑业产值124亿元,同比增长17%”');
  });

  it('lists what the extractor finds in a corpus report', async () => {
    const text = corpusText('003_4ef620bd1e3cb09d.txt');
    const items = extract(text).map((item) => toPageItem(item, text));
    expect(items.length).toBeGreaterThan(0);
    await openPopup({ pageAnswers: [ready(items)] });
    await vi.waitFor(() => expect(container.querySelector('.list-summary')?.textContent).toBe(`${items.length} items shown`));
    // Only the rows in view are rendered; each tells the list's full length (items and two headings).
    expect(rows().length).toBeLessThan(items.length);
    expect(rows()[0]?.closest('[aria-setsize]')?.getAttribute('aria-setsize')).toBe(String(items.length + 2));
    const counts = [...container.querySelectorAll('.group-count')].map((count) => Number(count.textContent));
    const indicators = items.filter((item) => item.kind === 'indicator').length;
    const commitments = items.length - indicators;
    expect(counts).toEqual([indicators, commitments].filter((count) => count > 0));
  });
});

describe('search, status, saved and order', () => {
  async function type(query: string): Promise<void> {
    const box = container.querySelector<HTMLInputElement>('input.search')!;
    box.value = query;
    await act(() => {
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }

  it('finds items by their words, a traditional query finding the simplified page and back', async () => {
    await openOnReport();
    // 稅收 and 納稅 are written in traditional characters; the page has 税收 and 纳税.
    await type('稅');
    expect(rowIds()).toEqual([ITEMS.taxes.id, ITEMS.companyTax.id]);
    expect(container.querySelector('.list-summary')?.textContent).toBe('2 items shown');
    await type('納稅 2523');
    expect(rowIds()).toEqual([ITEMS.companyTax.id]);
    await type('没有这个词');
    expect(container.querySelector('.list-empty')?.textContent).toBe('No items match this filter.');
    await type('');
    expect(rows()).toHaveLength(PAGE_ITEMS.length);
  });

  it('keeps target indicators only, or saved or unsaved items only', async () => {
    await openOnReport({ background: memoryBackground([{ ...newSavedItemFrom(ITEMS.output, PAGE), id: 's1', createdAt: '', updatedAt: '' }]) });
    await vi.waitFor(() => expect(rowOf(ITEMS.output).dataset.saved).toBe('true'));
    await choose('status', 'target');
    expect(rowIds()).toEqual(PAGE_ITEMS.filter((item) => item.kind === 'indicator' && item.status === 'target').map((item) => item.id));
    await choose('status', 'all');
    await choose('saved', 'saved');
    expect(rowIds()).toEqual([ITEMS.output.id]);
    await choose('saved', 'unsaved');
    expect(rowIds()).toHaveLength(PAGE_ITEMS.length - 1);
    expect(buttonNamed(/^Save all/).textContent).toBe(`Save all (${PAGE_ITEMS.length - 1})`);
  });

  it('lists the items in the page’s order without headings', async () => {
    await openOnReport();
    await choose('order', 'document');
    expect(container.querySelector('.group-heading')).toBeNull();
    expect(rowIds()).toEqual(PAGE_ITEMS.map((item) => item.id));
  });

  it('follows deletions made elsewhere: the background’s news unmarks the row', async () => {
    let stored: SavedItem[] = [{ ...newSavedItemFrom(ITEMS.output, PAGE), id: 's1', createdAt: '', updatedAt: '' }];
    const background = (message: BackgroundMessage) =>
      message.type === 'to-background/list-saved' ? { ok: true, items: stored } : memoryBackground()(message);
    const port = await openOnReport({ background });
    await vi.waitFor(() => expect(rowOf(ITEMS.output).dataset.saved).toBe('true'));
    stored = [];
    await act(() => port.announceSavedChange());
    await vi.waitFor(() => expect(rowOf(ITEMS.output).dataset.saved).toBe('false'));
  });

  it('opens the library in a new tab', async () => {
    const port = await openOnReport();
    await click(buttonNamed(/^Library$/));
    expect(port.openedPages).toEqual(['src/library/index.html']);
  });
});

describe('filters', () => {
  it('shows the count of every kind', async () => {
    await openOnReport();
    const chips = [...container.querySelectorAll('.filter-kinds .chip')].map((chip) => chip.textContent);
    expect(chips).toEqual(['All10', 'Indicators指标7', 'Commitments承诺3']);
    expect(container.querySelector('.filter-subtypes')).toBeNull();
  });

  it('narrows the list to one kind, then to one subtype, and back to everything', async () => {
    await openOnReport();
    await click(button('.filter-kinds [data-filter="indicator"]'));
    expect(rows()).toHaveLength(7);
    expect(container.querySelectorAll('.group-heading')).toHaveLength(1);
    const subtypes = [...container.querySelectorAll<HTMLButtonElement>('.filter-subtypes .chip')];
    expect(subtypes.map((chip) => [chip.dataset.filter, chip.textContent, chip.disabled])).toEqual([
      ['all', 'Any7', false],
      ['amount', 'Amount数额5', false],
      ['rate', 'Rate比率0', true],
      ['count', 'Count数量1', false],
      ['rank', 'Rank排名1', false],
    ]);

    await click(button('.filter-subtypes [data-filter="rank"]'));
    expect(rowIds()).toEqual([ITEMS.countyRank.id]);
    expect(button('.filter-subtypes [data-filter="rank"]').getAttribute('aria-pressed')).toBe('true');

    await click(button('.filter-kinds [data-filter="commitment"]'));
    expect(rowIds()).toEqual([ITEMS.investmentTarget.id, ITEMS.projectsPledge.id, ITEMS.listingTarget.id]);
    await click(button('.filter-subtypes [data-filter="pledge"]'));
    expect(rowIds()).toEqual([ITEMS.projectsPledge.id]);

    await click(button('.filter-kinds [data-filter="all"]'));
    expect(rows()).toHaveLength(10);
    expect(container.querySelector('.filter-subtypes')).toBeNull();
  });
});

describe('page states', () => {
  it('says the page is being scanned and shows its items as they come, until it is ready', async () => {
    const pageAnswers: FakeBrowser['pageAnswers'] = [{ state: 'scanning', ...PAGE, items: [] }];
    await openPopup({ pageAnswers });
    await vi.waitFor(() => expect(panelState()).toBe('scanning'));
    expect(container.textContent).toContain('Scanning the page…');

    pageAnswers.push({ state: 'scanning', ...PAGE, items: PAGE_ITEMS.slice(0, 3) });
    await vi.waitFor(() => expect(rows()).toHaveLength(3));
    expect(container.querySelector('.scan-note')?.textContent).toBe('Scanning… more items may appear.');

    pageAnswers.push(ready());
    await vi.waitFor(() => expect(rows()).toHaveLength(10));
    expect(container.querySelector('.scan-note')).toBeNull();
  });

  it('keeps following a page that changes after it was read, fetching its items only when it was read again', async () => {
    const pageAnswers: FakeBrowser['pageAnswers'] = [ready(PAGE_ITEMS.slice(0, 4))];
    const port = await openPopup({ pageAnswers });
    await vi.waitFor(() => expect(rows()).toHaveLength(4));
    await vi.waitFor(() => expect(asked('popup-to-content/get-page-state')).toBeGreaterThan(3));
    expect(asked('popup-to-content/get-page-items')).toBe(1); // nothing new: the items are not fetched again

    // New text waits to be read: the popup says so, with the items it has.
    pageAnswers.push({ state: 'scanning', ...PAGE, items: PAGE_ITEMS.slice(0, 4) });
    await vi.waitFor(() => expect(container.querySelector('.scan-note')).not.toBeNull());
    pageAnswers.push(ready(PAGE_ITEMS.slice(2)));
    await vi.waitFor(() => expect(rowIds().sort()).toEqual(PAGE_ITEMS.slice(2).map((item) => item.id).sort()));
    expect(container.querySelector('.scan-note')).toBeNull();

    function asked(type: string): number {
      return port.toTab.filter((sent) => sent.message.type === type).length;
    }
  });

  it('says so plainly when the page has no items', async () => {
    await openPopup({ pageAnswers: [ready([])] });
    await vi.waitFor(() => expect(panelState()).toBe('empty'));
    expect(container.querySelector('.status-title')?.textContent).toBe('No indicators or commitments on this page');
  });

  it.each(['chrome://extensions/', 'https://chromewebstore.google.com/detail/abc', 'about:blank'])(
    'does not even ask a browser page or a store page: %s',
    async (url) => {
      const port = await openPopup({ tab: { id: 3, url }, pageAnswers: [ready()] });
      await vi.waitFor(() => expect(panelState()).toBe('unreadable'));
      expect(container.querySelector('.status-title')?.textContent).toBe('Policy Lens can’t read this page');
      expect(port.toTab).toEqual([]);
    },
  );

  it('asks the page when the browser does not disclose the tab’s URL', async () => {
    await openPopup({ tab: { id: 7 }, pageAnswers: [ready()] });
    await vi.waitFor(() => expect(rows()).toHaveLength(10));
  });

  it('says the page cannot be read when no content script answers', async () => {
    await openPopup({ pageAnswers: [new Error('Could not establish connection. Receiving end does not exist.')] });
    await vi.waitFor(() => expect(panelState()).toBe('unreadable'));
    expect(container.textContent).toContain('reload it');
    expect(container.textContent).not.toContain('Receiving end');
  });

  it('says the page cannot be read when there is no active tab', async () => {
    await openPopup({ tab: undefined });
    await vi.waitFor(() => expect(panelState()).toBe('unreadable'));
  });

  it('reports an unexpected failure in one sentence', async () => {
    const port = fakePort({});
    port.activeTab = async () => {
      throw new Error('Tabs cannot be listed right now.');
    };
    await act(() => render(<App client={createPopupClient(port)} poll={FAST_POLL} />, container));
    await vi.waitFor(() => expect(panelState()).toBe('failed'));
    expect(container.querySelector('.status-text')?.textContent).toBe('Tabs cannot be listed right now.');
  });

  it('shows a short message when saved items cannot be listed, and still lists the page', async () => {
    await openOnReport({ background: () => ({ ok: false, error: 'The saved items could not be opened.' }) });
    await vi.waitFor(() => expect(container.querySelector('[role="alert"]')).not.toBeNull());
    expect(container.querySelector('[role="alert"]')?.textContent).toContain(
      'Saved items could not be read: The saved items could not be opened.',
    );
    expect(rows()).toHaveLength(10);
  });
});

describe('a long list, read a slice at a time', () => {
  /** The largest corpus report: its items fill three answers. */
  let report: PageItem[];

  beforeAll(() => {
    const text = corpusText('001_66774ca9e7b2c39c.txt');
    report = extract(text).map((item) => toPageItem(item, text));
    expect(report.length).toBeGreaterThan(2 * MAX_ITEMS_PER_ANSWER);
  });

  /** A gate the fake content script waits at before answering a slice. */
  function gate(): { wait: Promise<void>; open(): void } {
    let open!: () => void;
    const wait = new Promise<void>((resolve) => (open = resolve));
    return { wait, open };
  }

  function summary(): string | undefined {
    return container.querySelector('.list-summary')?.textContent ?? undefined;
  }

  function note(): string | undefined {
    return container.querySelector('.scan-note')?.textContent ?? undefined;
  }

  /** The first index of every slice of a list of `total` items read from the start: a small first slice, then full ones. */
  function slicesOf(total: number): number[] {
    const starts = [0];
    for (let from = FIRST_SLICE_ITEMS; from < total; from += MAX_ITEMS_PER_ANSWER) starts.push(from);
    return starts;
  }

  function slicesAsked(port: RecordingPort): number[] {
    return port.toTab.flatMap(({ message }) => (message.type === 'popup-to-content/get-page-items' ? [message.from] : []));
  }

  it('shows the first slice at once and the rest as it comes, Save all waiting for the whole list', async () => {
    const rest = gate();
    const port = await openPopup({ pageAnswers: [ready(report)], beforeSlice: (from) => (from > 0 ? rest.wait : undefined) });
    await vi.waitFor(() => expect(summary()).toBe(`${FIRST_SLICE_ITEMS} items shown`));
    expect(rows().length).toBeGreaterThan(0);
    expect(note()).toBe(`Listing… ${FIRST_SLICE_ITEMS} of ${report.length} items so far.`);
    expect(buttonNamed(/^Save all/).disabled).toBe(true);

    rest.open();
    await vi.waitFor(() => expect(summary()).toBe(`${report.length} items shown`));
    expect(note()).toBeUndefined();
    expect(buttonNamed(/^Save all/).disabled).toBe(false);
    expect(buttonNamed(/^Save all/).textContent).toBe(`Save all (${report.length})`);
    expect(slicesAsked(port)).toEqual(slicesOf(report.length));
    const counts = [...container.querySelectorAll('.filter-kinds .chip')].map((chip) => chip.textContent);
    const indicators = report.filter((item) => item.kind === 'indicator').length;
    expect(counts).toEqual([`All${report.length}`, `Indicators指标${indicators}`, `Commitments承诺${report.length - indicators}`]);
  });

  it('starts again from the new revision when the page’s list changes between two slices', async () => {
    const changed = report.slice(30);
    const pageAnswers: FakeBrowser['pageAnswers'] = [ready(report)];
    const port = await openPopup({
      pageAnswers,
      beforeSlice(from) {
        // The page is read again just before the second slice is answered.
        if (from === FIRST_SLICE_ITEMS && pageAnswers.length === 1) pageAnswers.push(ready(changed));
      },
    });
    await vi.waitFor(() => expect(summary()).toBe(`${changed.length} items shown`));
    expect(note()).toBeUndefined();
    await choose('order', 'document');
    expect(rowIds()[0]).toBe(changed[0]!.id);
    // The slice of the new list was not joined to the first one of the old: the reading began again from the start.
    expect(slicesAsked(port)).toEqual([0, FIRST_SLICE_ITEMS, ...slicesOf(changed.length)]);
  });

  it('keeps the whole list shown until the new revision’s list has come', async () => {
    const pageAnswers: FakeBrowser['pageAnswers'] = [ready(report)];
    let hold: ReturnType<typeof gate> | undefined;
    const port = await openPopup({ pageAnswers, beforeSlice: (from) => (from > 0 ? hold?.wait : undefined) });
    await vi.waitFor(() => expect(summary()).toBe(`${report.length} items shown`));

    hold = gate();
    const changed = report.slice(0, -15);
    pageAnswers.push(ready(changed));
    // The first slice of the new list has come: the old list stays whole, nothing flickers.
    await vi.waitFor(() => expect(slicesAsked(port).slice(slicesOf(report.length).length)).toEqual([0, FIRST_SLICE_ITEMS]));
    expect(summary()).toBe(`${report.length} items shown`);
    expect(note()).toBeUndefined();
    hold.open();
    await vi.waitFor(() => expect(summary()).toBe(`${changed.length} items shown`));
  });

  it('keeps what has come when a slice fails, and asks for the rest again', async () => {
    let failures = 0;
    await openPopup({
      pageAnswers: [ready(report)],
      beforeSlice(from) {
        if (from === FIRST_SLICE_ITEMS && failures++ === 0) throw new Error('The message port closed before a response was received.');
      },
    });
    await vi.waitFor(() => expect(summary()).toBe(`${report.length} items shown`));
    expect(failures).toBe(2);
    expect(panelState()).toBeUndefined();
  });
});

describe('showing an item in the page', () => {
  it('asks the content script of the tab to scroll to the clicked item', async () => {
    const port = await openOnReport();
    await click(button('.row-open', rowOf(ITEMS.companyTax)));
    expect(port.toTab.at(-1)).toEqual({
      tabId: 7,
      message: { type: 'popup-to-content/scroll-to-item', itemId: ITEMS.companyTax.id },
    });
  });
});

describe('saving', () => {
  it('reads the items saved from this page from the store and marks them', async () => {
    const earlier = { ...newSavedItemFrom(ITEMS.projectsPledge, PAGE), id: 'saved-1', createdAt: '', updatedAt: '' };
    const port = await openOnReport({ background: memoryBackground([earlier]) });
    expect(port.reads).toEqual([PAGE.url]);
    await vi.waitFor(() => expect(rowOf(ITEMS.projectsPledge).dataset.saved).toBe('true'));
    expect(rowOf(ITEMS.projectsPledge).querySelector('.row-save')).toBeNull();
    expect(rowOf(ITEMS.listingTarget).dataset.saved).toBe('false');
    expect(container.querySelector('.export-summary')?.textContent).toBe('1 saved from this page');
  });

  it('saves one item with its page and fields, then marks its row saved', async () => {
    const port = await openOnReport();
    await click(button('.row-save', rowOf(ITEMS.output)));
    await vi.waitFor(() => expect(rowOf(ITEMS.output).dataset.saved).toBe('true'));
    expect(savesSent(port)).toEqual([
      { type: 'to-background/save-items', items: [newSavedItemFrom(ITEMS.output, PAGE, contentKey(ITEMS.output))] },
    ]);
    const [saved] = savesSent(port)[0]?.items ?? [];
    expect(saved).toMatchObject({
      pageItemId: ITEMS.output.id,
      url: PAGE.url,
      title: PAGE.title,
      kind: 'indicator',
      subtype: 'amount',
      text: '建筑业产值124亿元,同比增长17%',
      fields: { metric: '建筑业产值', valueText: '124亿元', unit: '亿元' },
    });
    expect(rowOf(ITEMS.taxes).dataset.saved).toBe('false');
    expect(container.querySelector('.export-summary')?.textContent).toBe('1 saved from this page');
  });

  it('saves all visible items that are not saved yet in one message', async () => {
    const port = await openOnReport();
    await click(button('.row-save', rowOf(ITEMS.listingTarget)));
    await vi.waitFor(() => expect(rowOf(ITEMS.listingTarget).dataset.saved).toBe('true'));

    await click(button('.filter-kinds [data-filter="commitment"]'));
    expect(buttonNamed(/^Save all/).textContent).toBe('Save all (2)');
    await click(buttonNamed(/^Save all/));
    await vi.waitFor(() => expect(rows().every((row) => row.dataset.saved === 'true')).toBe(true));

    expect(savesSent(port).at(-1)?.items.map((item) => item.pageItemId)).toEqual([
      ITEMS.investmentTarget.id,
      ITEMS.projectsPledge.id,
    ]);
    expect(buttonNamed(/All saved/).disabled).toBe(true);
    expect(container.querySelector('[role="status"].notice')?.textContent).toContain('Saved 2 items.');

    await click(button('.filter-kinds [data-filter="all"]'));
    expect(buttonNamed(/^Save all/).textContent).toBe('Save all (7)');
  });

  it('reads the saved items again once after its own save, not at each batch’s news', async () => {
    let finishSave!: () => void;
    const memory = memoryBackground();
    const background = async (message: BackgroundMessage) => {
      if (message.type === 'to-background/save-items') await new Promise<void>((resolve) => (finishSave = resolve));
      return memory(message);
    };
    const port = await openOnReport({ background });
    await vi.waitFor(() => expect(port.reads).toHaveLength(1));
    await click(buttonNamed(/^Save all/));
    await vi.waitFor(() => expect(savesSent(port)).toHaveLength(1));
    // The background's news of the batches being stored, while the save runs.
    port.announceSavedChange();
    port.announceSavedChange();
    await act(async () => {});
    expect(port.reads).toHaveLength(1);
    await act(async () => finishSave());
    await vi.waitFor(() => expect(rows().every((row) => row.dataset.saved === 'true')).toBe(true));
    await vi.waitFor(() => expect(port.reads).toHaveLength(2));
  });

  it('shows the background’s refusal as a short message and leaves the row unsaved', async () => {
    const background = (message: BackgroundMessage) =>
      message.type === 'to-background/save-items'
        ? { ok: false, error: 'items[0].url: expected a string' }
        : memoryBackground()(message);
    await openOnReport({ background });
    await click(button('.row-save', rowOf(ITEMS.taxes)));
    await vi.waitFor(() => expect(container.querySelector('[role="alert"]')).not.toBeNull());
    expect(container.querySelector('[role="alert"] .notice-text')?.textContent).toBe(
      'Not saved: “上交税收3.8亿元”: items[0].url: expected a string.',
    );
    expect(rowOf(ITEMS.taxes).dataset.saved).toBe('false');

    await click(button('.notice-close'));
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it('says the storage could not be reached when the background does not answer', async () => {
    const port = fakePort({ pageAnswers: [ready()] });
    port.sendToBackground = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await act(() => render(<App client={createPopupClient(port)} poll={FAST_POLL} />, container));
    await vi.waitFor(() => expect(rows()).toHaveLength(10));
    await click(button('.row-save', rowOf(ITEMS.taxes)));
    await vi.waitFor(() =>
      expect(container.querySelector('[role="alert"] .notice-text')?.textContent).toBe(
        'Not saved: Policy Lens could not reach its storage. Please try again.',
      ),
    );
  });
});

describe('export', () => {
  const csv = {
    ok: true,
    filename: 'policy-lens-2026-11-23.csv',
    mimeType: 'text/csv;charset=utf-8',
    content: '\uFEFFkind,subtype,metric\r\nindicator,amount,建筑业产值\r\n',
  };

  it('downloads the CSV of this page’s saved items the background returns, byte order mark included', async () => {
    const downloads = captureDownloads();
    const earlier = { ...newSavedItemFrom(ITEMS.projectsPledge, PAGE), id: 'saved-1', createdAt: '', updatedAt: '' };
    const store = memoryBackground([earlier]);
    const background = (message: BackgroundMessage) => (message.type === 'popup-to-background/export' ? csv : store(message));
    const port = await openOnReport({ background });
    await vi.waitFor(() => expect(buttonNamed(/^CSV$/).disabled).toBe(false));
    expect(buttonNamed(/^CSV$/).getAttribute('aria-label')).toBe('Export this page as CSV');
    await click(buttonNamed(/^CSV$/));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(port.toBackground.at(-1)).toEqual({ type: 'popup-to-background/export', format: 'csv', scope: { url: PAGE.url } });
    expect(downloads[0]?.filename).toBe('policy-lens-2026-11-23.csv');
    expect(downloads[0]?.blob.type).toBe('text/csv;charset=utf-8');
    // Read the bytes: Blob.text() would drop the byte order mark that Excel needs.
    const bytes = new Uint8Array(await (downloads[0]?.blob as Blob).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(csv.content);
    expect(container.querySelector('.notice-text')?.textContent).toBe('Downloading policy-lens-2026-11-23.csv.');
  });

  it('asks for the JSON backup of everything with the Backup button, which stands beside Library, not among this page’s formats', async () => {
    captureDownloads();
    const port = await openOnReport({
      background: (message) =>
        message.type === 'popup-to-background/export'
          ? { ...csv, filename: 'policy-lens-2026-11-23.json', mimeType: 'application/json', content: '[]' }
          : memoryBackground()(message),
    });
    const pageFormats = container.querySelector('[role="group"][aria-label="Export this page"]');
    expect([...pageFormats!.querySelectorAll('button')].map((button) => button.textContent)).toEqual(['CSV', 'Markdown', 'Cite', 'W3C']);
    expect(buttonNamed(/^Backup$/).parentElement).toBe(buttonNamed(/^Library$/).parentElement);
    await click(buttonNamed(/^Backup$/));
    await vi.waitFor(() => expect(container.querySelector('.notice-text')?.textContent).toContain('.json'));
    expect(port.toBackground.at(-1)).toEqual({ type: 'popup-to-background/export', format: 'json' });
  });

  it('works on a page it cannot read, and reports a failed export', async () => {
    const downloads = captureDownloads();
    await openPopup({
      tab: { id: 1, url: 'chrome://newtab/' },
      background: () => ({ ok: false, error: 'The saved items could not be read.' }),
    });
    await vi.waitFor(() => expect(panelState()).toBe('unreadable'));
    expect(buttonNamed(/^CSV$/).disabled).toBe(true);
    await click(buttonNamed(/^Backup$/));
    await vi.waitFor(() =>
      expect(container.querySelector('[role="alert"]')?.textContent).toContain(
        'Export failed: The saved items could not be read.',
      ),
    );
    expect(downloads).toEqual([]);
  });
});

describe('saved items after the page changed', () => {
  const stored = (item: ReturnType<typeof taxIndicator>, id: string): SavedItem => ({
    ...item,
    id,
    createdAt: '2026-11-23T08:00:00.000Z',
    updatedAt: '2026-11-23T08:00:00.000Z',
  });

  it('marks the items the page found by their saved quote as saved', async () => {
    const [first, second] = PAGE_ITEMS;
    await openOnReport({ pageAnswers: [{ ...ready(), savedItemIds: [first!.id] }] });
    await vi.waitFor(() => expect(rowOf(first!).dataset.saved).toBe('true'));
    expect(rowOf(second!).dataset.saved).toBe('false');
  });

  it('lists the saved items not found on the page by their quote, as text', async () => {
    const tax = stored(taxIndicator(), 'tax');
    const pledge = stored(reformPledge(), 'pledge');
    // Page text that looks like markup stays text.
    const markup = '<img src=x onerror=alert(1)>确保完成';
    pledge.selectors = { ...pledge.selectors, quote: { ...pledge.selectors.quote, exact: markup } };
    await openOnReport({ pageAnswers: [{ ...ready(), notFound: [tax, pledge] }] });
    const section = container.querySelector('.not-found')!;
    expect(section.querySelector('h2')?.textContent).toBe('Not found on this page (2)');
    const entries = [...section.querySelectorAll<HTMLElement>('.not-found-item')];
    expect(entries.map((entry) => [entry.dataset.savedId, entry.textContent])).toEqual([
      ['tax', tax.selectors.quote.exact],
      ['pledge', markup],
    ]);
    expect(section.querySelector('img')).toBeNull();
  });

  it('lists them on a page without items too, and nothing when every saved item was found', async () => {
    await openPopup({ pageAnswers: [{ ...ready([]), notFound: [stored(taxIndicator(), 'tax')] }] });
    await vi.waitFor(() => expect(container.querySelector('.not-found-item')?.textContent).toBe(taxIndicator().text));
    render(null, container);
    await openOnReport({ pageAnswers: [{ ...ready(), notFound: [] }] });
    expect(container.querySelector('.not-found')).toBeNull();
  });
});
