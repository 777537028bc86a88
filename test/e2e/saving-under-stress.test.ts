/**
 * Saving under stress. The browser stops the extension's service worker
 * whenever it likes, also in the middle of a save. Saves of 1,000 items of two corpus pages,
 * sent as the popup sends them, one message after another (here 100 items a
 * message, to have many), while the worker is stopped: every save either
 * answers that it stored its items or fails where the sender sees it, none
 * is half stored, and saving again afterwards stores each item once. And
 * five tabs saving 200 items each at the same time, neighbours sharing some:
 * every item stored once.
 */
import type { Browser } from 'webextension-polyfill';
import { expect, test } from 'vitest';
import { identityOf } from '../../src/shared/content-key';
import type { NewSavedItem, SavedItem, SaveReceipt } from '../../src/shared/messages';
import { newSavedItemFrom } from '../../src/shared/saved-item';
import { storedItemsOf } from '../../src/shared/stored-item';
import { useBrowserSession } from './support/browser-session';
import { LARGEST_REPORT } from './support/corpus-pages';
import { pageItems, storedSavedItems } from './support/extension-api';
import { openPage } from './support/extension-browser';

// Callbacks passed to `evaluate` run inside the extension, where `chrome` has the polyfill's promise-based shape.
declare const chrome: Browser;

const session = useBrowserSession();

/** Items a message. */
const BATCH = 100;
/** A second report, for more items than the largest one holds. */
const SECOND_REPORT = '000_575128201b72bb82';
/** Items saved in all. */
const ITEMS = 1_000;

/** The outcome of one save message as its sender sees it: what storage added to each item, or why nothing was stored. */
type Outcome = { ok: true; savedAt: string; receipts: SaveReceipt[] } | { ok: false; error: string };

/** The first `count` items the extension finds on the largest corpus page and a second one, as saved from there. */
async function corpusItems(count: number): Promise<NewSavedItem[]> {
  const { extension, server } = session;
  const found: NewSavedItem[] = [];
  for (const name of [LARGEST_REPORT, SECOND_REPORT]) {
    const report = server.report(name);
    const page = await openPage(extension.context, report.url);
    const { items } = await pageItems(extension, page, 60_000);
    found.push(...items.map((item) => newSavedItemFrom(item, { url: report.url, title: report.title })));
    await page.close();
  }
  expect(found.length).toBeGreaterThanOrEqual(count);
  return found.slice(0, count);
}

/** An item's identity in the store: its page and its content key. */
const identity = (item: NewSavedItem | SavedItem): string => `${item.url} ${identityOf(item)}`;

test('no item is lost or stored twice when the worker is stopped during saves of 1,000 items', async () => {
  const { extension } = session;
  const toSave = await corpusItems(ITEMS);
  const sender = await extension.context.newPage();
  await sender.goto(extension.popupUrl);
  const devtools = await extension.context.newCDPSession(sender);
  await devtools.send('ServiceWorker.enable');

  // The messages go one after another, as the popup sends a large save; the worker is stopped after the third answer.
  const saving = sender.evaluate(
    async ({ all, batch }) => {
      const outcomes: Outcome[] = [];
      const progress = window as unknown as { answered: number };
      progress.answered = 0;
      for (let i = 0; i < all.length; i += batch) {
        outcomes.push(
          await (chrome.runtime.sendMessage({ type: 'to-background/save-items', items: all.slice(i, i + batch) }) as Promise<Outcome | undefined>).then(
            (answer): Outcome => answer ?? { ok: false, error: 'no answer' },
            (error: unknown): Outcome => ({ ok: false, error: String(error) }),
          ),
        );
        progress.answered++;
      }
      return outcomes;
    },
    { all: toSave, batch: BATCH },
  );
  await sender.waitForFunction(() => (window as unknown as { answered: number }).answered >= 3, undefined, { polling: 1 });
  await devtools.send('ServiceWorker.stopAllWorkers');
  const outcomes = await saving;

  // The items the answers say are stored, rebuilt from what was sent and the receipts, as the senders do.
  const acknowledged = outcomes.flatMap((outcome, i) =>
    outcome.ok ? storedItemsOf(toSave.slice(i * BATCH, (i + 1) * BATCH), outcome) : [],
  );
  const failed = outcomes.filter((outcome) => !outcome.ok);
  // Each message is one outcome: saved, or an error its sender holds.
  expect(outcomes).toHaveLength(ITEMS / BATCH);
  for (const outcome of failed) expect(outcome.ok === false && outcome.error.length).toBeGreaterThan(0);

  const afterStop = await storedSavedItems(await extension.serviceWorker());
  const storedIds = new Set(afterStop.map((item) => item.id));
  for (const item of acknowledged) expect(storedIds.has(item.id), item.text).toBe(true);
  // A message is stored whole or not at all. (Items are known by their identity, kind and quote; one said twice
  // is one item, so only identities of a single message tell.)
  const storedIdentities = new Set(afterStop.map(identity));
  const batches = Array.from({ length: ITEMS / BATCH }, (_, i) => new Set(toSave.slice(i * BATCH, (i + 1) * BATCH).map(identity)));
  for (const [i, batch] of batches.entries()) {
    const own = [...batch].filter((key) => batches.every((other, j) => j === i || !other.has(key)));
    const stored = own.filter((key) => storedIdentities.has(key)).length;
    expect([0, own.length]).toContain(stored);
  }

  // Told that some saves did not happen, the analyst saves again: everything is stored, once.
  const again = await sender.evaluate(
    async ({ all, batch }) => {
      let saved = 0;
      for (let i = 0; i < all.length; i += batch) {
        const answer = (await chrome.runtime.sendMessage({ type: 'to-background/save-items', items: all.slice(i, i + batch) })) as Outcome;
        if (answer.ok) saved += answer.receipts.length;
      }
      return saved;
    },
    { all: toSave, batch: BATCH },
  );
  expect(again).toBe(ITEMS);
  const final = (await storedSavedItems(await extension.serviceWorker())).map(identity);
  expect(new Set(final).size).toBe(final.length);
  expect(new Set(final)).toEqual(new Set(toSave.map(identity)));
  await devtools.detach();
  await sender.close();
});

test('five tabs saving 200 items each at the same time store every item once', async () => {
  const { extension } = session;
  // Under addresses of their own, so that nothing the other test saved counts.
  const all = (await corpusItems(ITEMS)).map((item) => ({ ...item, url: `${item.url}?five-tabs` }));
  // Tab k saves items [150k, 150k + 200): each shares 50 with the next.
  const shares = Array.from({ length: 5 }, (_, k) => all.slice(150 * k, 150 * k + 200));
  const tabs = await Promise.all(
    shares.map(async () => {
      const tab = await extension.context.newPage();
      await tab.goto(extension.popupUrl);
      return tab;
    }),
  );
  const answers = await Promise.all(
    tabs.map((tab, k) =>
      tab.evaluate(
        (items) => chrome.runtime.sendMessage({ type: 'to-background/save-items', items }) as Promise<Outcome>,
        shares[k]!,
      ),
    ),
  );
  for (const answer of answers) expect(answer.ok).toBe(true);
  const stored = (await storedSavedItems(await extension.serviceWorker())).filter((item) => item.url.endsWith('?five-tabs')).map(identity);
  expect(new Set(stored).size).toBe(stored.length);
  expect(new Set(stored)).toEqual(new Set(shares.flat().map(identity)));
  await Promise.all(tabs.map((tab) => tab.close()));
});
