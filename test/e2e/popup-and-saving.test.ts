/**
 * The analyst's day-one loop in real Chromium: the popup lists the page's
 * items, a click shows one in the page, Save stores items in IndexedDB, the
 * CSV and JSON downloads hold them, and they are still there after the
 * browser is closed and started again on the same profile.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ReportServer, ServedReport } from '../../src/demo/report-server';
import type { PageItem, SavedItem } from '../../src/shared/messages';
import { serveCorpus, SMALL_REPORT } from './support/corpus-pages';
import { parseCsv } from './support/csv';
import { openPopupOver, pageItems, storedSavedItems } from './support/extension-api';
import { launchExtensionBrowser, openPage, type ExtensionBrowser } from './support/extension-browser';
import { isLocalUrl, type LoggedRequest } from './support/network-log';

let server: ReportServer;
let profile: string;
let extension: ExtensionBrowser;
let report: ServedReport;
let reportPage: Page;
let popup: Page;
let items: PageItem[];
/** Requests of every browser session of this file, for the no-network check at the end. */
const requests: LoggedRequest[] = [];

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

async function closeBrowser(): Promise<void> {
  requests.push(...extension.network.requests);
  await extension.close();
}

beforeAll(async () => {
  server = await serveCorpus();
  report = server.report(SMALL_REPORT);
  profile = await mkdtemp(join(tmpdir(), 'policy-lens-e2e-'));
  extension = await launchExtensionBrowser(profile);
  reportPage = await openPage(extension.context, report.url);
  items = (await pageItems(extension, reportPage)).items;
});

afterAll(async () => {
  await extension?.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe('the popup over a report page', () => {
  test('lists every item of the page, grouped by kind with counts', async () => {
    expect(items.length).toBeGreaterThan(0);
    popup = await openPopupOver(extension, reportPage);
    await expect.poll(() => popup.locator('li.row').count(), { timeout: 15_000 }).toBe(items.length);

    const listed = await popup.locator('li.row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-item-id')));
    expect(new Set(listed)).toEqual(new Set(items.map((item) => item.id)));
    for (const kind of ['indicator', 'commitment'] as const) {
      const count = items.filter((item) => item.kind === kind).length;
      if (count > 0) await expect.poll(() => popup.locator(`.group-${kind} .group-count`).textContent()).toBe(String(count));
    }
  });

  test('a click on an item scrolls the page to it', async () => {
    // The last item is the furthest down, out of view before the click.
    const last = items[items.length - 1]!;
    expect(await reportPage.evaluate(() => window.scrollY)).toBe(0);
    await popup.locator(`li.row[data-item-id="${last.id}"] .row-open`).click();

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
    await popup.locator(`li.row[data-item-id="${first.id}"] .row-save`).click();
    await expect.poll(() => popup.locator(`li.row[data-item-id="${first.id}"]`).getAttribute('data-saved')).toBe('true');

    const stored = await storedSavedItems(await extension.serviceWorker());
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
    await expect.poll(() => popup.locator('li.row[data-saved="true"]').count()).toBe(items.length);

    saved = await storedSavedItems(await extension.serviceWorker());
    expect(saved.map((item) => item.pageItemId).sort()).toEqual(items.map((item) => item.id).sort());
  });

  test('the CSV download holds every saved item, readable as UTF-8 with a BOM', async () => {
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export all saved items as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);

    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toBeDefined();
    const column = (name: string): number => header!.findIndex((cell) => cell.toLowerCase() === name);
    expect(rows).toHaveLength(saved.length);
    // A cell that could start a formula gets a leading apostrophe; Chinese item texts never start that way.
    expect(rows.map((row) => row[column('text')]).sort()).toEqual(saved.map((item) => item.text).sort());
    expect(new Set(rows.map((row) => row[column('url')]))).toEqual(new Set([report.url]));
  });

  test('the JSON download holds every saved item', async () => {
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export all saved items as JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const exported: unknown = JSON.parse(await readFile(await download.path(), 'utf8'));
    const exportedItems = Array.isArray(exported) ? exported : (exported as { items: unknown[] }).items;
    expect((exportedItems as SavedItem[]).map((item) => item.id).sort()).toEqual(saved.map((item) => item.id).sort());
  });

  test('saved items are still there after the browser is closed and started again on the same profile', async () => {
    await closeBrowser();
    extension = await launchExtensionBrowser(profile);

    const stored = await storedSavedItems(await extension.serviceWorker());
    expect(stored.map((item) => item.id).sort()).toEqual(saved.map((item) => item.id).sort());

    reportPage = await openPage(extension.context, report.url);
    await pageItems(extension, reportPage);
    popup = await openPopupOver(extension, reportPage);
    await expect.poll(() => popup.locator('li.row[data-saved="true"]').count(), { timeout: 15_000 }).toBe(items.length);
  });
});

test('no extension context made a network request: only the test pages on 127.0.0.1 and the extension’s own files', async () => {
  requests.push(...extension.network.requests);
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((request) => !isLocalUrl(request.url))).toEqual([]);
});
