/**
 * A page that changes for a minute (its own script adds, edits and removes
 * report paragraphs), with the popup open over it all along: once the page
 * stops, the popup comes to say it is ready with the list the command line's
 * extractor finds in the final page, the same items with the same text (a
 * popup that stopped following the page would stay behind it).
 * `POLICY_LENS_CHANGING_PAGE_MS` shortens the minute where a run must be quick.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readReportTexts } from '../../src/demo/report-server';
import type { Item } from '../../src/extractor';
import type { PageItem } from '../../src/shared/messages';
import { useBrowserSession } from './support/browser-session';
import { serveChangingPage, type ChangingPage, type PageChanges } from './support/changing-page';
import { CORPUS_DIR, SMALL_REPORT } from './support/corpus-pages';
import { openPopupOver, pageItems } from './support/extension-api';
import { openPage } from './support/extension-browser';
import { listedRows } from './support/virtual-list';

/** How long the page changes: a minute, unless told otherwise. */
const DURATION_MS = Number(process.env['POLICY_LENS_CHANGING_PAGE_MS'] ?? 60_000);

const session = useBrowserSession();
let changing: ChangingPage;
let workDir: string;

beforeAll(async () => {
  const reports = await readReportTexts([CORPUS_DIR]);
  const paragraphs = (name: string): string[] =>
    reports
      .find((report) => report.name === name)!
      .text.split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
  // The paragraphs brought in come from every report, part headings (一、…回顾, 二、…任务) included.
  const incoming = reports.flatMap((report) => paragraphs(report.name).slice(0, 40));
  changing = await serveChangingPage({ initial: paragraphs(SMALL_REPORT), incoming, durationMs: DURATION_MS });
  workDir = await mkdtemp(join(tmpdir(), 'policy-lens-changing-'));
});

afterAll(async () => {
  await changing?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** What the command line finds in a saved page, as JSON. */
async function commandLineItems(html: string): Promise<Item[]> {
  const file = join(workDir, 'final.html');
  await writeFile(file, html);
  const { stdout } = await promisify(execFile)(process.execPath, ['bin/policy-lens.mjs', 'extract', file, '--format', 'json'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Item[];
}

/** An item as the extractor gives it: the page item without what the content script adds. */
function extractorFields({ id: _id, selectors: _selectors, sentence: _sentence, ...item }: PageItem): Item {
  return item as Item;
}

/** In the popup: `ready` when the list shows no scanning note, else `scanning`. */
function popupSays(): 'ready' | 'scanning' {
  return document.querySelector('.scan-note, [data-state="scanning"]') ? 'scanning' : 'ready';
}

test(
  'the popup follows a page that changes for a minute and ends with what the command line finds in it',
  async () => {
    const page = await openPage(session.extension.context, changing.url);
    const popup = await openPopupOver(session.extension, page);
    await popup.bringToFront(); // as the toolbar shows it
    await popup.locator('.row, [data-state]').first().waitFor({ timeout: 30_000 });

    await page.waitForFunction(() => (window as unknown as { pageChanges: PageChanges }).pageChanges.done, undefined, {
      timeout: DURATION_MS + 30_000,
      polling: 500,
    });
    const changes = await page.evaluate(() => (window as unknown as { pageChanges: PageChanges }).pageChanges);
    expect(changes.added).toBeGreaterThan(0);
    expect(changes.edited).toBeGreaterThan(0);
    expect(changes.removed).toBeGreaterThan(0);

    // Once the page has stopped, the popup comes to say it is ready, listing what a fresh read of the final page finds:
    // its rows are the content script's items, and those are the command line's, field for field (an item kept
    // from before the page changed keeps its id, so ids are compared with the page's own).
    const expected = await commandLineItems(await page.content());
    expect(expected.length).toBeGreaterThan(20);
    const listed = async (): Promise<string[] | 'scanning'> =>
      (await popup.evaluate(popupSays)) === 'scanning' ? 'scanning' : (await listedRows(popup)).map((row) => row.id).sort();
    const { state, items } = await pageItems(session.extension, page);
    expect(state).toBe('ready');
    expect(items.map(extractorFields)).toEqual(expected);
    await expect.poll(listed, { timeout: 60_000, interval: 500 }).toEqual(items.map((item) => item.id).sort());
  },
  DURATION_MS + 180_000,
);
