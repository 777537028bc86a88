/**
 * Saving under stress. The browser stops the extension's service worker
 * whenever it likes, also in the middle of a save. Saves of 1,000 items of two corpus pages,
 * sent one message after another (here 100 items a message, to have many),
 * both ways a save reaches the worker (posted to it, as the extension's pages
 * send, and through `runtime.sendMessage`, as content scripts send), while the
 * worker is stopped: every save either answers that it stored its items or
 * fails where the sender sees it, none is half stored, and saving again
 * afterwards stores each item once. And five tabs saving 200 items each at
 * the same time, both ways, neighbours sharing some: every item stored once.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { identityOf } from '../../src/shared/content-key';
import type { NewSavedItem, SavedItem, SaveReceipt } from '../../src/shared/messages';
import { newSavedItemFrom } from '../../src/shared/saved-item';
import { storedItemsOf } from '../../src/shared/stored-item';
import { useBrowserSession } from './support/browser-session';
import { LARGEST_REPORT } from './support/corpus-pages';
import { pageItems, storedSavedItems } from './support/extension-api';
import { openPage } from './support/extension-browser';
import { pageScript } from './support/page-script';
import type { sendOneWay, Way } from './support/page-sender';

const session = useBrowserSession();

/** Items a message. */
const BATCH = 100;
/** A second report, for more items than the largest one holds. */
const SECOND_REPORT = '000_575128201b72bb82';
/** Items saved in all. */
const ITEMS = 1_000;

/** Global name of the module that sends both ways ({@link sendOneWay}) in the pages it is bundled into. */
const PAGE_SENDER = 'policyLensPageSender';

/** The script of {@link sendOneWay}'s module, bundled once. */
let senderScript: Promise<string> | undefined;

/** An extension page of the extension's own (the popup's page), able to send both ways. */
async function senderPage(): Promise<Page> {
  const page = await session.extension.context.newPage();
  await page.goto(session.extension.popupUrl);
  senderScript ??= pageScript('test/e2e/support/page-sender.ts', PAGE_SENDER);
  await page.evaluate(await senderScript);
  return page;
}

/** Inside a {@link senderPage}: its bundled sender. */
type SenderGlobal = Record<string, { sendOneWay: typeof sendOneWay }>;

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

test.each<Way>(['posted', 'runtime'])('no item is lost or stored twice when the worker is stopped during saves of 1,000 items (%s)', async (way) => {
  const { extension } = session;
  // Under addresses of their own for each way, so that nothing saved before counts.
  const toSave = (await corpusItems(ITEMS)).map((item) => ({ ...item, url: `${item.url}?stopped-${way}` }));
  const sender = await senderPage();
  const devtools = await extension.context.newCDPSession(sender);
  await devtools.send('ServiceWorker.enable');

  // The messages go one after another, as the popup sends a large save; the worker is stopped after the third answer.
  const saving = sender.evaluate(
    async ({ all, batch, way, pageSender }) => {
      const outcomes: Outcome[] = [];
      const progress = window as unknown as { answered: number };
      progress.answered = 0;
      const { sendOneWay: send } = (window as unknown as SenderGlobal)[pageSender]!;
      for (let i = 0; i < all.length; i += batch) {
        outcomes.push(
          await (send(way, { type: 'to-background/save-items', items: all.slice(i, i + batch) }) as Promise<Outcome | undefined>).then(
            (answer): Outcome => answer ?? { ok: false, error: 'no answer' },
            (error: unknown): Outcome => ({ ok: false, error: String(error) }),
          ),
        );
        progress.answered++;
      }
      return outcomes;
    },
    { all: toSave, batch: BATCH, way, pageSender: PAGE_SENDER },
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

  const afterStop = (await storedSavedItems(await extension.serviceWorker())).filter((item) => item.url.endsWith(`?stopped-${way}`));
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
    async ({ all, batch, way, pageSender }) => {
      const { sendOneWay: send } = (window as unknown as SenderGlobal)[pageSender]!;
      let saved = 0;
      for (let i = 0; i < all.length; i += batch) {
        const answer = (await send(way, { type: 'to-background/save-items', items: all.slice(i, i + batch) })) as Outcome;
        if (answer.ok) saved += answer.receipts.length;
      }
      return saved;
    },
    { all: toSave, batch: BATCH, way, pageSender: PAGE_SENDER },
  );
  expect(again).toBe(ITEMS);
  const final = (await storedSavedItems(await extension.serviceWorker())).filter((item) => item.url.endsWith(`?stopped-${way}`)).map(identity);
  expect(new Set(final).size).toBe(final.length);
  expect(new Set(final)).toEqual(new Set(toSave.map(identity)));
  await devtools.detach();
  await sender.close();
});

test('five tabs saving 200 items each at the same time, both ways, store every item once', async () => {
  const { extension } = session;
  // Under addresses of their own, so that nothing the other test saved counts.
  const all = (await corpusItems(ITEMS)).map((item) => ({ ...item, url: `${item.url}?five-tabs` }));
  // Tab k saves items [150k, 150k + 200): each shares 50 with the next.
  const shares = Array.from({ length: 5 }, (_, k) => all.slice(150 * k, 150 * k + 200));
  const tabs = await Promise.all(shares.map(() => senderPage()));
  // Tabs 0, 2 and 4 post their saves, 1 and 3 send them through runtime.sendMessage.
  const answers = await Promise.all(
    tabs.map((tab, k) =>
      tab.evaluate(
        ({ items, way, pageSender }) =>
          (window as unknown as SenderGlobal)[pageSender]!.sendOneWay(way, { type: 'to-background/save-items', items }) as Promise<Outcome>,
        { items: shares[k]!, way: k % 2 === 0 ? ('posted' as const) : ('runtime' as const), pageSender: PAGE_SENDER },
      ),
    ),
  );
  for (const answer of answers) expect(answer.ok).toBe(true);
  const stored = (await storedSavedItems(await extension.serviceWorker())).filter((item) => item.url.endsWith('?five-tabs')).map(identity);
  expect(new Set(stored).size).toBe(stored.length);
  expect(new Set(stored)).toEqual(new Set(shares.flat().map(identity)));
  await Promise.all(tabs.map((tab) => tab.close()));
});
