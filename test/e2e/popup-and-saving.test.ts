/**
 * The analyst's day-one loop in real Chromium: the popup lists the page's
 * items, a click shows one in the page, Save stores items in IndexedDB, where
 * they outlive the service worker, the CSV and JSON downloads hold them, and
 * they are still there after the browser is closed and started again on the
 * same profile.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ServedReport } from '../../src/demo/report-server';
import { CSV_COLUMNS } from '../../src/shared/export/csv';
import type { PageItem, SavedItem } from '../../src/shared/messages';
import { useBrowserSession } from './support/browser-session';
import { SMALL_REPORT } from './support/corpus-pages';
import { parseCsv } from './support/csv';
import { openPopupOver, pageItems, restartServiceWorker, storedSavedItems } from './support/extension-api';
import { openPage } from './support/extension-browser';
import { drawnLayers } from './support/highlights';
import { isLocalUrl } from './support/network-log';
import { listedRows, revealRow } from './support/virtual-list';

const session = useBrowserSession();
let report: ServedReport;
let reportPage: Page;
let popup: Page;
let items: PageItem[];

/**
 * Where the last occurrence of `text` on the report page is, relative to the
 * viewport. Each paragraph of a report page is one text node, and no item
 * crosses paragraphs.
 */
function lastOccurrenceBox(page: Page, text: string): Promise<{ top: number; bottom: number; viewport: number } | null> {
  return page.evaluate((wanted) => {
    const paragraph = Array.from(document.querySelectorAll('h1, p')).findLast((p) => p.textContent?.includes(wanted));
    const node = paragraph?.firstChild;
    if (!node?.textContent) return null;
    const at = node.textContent.lastIndexOf(wanted);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + wanted.length);
    const box = range.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom, viewport: window.innerHeight };
  }, text);
}

beforeAll(async () => {
  report = session.server.report(SMALL_REPORT);
  reportPage = await openPage(session.extension.context, report.url);
  items = (await pageItems(session.extension, reportPage)).items;
});

describe('the popup over a report page', () => {
  test('lists every item of the page, grouped by kind with counts', async () => {
    expect(items.length).toBeGreaterThan(0);
    popup = await openPopupOver(session.extension, reportPage);
    await expect
      .poll(() => popup.locator('.list-summary').textContent(), { timeout: 15_000 })
      .toBe(`${items.length} items shown`);

    const listed = (await listedRows(popup)).map((row) => row.id);
    const byKind = (kind: string) => items.filter((item) => item.kind === kind).map((item) => item.id);
    expect(listed).toEqual([...byKind('indicator'), ...byKind('commitment')]);
    for (const kind of ['indicator', 'commitment'] as const) {
      const count = byKind(kind).length;
      if (count > 0) expect(await popup.locator(`.filter-kinds [data-filter="${kind}"] .chip-count`).textContent()).toBe(String(count));
    }
  });

  test('a click on an item scrolls the page to it and flashes it', async () => {
    // The last item is the furthest down, out of view before the click.
    const last = items[items.length - 1]!;
    expect(await reportPage.evaluate(() => window.scrollY)).toBe(0);
    expect(await revealRow(popup, last.id)).toBe(true);
    await popup.locator(`.row[data-item-id="${last.id}"] .row-open`).click();

    await expect.poll(async () => (await drawnLayers(reportPage)).flash).toEqual([last.text]);
    // Out of view before, it is drawn in its layer once scrolled near, not only flashed.
    await expect.poll(async () => (await drawnLayers(reportPage))[last.kind], { timeout: 10_000 }).toContain(last.text);

    await expect.poll(() => reportPage.evaluate(() => window.scrollY), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect
      .poll(async () => {
        const box = await lastOccurrenceBox(reportPage, last.text);
        return box !== null && box.bottom > 0 && box.top < box.viewport;
      })
      .toBe(true);
  });
});

describe('saving', () => {
  let saved: SavedItem[];

  test('Save on one row puts that item in IndexedDB', async () => {
    const first = items[0]!;
    // The first item of the page may be listed further down (grouped by kind): its row is scrolled into being.
    expect(await revealRow(popup, first.id)).toBe(true);
    await popup.locator(`.row[data-item-id="${first.id}"] .row-save`).click();
    await expect.poll(() => popup.locator(`.row[data-item-id="${first.id}"]`).getAttribute('data-saved')).toBe('true');

    const stored = await storedSavedItems(await session.extension.serviceWorker());
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      pageItemId: first.id,
      url: report.url,
      title: report.title,
      kind: first.kind,
      subtype: first.subtype,
      text: first.text,
      selectors: first.selectors,
    });
  });

  test('Save all stores every item of the page once', async () => {
    await popup.locator('button.save-all').click();
    await expect.poll(() => popup.locator('button.save-all').textContent()).toBe('All saved');
    expect((await listedRows(popup)).filter((row) => row.saved === 'true')).toHaveLength(items.length);

    saved = await storedSavedItems(await session.extension.serviceWorker());
    expect(saved.map((item) => item.pageItemId).sort()).toEqual(items.map((item) => item.id).sort());
  });

  test('saved items outlive the service worker: a fresh one, after the browser stopped the old, finds them', async () => {
    const worker = await session.extension.serviceWorker();
    await worker.evaluate(() => Object.assign(globalThis, { keptInMemory: true }));
    await restartServiceWorker(session.extension);
    expect(await worker.evaluate(() => 'keptInMemory' in globalThis)).toBe(false);

    popup = await openPopupOver(session.extension, reportPage);
    await expect.poll(() => popup.locator('button.save-all').textContent(), { timeout: 15_000 }).toBe('All saved');
    expect((await listedRows(popup)).filter((row) => row.saved === 'true')).toHaveLength(items.length);
  });

  test('the CSV download holds every saved item: UTF-8 with a BOM, CRLF rows, the agreed columns', async () => {
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export this page as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^policy-lens-\d{4}-\d{2}-\d{2}-page\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);

    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);

    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual([...CSV_COLUMNS]);
    const column = (name: string): number => header!.indexOf(name);
    expect(rows).toHaveLength(saved.length);
    // A cell that could start a formula gets a leading apostrophe; Chinese item texts never start that way.
    expect(rows.map((row) => row[column('quote')]).sort()).toEqual(saved.map((item) => item.text).sort());
    expect(new Set(rows.map((row) => row[column('URL')]))).toEqual(new Set([report.url]));
    expect(new Set(rows.map((row) => row[column('page title')]))).toEqual(new Set([report.title]));
  });

  test('the JSON backup holds every saved item', async () => {
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Back up every saved item, note and tag as JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-backup\.json$/);
    const exported: unknown = JSON.parse(await readFile(await download.path(), 'utf8'));
    const exportedItems = Array.isArray(exported) ? exported : (exported as { items: unknown[] }).items;
    expect((exportedItems as SavedItem[]).map((item) => item.id).sort()).toEqual(saved.map((item) => item.id).sort());
  });

  test('saved items are still there after the browser is closed and started again on the same profile', async () => {
    await session.restart();

    const stored = await storedSavedItems(await session.extension.serviceWorker());
    expect(stored.map((item) => item.id).sort()).toEqual(saved.map((item) => item.id).sort());

    reportPage = await openPage(session.extension.context, report.url);
    await pageItems(session.extension, reportPage);
    popup = await openPopupOver(session.extension, reportPage);
    await expect.poll(() => popup.locator('button.save-all').textContent(), { timeout: 15_000 }).toBe('All saved');
    expect((await listedRows(popup)).filter((row) => row.saved === 'true')).toHaveLength(items.length);
  });
});

test('no extension context made a network request: only the test pages on 127.0.0.1 and the extension’s own files', async () => {
  expect(session.requests().length).toBeGreaterThan(0);
  expect(session.requests().filter((request) => !isLocalUrl(request.url))).toEqual([]);
});
