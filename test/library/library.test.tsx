// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSavedItemStore, openPolicyLensDb, type PolicyLensDb, type SavedItemStore } from '../../src/background/db';
import { handleMessage, type BackgroundDeps } from '../../src/background/handlers';
import { LibraryApp } from '../../src/library/components/LibraryApp';
import { createLibraryClient, type LibraryPort } from '../../src/library/library-client';
import { MAX_IMPORT_LENGTH, type SavedItem } from '../../src/shared/messages';
import { steppingClock, useEmptyIndexedDb } from '../background/fake-db';
import { COUNTY_PAGE, PARKS_PAGE, SAFETY_PAGE, dashHighlight, projectTarget, reformPledge, taxIndicator } from '../shared/corpus-fixtures';
import { captureDownloads } from '../ui/capture-downloads';
import { useListViewportHeight } from '../ui/list-viewport';
import { waitOutEffectsAtEnd } from '../ui/after-paint';

waitOutEffectsAtEnd();

useListViewportHeight(2000);

/** The library is one of the extension's own pages. */
const LIBRARY = { kind: 'extension-page' } as const;

let db: PolicyLensDb;
let store: SavedItemStore;
let container: HTMLElement;
let listeners: (() => void)[];
let deps: BackgroundDeps;
let saved: SavedItem[];

/** The library over the real background handlers and an in-memory IndexedDB; the background's broadcast reaches it. */
function libraryPort(): LibraryPort {
  return {
    sendToBackground: (message) => handleMessage(message, LIBRARY, deps),
    // The library reads straight from the store, as it does from the extension's IndexedDB.
    readAll: () => store.list(),
    onSavedChanged(listener) {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
  };
}

beforeEach(async () => {
  useEmptyIndexedDb();
  db = await openPolicyLensDb();
  store = createSavedItemStore(db, steppingClock());
  listeners = [];
  deps = {
    store: async () => store,
    badge: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined },
    now: () => new Date(),
    announceSavedChange: () => listeners.forEach((listener) => listener()),
  };
  // The tax figure and the reform pledge of the safety conference, a target of the parks meeting, a highlight of the county speech.
  // Saved one after the other, a second apart.
  saved = [];
  for (const item of [taxIndicator(), reformPledge(), projectTarget(), dashHighlight()]) saved.push(...(await store.save([item])));
  container = document.createElement('div');
  document.body.append(container);
  await act(() => render(<LibraryApp client={createLibraryClient(libraryPort())} />, container));
  await vi.waitFor(() => expect(rows()).toHaveLength(4));
});

afterEach(() => {
  render(null, container);
  container.remove();
  db.close();
});

function rows(): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('.item-row')];
}

function rowTexts(): string[] {
  return rows().map((row) => row.querySelector('.item-text')?.textContent ?? '');
}

function rowOf(item: SavedItem): HTMLElement {
  const row = container.querySelector<HTMLElement>(`.item-row[data-item-id="${item.id}"]`);
  if (!row) throw new Error(`no row for ${item.id}`);
  return row;
}

function summary(): string {
  return container.querySelector('.library-summary')?.textContent ?? '';
}

async function type(selector: string, value: string): Promise<void> {
  const input = container.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  await act(() => {
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function choose(name: string, value: string): Promise<void> {
  const control = container.querySelector<HTMLSelectElement | HTMLInputElement>(`[data-choice="${name}"] select, [data-choice="${name}"] input`)!;
  control.value = value;
  await act(() => {
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

async function click(element: Element | null): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(() => (element as HTMLElement).click());
}

describe('listing', () => {
  it('shows every saved item under its page, the latest saved page first', () => {
    expect(summary()).toBe('4 of 4 saved items shown, from 3 pages');
    const titles = [...container.querySelectorAll('.page-title')].map((title) => title.textContent);
    expect(titles).toEqual([COUNTY_PAGE.title, PARKS_PAGE.title, SAFETY_PAGE.title]);
    expect(container.querySelector('.page-title')?.getAttribute('href')).toBe(COUNTY_PAGE.url);
  });

  it('orders pages by title, items in page order', async () => {
    await choose('sort', 'title');
    const titles = [...container.querySelectorAll('.page-title')].map((title) => title.textContent);
    expect(titles).toEqual([...titles].sort((a, b) => a!.localeCompare(b!, 'zh')));
    const safety = saved.filter((item) => item.url === SAFETY_PAGE.url);
    const safetyRows = rows().filter((row) => safety.some((item) => item.id === row.dataset.itemId));
    const expected = [...safety].sort((a, b) => a.selectors.position.start - b.selectors.position.start);
    expect(safetyRows.map((row) => row.dataset.itemId)).toEqual(expected.map((item) => item.id));
  });

  it('links each item to its page at the item', () => {
    const [tax] = saved;
    expect(rowOf(tax!).querySelector('a.open-item')?.getAttribute('href')).toBe(
      `${SAFETY_PAGE.url}#policy-lens-item=${encodeURIComponent(tax!.id)}`,
    );
  });

  it('shows an item saved elsewhere as soon as the background says so', async () => {
    await handleMessage({ type: 'to-background/delete-saved', id: saved[1]!.id }, LIBRARY, deps);
    await vi.waitFor(() => expect(rows()).toHaveLength(3));
    expect(summary()).toBe('3 of 3 saved items shown, from 3 pages');
  });
});

describe('search and filters', () => {
  it('finds traditional text with a simplified query and simplified text with a traditional one', async () => {
    // The highlight is 高校網絡德育工作論文 (traditional); the tax figure is 纳税2523万元 (simplified).
    await type('input.search', '网络');
    expect(rowTexts()).toEqual(['- 上一篇:高校網絡德育工作論文']);
    await type('input.search', '納稅');
    expect(rowTexts()).toEqual(['纳税2523万元,超过去年全年的总额,同比增长58.9%']);
    await type('input.search', '导航');
    // Notes and tags are searched too: the highlight's tag is 导航.
    expect(rows()).toHaveLength(1);
    await type('input.search', '没有这个词');
    expect(container.querySelector('.library-empty')?.textContent).toBe('No saved item matches this filter.');
  });

  it('filters by kind, subtype, status, tag, site and date', async () => {
    await choose('kind', 'commitment');
    expect(rows()).toHaveLength(2);
    await choose('subtype', 'pledge');
    expect(rowTexts()).toEqual([reformPledge().text]);
    await choose('kind', 'all');
    await choose('subtype', 'all');
    await choose('status', 'actual');
    expect(rowTexts()).toEqual([taxIndicator().text]);
    await choose('status', 'all');
    await choose('tag', '导航');
    expect(rowTexts()).toEqual([dashHighlight().text]);
    await choose('tag', '');
    await choose('site', '127.0.0.1:8080');
    expect(rows()).toHaveLength(4);
    await choose('from', '2999-01-01');
    expect(rows()).toHaveLength(0);
    await choose('from', '');
    await choose('to', '2026-11-23');
    expect(rows()).toHaveLength(4);
  });
});

describe('changes', () => {
  it('deletes the selected items and puts them back, ids and times kept, on Undo', async () => {
    const [tax, pledge] = saved;
    await click(rowOf(tax!).querySelector('.select-item'));
    await click(rowOf(pledge!).querySelector('.select-item'));
    expect(container.querySelector('.selection-count')?.textContent).toBe('2 selected');
    await click(container.querySelector('.delete-selected'));
    await vi.waitFor(() => expect(rows()).toHaveLength(2));
    expect(await store.list()).toHaveLength(2);
    expect(container.querySelector('.notice-text')?.textContent).toBe('Deleted 2 items.');

    await click(container.querySelector('button.undo'));
    await vi.waitFor(() => expect(rows()).toHaveLength(4));
    const back = await store.list();
    expect(back.find((item) => item.id === tax!.id)).toEqual(tax);
    expect(back.find((item) => item.id === pledge!.id)).toEqual(pledge);
    expect(container.querySelector('.notice-text')?.textContent).toBe('Undone.');
  });

  it('selects a page’s items at once and tags many, with undo', async () => {
    const pageBox = [...container.querySelectorAll('.page-row')].find((row) => row.textContent?.includes(SAFETY_PAGE.title));
    await click(pageBox!.querySelector('.select-page'));
    expect(container.querySelector('.selection-count')?.textContent).toBe('2 selected');
    await type('.tag-input', '财政');
    await click(container.querySelector('.add-tag'));
    await vi.waitFor(() => expect(container.querySelector('.notice-text')?.textContent).toBe('Tagged 2 items “财政”.'));
    const tagged = (await store.list()).filter((item) => item.tags.includes('财政'));
    expect(tagged.map((item) => item.url)).toEqual([SAFETY_PAGE.url, SAFETY_PAGE.url]);

    await click(container.querySelector('button.undo'));
    await vi.waitFor(() => expect(container.querySelector('.notice-text')?.textContent).toBe('Undone.'));
    expect((await store.list()).some((item) => item.tags.includes('财政'))).toBe(false);
  });

  it('edits one item’s note, tags and colour, and shows them', async () => {
    const [tax] = saved;
    await click(rowOf(tax!).querySelector('.edit-item'));
    const form = container.querySelector<HTMLFormElement>('form.editor')!;
    await type('form.editor textarea', '九月份数据,待核实');
    await type('form.editor input[name="tags"]', '税收, 企业 税收');
    await click(form.querySelector('input[name="color"][value="green"]'));
    await act(() => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await vi.waitFor(() => expect(rowOf(tax!).querySelector('.item-note')?.textContent).toBe('九月份数据,待核实'));
    expect((await store.list()).find((item) => item.id === tax!.id)?.color).toBe('green');
    expect([...rowOf(tax!).querySelectorAll('.item-tag')].map((tag) => tag.textContent)).toEqual(['#税收', '#企业']);
    expect(container.querySelector('form.editor')).toBeNull();
  });

  it('lets no report page delete or put back items in bulk', async () => {
    const page = { kind: 'page', tabId: 7, url: SAFETY_PAGE.url } as const;
    const ids = saved.map((item) => item.id);
    expect(await handleMessage({ type: 'to-background/delete-many', ids }, page, deps)).toMatchObject({ ok: false });
    expect(await handleMessage({ type: 'to-background/restore-saved', items: saved }, page, deps)).toMatchObject({ ok: false });
    expect(await store.list()).toHaveLength(saved.length);
  });

  it('shows a refused change as a message and keeps the items', async () => {
    deps.store = async () => {
      throw new Error('database closed');
    };
    await click(rowOf(saved[0]!).querySelector('.select-item'));
    await click(container.querySelector('.delete-selected'));
    await vi.waitFor(() => expect(container.querySelector('[role="alert"] .notice-text')?.textContent).toContain('database closed'));
    expect(rows()).toHaveLength(4);
  });
});

describe('export and import', () => {
  async function chooseFile(content: string, name: string): Promise<void> {
    const input = container.querySelector<HTMLInputElement>('.import-file input[type="file"]')!;
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([content], name, { type: 'application/json' })] });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }

  it('exports the items the filter shows, and says so on its buttons', async () => {
    const downloads = captureDownloads();
    await type('input.search', '網絡');
    const csvButton = container.querySelector<HTMLButtonElement>('.transfer-bar button[data-format="csv"]')!;
    expect(csvButton.getAttribute('aria-label')).toBe('Export the 1 shown as CSV');
    await click(csvButton);
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.filename).toMatch(/^policy-lens-\d{4}-\d{2}-\d{2}-library\.csv$/);
    const csv = await downloads[0]!.blob.text();
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(csv).toContain('高校網絡德育工作論文');
  });

  it('refuses a file over the import limit with its size, in words, and keeps the library', async () => {
    await chooseFile('x'.repeat(MAX_IMPORT_LENGTH + 1024 * 1024), 'huge-backup.json');
    await vi.waitFor(() =>
      expect(container.querySelector('[role="alert"] .notice-text')?.textContent).toBe(
        'Not imported: the file is too large (33.0 MB; a file can be at most 32 MB).',
      ),
    );
    expect(await store.list()).toHaveLength(saved.length);
  });

  it('restores a backup into an emptied library, and a second import adds nothing', async () => {
    const downloads = captureDownloads();
    await click(container.querySelector('.transfer-bar button[data-format="json"]'));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    const backup = await downloads[0]!.blob.text();
    await handleMessage({ type: 'to-background/delete-many', ids: saved.map((item) => item.id) }, LIBRARY, deps);
    await vi.waitFor(() => expect(rows()).toHaveLength(0));

    await chooseFile(backup, 'policy-lens-backup.json');
    await vi.waitFor(() => expect(container.querySelector('.notice-text')?.textContent).toBe('Imported 4 items.'));
    await vi.waitFor(() => expect(rows()).toHaveLength(4));
    expect(await store.list()).toEqual(saved.map((item) => expect.objectContaining({ id: item.id, text: item.text })));

    await chooseFile(backup, 'policy-lens-backup.json');
    await vi.waitFor(() => expect(container.querySelector('.notice-text')?.textContent).toBe('Imported 0 items; 4 items already in the library.'));
  });

  it('copies an item as a citation with its page title, site, save date and address', async () => {
    const written: string[] = [];
    Object.defineProperty(window.navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void written.push(text) } });
    const [tax] = saved;
    await click(rowOf(tax!).querySelector('.cite-item'));
    const day = new Date(tax!.createdAt);
    const date = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    expect(written).toEqual([`“${tax!.text}” ${SAFETY_PAGE.title}, 127.0.0.1:8080, ${date}. ${SAFETY_PAGE.url}`]);
  });

  it('refuses a truncated file with its reason and changes nothing', async () => {
    const before = await store.list();
    await chooseFile('{"format":"policy-lens","version":2,"items":[{"id":', 'cut.json');
    await vi.waitFor(() =>
      expect(container.querySelector('[role="alert"] .notice-text')?.textContent).toBe(
        'Not imported: the file is cut short: its JSON ends too early',
      ),
    );
    expect(await store.list()).toEqual(before);
  });
});
