/** The background, reached from an extension page in the real browser, answers malformed messages with an error and stores nothing. */
import type { Browser } from 'webextension-polyfill';
import { expect, test } from 'vitest';
import { useBrowserSession } from './support/browser-session';
import { storedSavedItems } from './support/extension-api';

// The callback passed to `evaluate` runs in the popup page, where Chromium's `chrome` has this shape.
declare const chrome: Browser;

const session = useBrowserSession();

test.each([
  ['a save without items', { type: 'to-background/save-items' }],
  ['a save of an item that is no saved item', { type: 'to-background/save-items', items: [{ text: 42 }] }],
  ['a message of no known type', { type: 'to-background/format-disk' }],
  ['a message that is no object', 'save everything'],
])('%s is answered with an error and stores nothing', async (_, message) => {
  const page = await session.extension.context.newPage();
  await page.goto(session.extension.popupUrl);
  const answer = await page.evaluate((sent) => chrome.runtime.sendMessage(sent), message as unknown);
  expect(answer).toMatchObject({ ok: false, error: expect.any(String) });
  expect(await storedSavedItems(await session.extension.serviceWorker())).toEqual([]);
  await page.close();
});
