/**
 * Saved items coming back on a page that changed since they were saved, in
 * real Chromium: every item of a corpus report is saved, then the report is
 * served edited in five ways and reloaded. Each saved item must be found at
 * its new place (its page item shown as saved and drawn) or, when its text
 * is gone, be listed as not found; none is dropped or placed elsewhere.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SavedItem } from '../../src/shared/messages';
import { industrialZoneSpeech, PLEDGE } from '../anchoring/report-pages';
import { useBrowserSession } from './support/browser-session';
import { serveEditablePage, type EditablePage } from './support/editable-page';
import { openPopupOver, pageItems, storedSavedItems, type PageReading } from './support/extension-api';
import { openPage } from './support/extension-browser';
import { drawnOverWholePage } from './support/highlights';

const session = useBrowserSession();
const ORIGINAL = industrialZoneSpeech();
const LINES = ORIGINAL.split('\n');

/** The commitment holding the first of the report's two 40只 (the second is in another paragraph). */
const FIRST_PROJECTS_PLEDGE = '一是要继续抓好年初确定的40只重点工业项目的组织实施,对照目标进度要求,跟踪督促,加强服务,加大投入,力争这些项目尽早尽快建成投产。';
const PLEDGE_LINE = LINES.findIndex((line) => line.includes(PLEDGE));
const REVISED_PLEDGE = PLEDGE.replace('高度关注在谈项目', '高度重视在谈项目');

/** A report page edited: what it says, and what becomes of the saved items. */
interface Edit {
  /** What was done to the page. */
  name: string;
  /** The page's text. */
  text: string;
  /** The saved items the page no longer holds. */
  gone?: (saved: readonly SavedItem[]) => SavedItem[];
  /** Saved item text → the text of the page item it is found at now, where they differ. */
  renamed?: Record<string, string>;
}

const EDITS: Edit[] = [
  {
    name: 'a paragraph inserted before every item',
    text: [LINES[0], '各位领导、同志们:', ...LINES.slice(1)].join('\n'),
  },
  {
    name: 'a word changed inside a commitment',
    text: ORIGINAL.replace(PLEDGE, REVISED_PLEDGE),
    renamed: { [PLEDGE]: REVISED_PLEDGE },
  },
  {
    name: 'a paragraph moved to the top',
    text: [LINES[0], LINES[PLEDGE_LINE], ...LINES.slice(1).filter((_, index) => index + 1 !== PLEDGE_LINE)].join('\n'),
  },
  {
    name: 'a commitment deleted',
    text: ORIGINAL.replace(PLEDGE, ''),
    gone: (saved) => saved.filter((item) => item.text === PLEDGE),
  },
  {
    name: 'one of two items with the same text deleted with its sentence',
    text: ORIGINAL.replace(FIRST_PROJECTS_PLEDGE, ''),
    gone: (saved) => {
      // Of the two 40只, the one saved from the deleted sentence: the first in the page.
      const [first] = saved.filter((item) => item.text === '40只').sort((a, b) => a.selectors.position.start - b.selectors.position.start);
      return [...saved.filter((item) => item.text === FIRST_PROJECTS_PLEDGE), first!];
    },
  },
];

let page: EditablePage;
let reportPage: Page;
let saved: SavedItem[];

beforeAll(async () => {
  page = await serveEditablePage('industrial-zone-economy', ORIGINAL);
  reportPage = await openPage(session.extension.context, page.url);
  const { items } = await pageItems(session.extension, reportPage);
  const popup = await openPopupOver(session.extension, reportPage);
  await popup.locator('button.save-all').click();
  await popup.locator('button.save-all', { hasText: 'All saved' }).waitFor({ timeout: 30_000 });
  await popup.close();
  saved = await storedSavedItems(await session.extension.serviceWorker());
  expect(saved.length).toBeGreaterThan(10);
  expect(new Set(saved.map((item) => item.text))).toEqual(new Set(items.map((item) => item.text)));
  expect(saved.filter((item) => item.text === '40只')).toHaveLength(2);
});

afterAll(() => page?.close());

/** The page's answer once every saved item is either paired with a page item or listed as not found. */
async function settledAnswer(): Promise<PageReading> {
  let answer: PageReading | undefined;
  await expect
    .poll(async () => {
      answer = await pageItems(session.extension, reportPage);
      return answer.savedItemIds.length + answer.notFound.length > 0;
    }, { timeout: 20_000 })
    .toBe(true);
  return answer!;
}

describe('saved items on the report page served edited', () => {
  for (const edit of EDITS) {
    test(`${edit.name}: each saved item is at its new place or listed as not found`, async () => {
      page.setText(edit.text);
      await reportPage.reload({ waitUntil: 'load' });
      const answer = await settledAnswer();
      const gone = edit.gone?.(saved) ?? [];

      expect(answer.notFound.map((item) => item.id).sort()).toEqual(gone.map((item) => item.id).sort());
      const savedPageItems = answer.items.filter((item) => answer.savedItemIds.includes(item.id));
      const drawn = await drawnOverWholePage(reportPage);
      for (const item of saved.filter((candidate) => !gone.includes(candidate))) {
        const text = edit.renamed?.[item.text] ?? item.text;
        const found = savedPageItems.filter((pageItem) => pageItem.kind === item.kind && pageItem.text === text);
        expect(found.length, `${item.kind} ${text}`).toBeGreaterThan(0);
        expect(drawn[item.kind === 'commitment' ? 'commitment' : 'indicator']).toContain(text);
      }
      // Every page item shown as saved is one of the saved items, not a look-alike.
      const keptTexts = saved.filter((item) => !gone.includes(item)).map((item) => edit.renamed?.[item.text] ?? item.text);
      for (const pageItem of savedPageItems) expect(keptTexts).toContain(pageItem.text);
      if (edit.gone) {
        // The remaining 40只 of the last edit is still saved: the deleted one was not moved onto it.
        expect(savedPageItems.filter((item) => item.text === '40只')).toHaveLength(saved.filter((item) => item.text === '40只' && !gone.includes(item)).length);
      }
    });
  }

  test('the popup lists a deleted commitment as not found, by its quote', async () => {
    page.setText(ORIGINAL.replace(PLEDGE, ''));
    await reportPage.reload({ waitUntil: 'load' });
    await settledAnswer();
    const popup = await openPopupOver(session.extension, reportPage);
    await expect.poll(() => popup.locator('.not-found-item').allTextContents(), { timeout: 15_000 }).toEqual([PLEDGE]);
    await popup.close();
    // Nothing was dropped from the database.
    expect((await storedSavedItems(await session.extension.serviceWorker())).length).toBe(saved.length);
  });

  test('a single-page move to another address lists that address’s saved items, and back again', async () => {
    page.setText(ORIGINAL);
    await reportPage.reload({ waitUntil: 'load' });
    expect((await settledAnswer()).savedItemIds.length).toBeGreaterThan(0);

    // The page's own script moves on without loading: a new address and new text.
    await reportPage.evaluate(() => {
      history.pushState({}, '', '/reports/industrial-zone-economy-part-2.html');
      for (const paragraph of Array.from(document.querySelectorAll('p')).slice(0, 4)) paragraph.remove();
    });
    await expect
      .poll(async () => {
        const answer = await pageItems(session.extension, reportPage);
        return [answer.url.endsWith('-part-2.html'), answer.savedItemIds.length, answer.notFound.length];
      }, { timeout: 15_000 })
      .toEqual([true, 0, 0]);

    await reportPage.goBack();
    await expect
      .poll(async () => (await pageItems(session.extension, reportPage)).savedItemIds.length, { timeout: 15_000 })
      .toBeGreaterThan(0);
  });
});
