/**
 * The library page in Chromium with the built extension: items saved from two
 * corpus reports are listed by page, searched, deleted and put back, and a
 * link opens a report at its item.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { SavedItem } from '../../src/shared/messages';
import { useBrowserSession } from './support/browser-session';
import { SMALL_REPORT } from './support/corpus-pages';
import { openPopupOver, pageItems, storedSavedItems } from './support/extension-api';
import { openPage } from './support/extension-browser';
import { drawnLayers } from './support/highlights';
import { listedRows, revealRow } from './support/virtual-list';

/** The county speech, in traditional characters, beside the simplified industrial-zone speech. */
const TRADITIONAL_REPORT = '004_d509771d086070bc';

const session = useBrowserSession();
let library: Page;
let saved: SavedItem[];

/** Saves every item of a report page with the popup's Save all. */
async function saveAllOf(report: string): Promise<void> {
  const page = await openPage(session.extension.context, session.server.report(report).url);
  const { items } = await pageItems(session.extension, page);
  expect(items.length).toBeGreaterThan(0);
  const popup = await openPopupOver(session.extension, page);
  await popup.locator('.list-summary', { hasText: `${items.length} items shown` }).waitFor({ timeout: 15_000 });
  await popup.locator('button.save-all').click();
  await popup.locator('button.save-all', { hasText: 'All saved' }).waitFor({ timeout: 30_000 });
  await popup.close();
}

function summary(): Promise<string | null> {
  return library.locator('.library-summary').textContent();
}

beforeAll(async () => {
  await saveAllOf(SMALL_REPORT);
  await saveAllOf(TRADITIONAL_REPORT);
  saved = await storedSavedItems(await session.extension.serviceWorker());
  library = await session.extension.context.newPage();
  await library.goto(session.extension.popupUrl.replace('src/popup/index.html', 'src/library/index.html'));
}, 120_000);

describe('the library', () => {
  test('lists the items of both pages under their titles', async () => {
    await expect.poll(summary, { timeout: 15_000 }).toBe(`${saved.length} of ${saved.length} saved items shown, from 2 pages`);
    // The county speech was saved last: its page comes first.
    const county = saved.find((item) => item.url === session.server.report(TRADITIONAL_REPORT).url)!;
    expect(await library.locator('.page-title').first().textContent()).toBe(county.title);
    const listed = await listedRows(library, '.library-list');
    expect(new Set(listed.map((row) => row.id))).toEqual(new Set(saved.map((item) => item.id)));
  });

  test('a traditional query finds the items of both pages that hold the word', async () => {
    // 項目 is traditional; the industrial-zone speech writes 项目. An indicator's metric is searched too.
    const holds = (text = '') => text.includes('项目') || text.includes('項目');
    const expected = saved.filter((item) => holds(item.text) || holds(item.fields.metric));
    expect(expected.some((item) => item.text.includes('项目'))).toBe(true);
    await library.locator('input.search').fill('項目');
    await expect.poll(summary).toMatch(new RegExp(`^${expected.length} of ${saved.length} saved items shown`));
    expect(new Set((await listedRows(library, '.library-list')).map((row) => row.id))).toEqual(new Set(expected.map((item) => item.id)));
    await library.locator('input.search').fill('');
  });

  test('deletes a page’s items and puts them back with Undo', async () => {
    const county = saved.filter((item) => item.url === session.server.report(TRADITIONAL_REPORT).url);
    const countyRow = library.locator('.page-row', { hasText: county[0]!.title });
    await countyRow.locator('.select-page').check();
    await expect.poll(() => library.locator('.selection-count').textContent()).toBe(`${county.length} selected`);
    await library.locator('button.delete-selected').click();
    await expect.poll(summary).toBe(`${saved.length - county.length} of ${saved.length - county.length} saved items shown, from 1 page`);
    const worker = await session.extension.serviceWorker();
    expect(await storedSavedItems(worker)).toHaveLength(saved.length - county.length);

    await library.locator('button.undo').click();
    await expect.poll(summary).toBe(`${saved.length} of ${saved.length} saved items shown, from 2 pages`);
    const back = await storedSavedItems(worker);
    expect([...back].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...saved].sort((a, b) => a.id.localeCompare(b.id)));
  });

  test('an item’s link opens its page scrolled to the item, flashed', async () => {
    const zoneUrl = session.server.report(SMALL_REPORT).url;
    // The page's last item is far down the page.
    const item = saved
      .filter((candidate) => candidate.url === zoneUrl)
      .reduce((last, candidate) => (candidate.selectors.position.start > last.selectors.position.start ? candidate : last));
    expect(await revealRow(library, item.id, '.library-list')).toBe(true);
    const zoneRow = library.locator(`.item-row[data-item-id="${item.id}"]`);
    const [opened] = await Promise.all([
      session.extension.context.waitForEvent('page'),
      zoneRow.locator('a.open-item').click(),
    ]);
    await opened.waitForLoadState('load');
    expect(opened.url()).toBe(`${zoneUrl}#policy-lens-item=${encodeURIComponent(item.id)}`);
    await expect.poll(async () => (await drawnLayers(opened)).flash, { timeout: 30_000 }).toEqual([item.text]);
    await expect.poll(() => opened.evaluate(() => window.scrollY), { timeout: 10_000 }).toBeGreaterThan(0);
  });
});
