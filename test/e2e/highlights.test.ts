/**
 * Corpus reports as pages in real Chromium: the content script finds the
 * items the extractor finds in the same page text, draws each of them, leaves
 * the page's text alone, counts them on the toolbar badge and reads text the
 * page adds later.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extract, type Item } from '../../src/extractor';
import { renderReportPage } from '../../src/demo/report-pages';
import type { ReportServer, ServedReport } from '../../src/demo/report-server';
import type { PageItem } from '../../src/shared/messages';
import { expectedItems, LARGEST_REPORT, serveCorpus, SMALL_REPORT } from './support/corpus-pages';
import { badgeText, pageItems } from './support/extension-api';
import { launchExtensionBrowser, openPage, type ExtensionBrowser } from './support/extension-browser';
import { drawnLayers } from './support/highlights';
import { isLocalUrl } from './support/network-log';

let server: ReportServer;
let profile: string;
let extension: ExtensionBrowser;

beforeAll(async () => {
  server = await serveCorpus();
  profile = await mkdtemp(join(tmpdir(), 'policy-lens-e2e-'));
  extension = await launchExtensionBrowser(profile);
});

afterAll(async () => {
  await extension?.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

/** What identifies an item's place and kind, for comparing lists of items. */
function spanOf(item: Item): string {
  return `${item.kind} ${item.start}-${item.end} ${item.text}`;
}

/** The texts of the items of one kind, sorted, to compare with the ranges of a layer. */
function textsOf(items: readonly Item[], kind: Item['kind']): string[] {
  return items.filter((item) => item.kind === kind).map((item) => item.text).sort();
}

describe.each([SMALL_REPORT, LARGEST_REPORT])('report page %s', (name) => {
  let report: ServedReport;
  let page: Page;
  let found: PageItem[];
  let expected: Item[];

  beforeAll(async () => {
    report = server.report(name);
    expected = expectedItems(report);
    page = await openPage(extension.context, report.url);
    found = (await pageItems(extension, page, 60_000)).items;
  });

  afterAll(() => page?.close());

  test('the content script finds exactly the items the extractor finds in the page text', () => {
    expect(expected.length).toBeGreaterThan(0);
    expect(found.map(spanOf).sort()).toEqual(expected.map(spanOf).sort());
  });

  test('every indicator and every commitment is drawn, each kind in a layer of its own', async () => {
    const drawn = await drawnLayers(page);
    expect(drawn.indicator.slice().sort()).toEqual(textsOf(expected, 'indicator'));
    expect(drawn.commitment.slice().sort()).toEqual(textsOf(expected, 'commitment'));
  });

  test('inside a commitment, the values to reach stand out in a layer of their own', async () => {
    const targets = expected.flatMap((item) => (item.kind === 'commitment' ? item.indicators : []));
    const drawn = await drawnLayers(page);
    expect(drawn.target.length).toBe(targets.length);
    const targetTexts = new Set(targets.flatMap((indicator) => [indicator.valueText, indicator.text]));
    expect(drawn.target.filter((text) => !targetTexts.has(text))).toEqual([]);
  });

  test('the page’s text is left exactly as it was', async () => {
    const original = new JSDOM(renderReportPage(report)).window.document.body.textContent;
    expect(await page.evaluate(() => document.body.textContent)).toBe(original);
  });

  test('the toolbar badge shows the number of items', async () => {
    expect(await badgeText(extension, page)).toBe(String(found.length));
  });
});

test('a paragraph the page adds later is read and drawn too', async () => {
  const page = await openPage(extension.context, server.report(SMALL_REPORT).url);
  const before = (await pageItems(extension, page)).items;
  // A paragraph of another report, rich in figures, added the way a page script would.
  const added = server.report('004_d509771d086070bc').text.split('\n').find((line) => extract(line).length >= 3)!;
  await page.evaluate((text) => {
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    document.body.append(paragraph);
  }, added);

  const addedItems = extract(added);
  await expect
    .poll(async () => (await pageItems(extension, page)).items.length, { timeout: 15_000 })
    .toBe(before.length + addedItems.length);
  const after = (await pageItems(extension, page)).items;
  expect(after.map((item) => item.text).sort()).toEqual([...before, ...addedItems].map((item) => item.text).sort());
  const drawn = await drawnLayers(page);
  expect(drawn.indicator.length + drawn.commitment.length).toBe(after.length);
  await page.close();
});

test('no extension context made a network request: only the test pages on 127.0.0.1 and the extension’s own files', () => {
  expect(extension.network.requests.length).toBeGreaterThan(0);
  expect(extension.network.requests.filter((request) => !isLocalUrl(request.url))).toEqual([]);
});
