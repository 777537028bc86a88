/**
 * Exports and import in Chromium with the built extension: the popup's
 * buttons download this page's saved items in every format, and a backup
 * imported from the library into a fresh profile brings every item back, found
 * again on its page.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ServedReport } from '../../src/demo/report-server';
import { CSV_COLUMNS } from '../../src/shared/export/csv';
import type { SavedItem } from '../../src/shared/messages';
import { useBrowserSession } from './support/browser-session';
import { SMALL_REPORT } from './support/corpus-pages';
import { parseCsv } from './support/csv';
import { openPopupOver, pageItems, storedSavedItems } from './support/extension-api';
import { launchExtensionBrowser, openPage, type ExtensionBrowser } from './support/extension-browser';

const session = useBrowserSession();
let report: ServedReport;
let popup: Page;
let saved: SavedItem[];
const files = new Map<string, { name: string; content: string }>();

/** Clicks the export button named `name` and reads the file it downloads. */
async function download(name: string): Promise<{ name: string; content: string }> {
  const [file]: [Download, void] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), content: await readFile(await file.path(), 'utf8') };
}

beforeAll(async () => {
  report = session.server.report(SMALL_REPORT);
  const page = await openPage(session.extension.context, report.url);
  const { items } = await pageItems(session.extension, page);
  popup = await openPopupOver(session.extension, page);
  await popup.locator('.list-summary', { hasText: `${items.length} items shown` }).waitFor({ timeout: 15_000 });
  await popup.locator('button.save-all').click();
  await popup.locator('button.save-all', { hasText: 'All saved' }).waitFor({ timeout: 30_000 });
  saved = await storedSavedItems(await session.extension.serviceWorker());
}, 120_000);

describe('the popup’s exports of this page', () => {
  test('CSV: one row per saved item, UTF-8 with a byte order mark', async () => {
    const csv = await download('Export this page as CSV');
    expect(csv.name).toMatch(/^policy-lens-\d{4}-\d{2}-\d{2}-page\.csv$/);
    const [header, ...rows] = parseCsv(csv.content.slice(1));
    expect(csv.content.startsWith('\uFEFF')).toBe(true);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(saved.length);
  });

  test('Markdown: the page as a linked heading and each item', async () => {
    const md = await download('Export this page as Markdown');
    expect(md.name).toMatch(/-page\.md$/);
    expect(md.content).toContain(`## [${report.title}](<${report.url}>)`);
    expect(md.content.match(/^- \*\*/gm)).toHaveLength(saved.length);
  });

  test('CSL-JSON: one web page entry per item', async () => {
    const csl = await download('Export this page as CSL-JSON citations');
    expect(csl.name).toMatch(/-page\.csl\.json$/);
    const entries = JSON.parse(csl.content) as { type: string; URL: string }[];
    expect(entries).toHaveLength(saved.length);
    expect(new Set(entries.map((entry) => `${entry.type} ${entry.URL}`))).toEqual(new Set([`webpage ${report.url}`]));
  });

  test('W3C: an annotation collection with a quote and a position for each item', async () => {
    const w3c = await download('Export this page as W3C Web Annotations');
    expect(w3c.name).toMatch(/-page\.jsonld$/);
    const collection = JSON.parse(w3c.content) as { type: string; total: number; first: { items: { target: { selector: { type: string }[] } }[] } };
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(saved.length);
    for (const annotation of collection.first.items) {
      expect(annotation.target.selector.map((selector) => selector.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    }
  });

  test('Backup: every saved item', async () => {
    const backup = await download('Back up every saved item, note and tag as JSON');
    expect(backup.name).toMatch(/-backup\.json$/);
    expect((JSON.parse(backup.content) as { items: SavedItem[] }).items.map((item) => item.id).sort()).toEqual(saved.map((item) => item.id).sort());
    files.set('backup', backup);
  });
});

describe('a backup imported into a fresh profile', () => {
  let fresh: ExtensionBrowser;
  let profile: string;

  afterAll(async () => {
    await fresh?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  test('brings every item back, and each is found again on its page', async () => {
    profile = await mkdtemp(join(tmpdir(), 'policy-lens-e2e-import-'));
    fresh = await launchExtensionBrowser(profile);
    const backupPath = join(profile, 'backup.json');
    await writeFile(backupPath, files.get('backup')!.content);

    const library = await fresh.context.newPage();
    await library.goto(fresh.popupUrl.replace('src/popup/index.html', 'src/library/index.html'));
    await library.locator('.import-file input[type="file"]').setInputFiles(backupPath);
    await expect.poll(() => library.locator('.notice-text').textContent(), { timeout: 30_000 }).toBe(`Imported ${saved.length} items.`);
    expect((await storedSavedItems(await fresh.serviceWorker())).map((item) => item.id).sort()).toEqual(saved.map((item) => item.id).sort());

    const page = await openPage(fresh.context, report.url);
    await expect
      .poll(async () => (await pageItems(fresh, page)).savedItemIds.length, { timeout: 30_000 })
      .toBe(saved.length);
    const answer = await pageItems(fresh, page);
    expect(new Set(answer.savedItemIds)).toEqual(new Set(saved.map((item) => item.pageItemId)));
    expect(answer.notFound).toEqual([]);
  });
});
