/**
 * `npm run bench:page` (second file): saving and listing items in real
 * Chromium, through the extension's messages and store, next to plain
 * IndexedDB with the same schema doing the same writes in the extension's
 * service worker, and the same read in a bare extension page, in the same
 * run. Items are the extractor's own, from the corpus. Figures printed and
 * written to their section of bench/STORE.md; nothing asserted about time.
 * `BENCH_STORE_COUNTS=1000` saves only the sizes named (comma-separated; a size named twice is measured twice).
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'webextension-polyfill';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { extract } from '../src/extractor';
import type { NewSavedItem, SavedItem } from '../src/shared/messages';
import type { saveAll } from './support/save-all';
import { toPageItem } from '../src/shared/page-item';
import { contentKeysOf } from '../src/shared/content-key';
import { READ_MEASURE } from '../src/background/extension-page-reader';
import { LIBRARY_PAGE } from '../src/popup/popup-client';
import { newSavedItemFrom } from '../src/shared/saved-item';
import { writeSection } from './support/results-section';
import { pageScript } from '../test/e2e/support/page-script';
import { DIST_DIR, launchExtensionBrowser, type ExtensionBrowser } from '../test/e2e/support/extension-browser';

// Callbacks passed to `evaluate` run inside the extension, where `chrome` has the polyfill's promise-based shape.
declare const chrome: Browser;

/**
 * Items the extractor finds in the corpus, the corpus read again for each page until there are `count`,
 * each with its identity counted over the page as Save all counts it (a passage the corpus repeats is an item per copy).
 */
function corpusItems(count: number, label: string): NewSavedItem[] {
  const dir = resolve('eval/corpus');
  const text = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(join(dir, name), 'utf8')).join('\n');
  const items = extract(text).map((item) => toPageItem(item, text));
  const keys = contentKeysOf(items);
  const out: NewSavedItem[] = [];
  for (let page = 0; out.length < count; page++) {
    const info = { url: `http://127.0.0.1:8080/${label}-${page}.html`, title: `报告 ${page}` };
    for (const item of items.slice(0, count - out.length)) out.push(newSavedItemFrom(item, info, keys.get(item.id)));
  }
  return out;
}

/** Global name of the popup's Save all ({@link saveAll}) in the page it is bundled into. */
const SENDER = 'policyLensSender';

/** The sizes named in `BENCH_STORE_COUNTS` (comma-separated), or 1,000 and 10,000. */
const COUNTS = process.env['BENCH_STORE_COUNTS']?.split(',').map(Number) ?? [1_000, 10_000];

/** Name of the plain database, the extension's schema. */
const PLAIN_DB = 'plain-bench';

/** The bare extension page that reads the plain database at load, added to a copy of the build. */
const PLAIN_LIST_PAGE = 'bench-plain-list.html';

/** The bare extension page that runs the extension's own read of every item at load, added to a copy of the build. */
const STORE_READ_PAGE = 'bench-store-read.html';

/** The rows of the library's list: the list is on screen in the first frame that holds one. */
const LIBRARY_ROWS = '.item-row';

/** Name of the User Timing measure of the bare page's read. */
const PLAIN_READ_MEASURE = 'plain IndexedDB: read every item';

/**
 * The bare page's script: as it loads, plain IndexedDB opens the plain database and reads every item on the
 * creation-time index (oldest first), timed as the library times its first read: a User Timing measure from the
 * start of the read to the items in hand, their number in its detail.
 */
function plainListAtLoad(dbName: string, measure: string): void {
  const start = performance.now();
  const open = indexedDB.open(dbName);
  open.onsuccess = () => {
    const db = open.result;
    const all = db.transaction('items').objectStore('items').index('createdAt').getAll();
    all.onsuccess = () => {
      performance.measure(measure, { start, detail: { items: all.result.length } });
      db.close();
    };
  };
}

let extension: ExtensionBrowser;
let profile: string;
let dist: string;

beforeAll(async () => {
  profile = await mkdtemp(join(tmpdir(), 'policy-lens-bench-store-'));
  // The build as it is, with one bare page of the extension's origin beside it: that page does nothing but the plain read.
  dist = await mkdtemp(join(tmpdir(), 'policy-lens-bench-store-dist-'));
  await cp(DIST_DIR, dist, { recursive: true });
  await writeFile(join(dist, PLAIN_LIST_PAGE), '<!doctype html>\n<meta charset="utf-8">\n<script type="module" src="./bench-plain-list.js"></script>\n');
  await writeFile(join(dist, 'bench-plain-list.js'), `(${plainListAtLoad.toString()})(${JSON.stringify(PLAIN_DB)}, ${JSON.stringify(PLAIN_READ_MEASURE)});\n`);
  // And one whose script is the extension's reader alone, bundled as the tests bundle the extension's code for its pages.
  await writeFile(join(dist, STORE_READ_PAGE), '<!doctype html>\n<meta charset="utf-8">\n<script type="module" src="./bench-store-read.js"></script>\n');
  await writeFile(join(dist, 'bench-store-read.js'), await pageScript('bench/support/store-read.ts', 'policyLensStoreRead'));
  extension = await launchExtensionBrowser(profile, dist);
}, 60_000);

afterAll(async () => {
  await extension?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
  if (dist) await rm(dist, { recursive: true, force: true });
});

/** Global name under which the bench hands a timed step its input before the step's clock starts. */
const INPUT = 'policyLensBenchInput';

/**
 * In the service worker: plain IndexedDB, the extension's schema, the given records put in one transaction; ms.
 * The records are handed to the worker first, in a call of their own: the clock starts once they are there.
 */
async function plainSave(records: SavedItem[]): Promise<number> {
  const worker = await extension.serviceWorker();
  await worker.evaluate(({ records, input }) => void ((globalThis as unknown as Record<string, SavedItem[]>)[input] = records), { records, input: INPUT });
  return worker.evaluate(async ({ input, name }) => {
    const scope = globalThis as unknown as Record<string, SavedItem[] | undefined>;
    const items = scope[input]!;
    delete scope[input];
    const started = performance.now();
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => {
        const itemStore = request.result.createObjectStore('items', { keyPath: 'id' });
        itemStore.createIndex('url', 'url');
        itemStore.createIndex('kind', 'kind');
        itemStore.createIndex('tag', 'tags', { multiEntry: true });
        itemStore.createIndex('createdAt', 'createdAt');
        itemStore.createIndex('updatedAt', 'updatedAt');
        itemStore.createIndex('content', ['url', 'contentKey']);
        request.result.createObjectStore('pages', { keyPath: 'url' }).createIndex('lastSeen', 'lastSeen');
      };
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const tx = db.transaction(['items', 'pages'], 'readwrite');
    for (const item of items) tx.objectStore('items').put(item);
    for (const url of new Set(items.map((item) => item.url))) {
      tx.objectStore('pages').put({ url, title: '', lastSeen: new Date().toISOString(), savedCount: 0 });
    }
    await new Promise((done, fail) => {
      tx.oncomplete = done;
      tx.onerror = () => fail(tx.error);
    });
    db.close();
    return performance.now() - started;
  }, { input: INPUT, name: PLAIN_DB });
}

/** What {@link firstRead} saw of a page's first read. */
interface FirstRead {
  /** The read's own User Timing measure, ms. */
  ms: number;
  /** Items read. */
  count: number;
  /** With a list to wait for: from the page's navigation start to the first animation frame with its rows, ms. */
  shown?: number;
}

/**
 * A page of the extension opened afresh in a new tab: its first read of every item, as the page timed it
 * (the User Timing measure `measure`, its detail giving the items read), and, given the selector of the rows of its
 * list, when the first frame that holds them came.
 */
async function firstRead(url: string, measure: string, rows?: string): Promise<FirstRead> {
  const page = await extension.context.newPage();
  await page.goto(url);
  // Told by the page's own observer, which costs its thread nothing until the measure is taken: polling at every
  // frame (Playwright's `waitForFunction`) ran the bench's script on the page's thread while the read was timed.
  // The frames are watched only once the measure is in.
  const timed = await page.evaluate(
    ({ name, rows }) =>
      new Promise<FirstRead>((done) => {
        const observer = new PerformanceObserver((entries) => {
          const [entry] = entries.getEntriesByName(name, 'measure') as PerformanceMeasure[];
          if (!entry) return;
          observer.disconnect();
          const read = { ms: entry.duration, count: (entry.detail as { items: number }).items };
          if (rows === undefined) return done(read);
          const watch = (frame: number) => (document.querySelector(rows) ? done({ ...read, shown: frame }) : requestAnimationFrame(watch));
          requestAnimationFrame(watch);
        });
        observer.observe({ type: 'measure', buffered: true });
      }),
    { name: measure, rows },
  );
  await page.close();
  return timed;
}

test('saving and listing through the extension next to plain IndexedDB', async () => {
  const page = await extension.context.newPage();
  await page.goto(extension.popupUrl);
  // Evaluated through the debugger, out of reach of the page's script policy.
  await page.evaluate(await pageScript('bench/support/save-all.ts', SENDER));
  // The plain database made before anything is timed, as the extension's is (the popup opened above made it).
  await plainSave([]);
  const rows: string[] = [];
  for (const [round, count] of COUNTS.entries()) {
    // Pages of their own for each size, so that every save is a first save, also when a size is named twice.
    const items = corpusItems(count, `store-${round}-${count}`);
    // The items handed to the page first, in a call of their own, as the popup holds them before Save all is
    // clicked: handed over in the timed call itself, the browser was still busy taking them in (some 1 MB of
    // DevTools protocol) when the save started, and held up the save's first exchange with the worker by 40 to 250 ms.
    await page.evaluate(({ all, input }) => void ((window as unknown as Record<string, NewSavedItem[]>)[input] = all), { all: items, input: INPUT });
    // As the popup's Save all sends it: the stored items rebuilt from the answers included.
    const ours = await page.evaluate(
      async ({ input, sender }) => {
        const scope = window as unknown as Record<string, unknown>;
        const all = scope[input] as NewSavedItem[];
        delete scope[input];
        const started = performance.now();
        const saved = await (scope[sender] as { saveAll: typeof saveAll }).saveAll(all);
        return { ms: performance.now() - started, saved };
      },
      { input: INPUT, sender: SENDER },
    );
    const { saved, ms: oursMs } = ours;
    expect(saved).toHaveLength(count);
    const plainMs = await plainSave(saved);
    // The store's read and plain IndexedDB's, each in a bare page, one first in a round and the other in the next.
    const readStore = () => firstRead(`chrome-extension://${extension.extensionId}/${STORE_READ_PAGE}`, READ_MEASURE);
    const readPlain = () => firstRead(`chrome-extension://${extension.extensionId}/${PLAIN_LIST_PAGE}`, PLAIN_READ_MEASURE);
    let storeRead: FirstRead;
    let plainRead: FirstRead;
    if (round % 2 === 0) {
      storeRead = await readStore();
      plainRead = await readPlain();
    } else {
      plainRead = await readPlain();
      storeRead = await readStore();
    }
    const listed = await firstRead(`chrome-extension://${extension.extensionId}/${LIBRARY_PAGE}`, READ_MEASURE, LIBRARY_ROWS);
    expect([storeRead.count, plainRead.count]).toEqual([listed.count, listed.count]);
    const ratio = (ms: number) => (ms / plainRead.ms).toFixed(2);
    rows.push(
      `| ${count.toLocaleString('en')} | ${oursMs.toFixed(0)} | ${plainMs.toFixed(0)} | ${(oursMs / plainMs).toFixed(2)} | ${listed.count} | ${storeRead.ms.toFixed(0)} | ${plainRead.ms.toFixed(0)} | ${ratio(storeRead.ms)} | ${listed.ms.toFixed(0)} | ${ratio(listed.ms)} | ${listed.shown!.toFixed(0)} |`,
    );
  }
  const report = [
    `Run of \`npm run bench:page\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ` +
      `${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} at the end ` +
      '(the machine is shared); headless Chromium.',
    '',
    'Items the extractor finds in the corpus (each copy of a repeated passage an item of its own, as Save all counts them),',
    'saved from an extension page as the popup\'s Save all sends them (`saveInBatches` with the extension\'s own sender of',
    'a save, each message posted to the service worker as the extension\'s pages post their requests, bundled for the',
    'page: 1,000 items a message, the next message sent while the answer to the one before is',
    'awaited, so the background checks one while the previous one\'s transaction commits; each message stored all or',
    'nothing) through the background (validated, stored with the identity lookup,',
    'answered with what storage added to each item, from which the sender rebuilds the stored items: that step',
    'included), then the same stored records put by plain IndexedDB with the same schema in one transaction in the service',
    'worker (opening its database included; the database made before anything is timed, as the extension\'s is). The',
    'extension\'s figures include messaging and validation; plain IndexedDB\'s do not. Each side\'s input (the items to',
    'save in the page, the records to put in the worker) is handed over by the bench in a call of its own before that',
    'side\'s clock starts.',
    '',
    'Listing, three reads of every item saved so far, each in a page of the extension\'s origin opened afresh in a new tab',
    'and timed by a User Timing measure of the page\'s own from the start of its read, as its script loads, to the items in',
    'hand. Store: a bare page (added to a copy of the build for the bench) whose only script is the extension\'s reader',
    '(`readSavedItems` of `src/background/extension-page-reader.ts`, as the popup and the library read, bundled for the',
    'page): opening the database (through `idb`, its version checked), the read on the creation-time index, the items',
    'taken in and sorted. Plain: a bare page whose only script opens the plain database and reads every item on the',
    'creation-time index with plain IndexedDB (not sorted). The two take turns at reading first, from one size to the next.',
    'Library: the library page itself, which starts the same read as its script loads, then evaluates the rest of its',
    'modules and renders its first frame once the database has been asked for the items, while its backend reads them (the',
    'page\'s HTML placeholder shows until then): its read\'s measure holds that work too, which on a loaded machine competes',
    'for the cores with the browser\'s own reading; the render of the list, after it, is not in it. Its ratio is to the same',
    'plain read. The measures are collected by an observer in the page, which runs nothing on its thread while the read is',
    'timed. Library list on screen: from the library\'s navigation start to the first animation frame whose page holds the',
    'rows of its list (its scripts loaded, the read, its first render and the list\'s).',
    '',
    '| items saved | extension ms | plain IndexedDB ms | ratio | items listed | store read ms | plain read ms | ratio | library read ms | ratio | library list on screen ms |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
  process.stdout.write(`${report}\n`);
  // The figures and how they are taken, as a section of their own: the notes after it stay from one run to the next.
  writeSection(new URL('./STORE.md', import.meta.url), 'store', report);
}, 300_000);
