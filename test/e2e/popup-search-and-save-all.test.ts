/**
 * The popup's search and filters over a corpus report, and Save all over a
 * page of 15,000 items, in Chromium with the built extension.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/extractor';
import { readReportTexts, startReportServer } from '../../src/demo/report-server';
import type { PageItem } from '../../src/shared/messages';
import { useBrowserSession } from './support/browser-session';
import { CORPUS_DIR, SMALL_REPORT } from './support/corpus-pages';
import { openPopupOver, pageItems, storedSavedItems } from './support/extension-api';
import { openPage } from './support/extension-browser';
import { listedRows } from './support/virtual-list';

/**
 * A real sentence of report 000 with three indicators, its figures numbered by
 * line: items with the same words and context are one saved item, so every
 * line must read differently.
 */
function sentence(line: number): string {
  return `全市${line}家建筑业企业共完成建筑业产值${line}亿元,同比增长17%;上交税收${line}.8亿元,同比增长12%;实现增加值${line}.5亿元,同比增长15.6%。`;
}

/** Items wanted on the long page. */
const LONG_PAGE_ITEMS = 15_000;

/** A report of the sentence, one paragraph a line, until it holds {@link LONG_PAGE_ITEMS} items. */
function longReportText(): string {
  const perSentence = extract(sentence(1)).length;
  const lines = Math.ceil(LONG_PAGE_ITEMS / perSentence);
  return ['建筑业产值通报', ...Array.from({ length: lines }, (_, index) => sentence(index + 1))].join('\n');
}

const session = useBrowserSession(async () =>
  startReportServer([...(await readReportTexts([CORPUS_DIR])), { name: 'long-report', text: longReportText() }]),
);

async function typeQuery(popup: Page, query: string): Promise<void> {
  await popup.locator('input.search').fill(query);
}

describe('search and filters over a corpus report', () => {
  let popup: Page;
  let items: PageItem[];

  test('a traditional query finds the simplified items that contain it', async () => {
    const page = await openPage(session.extension.context, session.server.report(SMALL_REPORT).url);
    items = (await pageItems(session.extension, page)).items;
    popup = await openPopupOver(session.extension, page);
    await expect.poll(() => popup.locator('.list-summary').textContent(), { timeout: 15_000 }).toBe(`${items.length} items shown`);

    // The report is in simplified characters: 工業 is the traditional form of its 工业.
    const withWord = items.filter((item) => item.text.includes('工业'));
    expect(withWord.length).toBeGreaterThan(0);
    await typeQuery(popup, '工業');
    await expect.poll(() => popup.locator('.list-summary').textContent()).toBe(`${withWord.length} items shown`);
    expect(new Set((await listedRows(popup)).map((row) => row.id))).toEqual(new Set(withWord.map((item) => item.id)));
  });

  test('kind, status and order narrow and reorder the list', async () => {
    await typeQuery(popup, '');
    await popup.locator('.filter-kinds [data-filter="indicator"]').click();
    await popup.locator('[data-choice="status"] select').selectOption('actual');
    const actual = items.filter((item) => item.kind === 'indicator' && item.status === 'actual');
    await expect.poll(() => popup.locator('.list-summary').textContent()).toBe(`${actual.length} items shown`);

    await popup.locator('.filter-kinds [data-filter="all"]').click();
    await popup.locator('[data-choice="status"] select').selectOption('all');
    await popup.locator('[data-choice="order"] select').selectOption('document');
    await expect.poll(() => popup.locator('.group-heading').count()).toBe(0);
    expect((await listedRows(popup)).map((row) => row.id)).toEqual(items.map((item) => item.id));
  });

  test('the saved filter shows what was saved', async () => {
    const first = items[0]!;
    await popup.locator(`.row[data-item-id="${first.id}"] .row-save`).click();
    await popup.locator('[data-choice="saved"] select').selectOption('saved');
    await expect.poll(() => popup.locator('.list-summary').textContent()).toBe('1 item shown');
    expect((await listedRows(popup)).map((row) => row.id)).toEqual([first.id]);
    await popup.close();
  });
});

test('Save all on a page of 15,000 items stores every one of them', async () => {
  const page = await openPage(session.extension.context, session.server.report('long-report').url);
  const { items } = await pageItems(session.extension, page, 120_000);
  expect(items.length).toBeGreaterThanOrEqual(LONG_PAGE_ITEMS);
  const worker = await session.extension.serviceWorker();
  const before = (await storedSavedItems(worker)).length;

  const popup = await openPopupOver(session.extension, page);
  await expect.poll(() => popup.locator('.list-summary').textContent(), { timeout: 30_000 }).toBe(`${items.length} items shown`);
  await popup.locator('button.save-all').click();
  await expect.poll(() => popup.locator('button.save-all').textContent(), { timeout: 400_000 }).toBe('All saved');
  await expect.poll(() => popup.locator('.notice-text').textContent()).toBe(`Saved ${items.length} items.`);

  const stored = await storedSavedItems(worker);
  expect(stored.length - before).toBe(items.length);
  const longPageUrl = session.server.report('long-report').url;
  expect(new Set(stored.filter((item) => item.url === longPageUrl).map((item) => item.pageItemId))).toEqual(
    new Set(items.map((item) => item.id)),
  );
}, 600_000);
