import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extractor';
import { FIRST_SLICE_ITEMS, readPageList, type PageList } from '../../src/popup/page-list';
import { MAX_ITEMS_PER_ANSWER, type GetPageItemsResponse, type PageItem } from '../../src/shared/messages';
import { toPageItem } from '../../src/shared/page-item';
import { corpusText } from '../shared/corpus-fixtures';

/** The largest corpus report: its items fill three answers. */
let report: PageItem[];

beforeAll(() => {
  const text = corpusText('001_66774ca9e7b2c39c.txt');
  report = extract(text).map((item) => toPageItem(item, text));
  expect(report.length).toBeGreaterThan(2 * MAX_ITEMS_PER_ANSWER);
});

/** A request for a slice the page has not answered yet. */
interface Request {
  from: number;
  count: number;
  resolve(answer: GetPageItemsResponse): void;
  reject(error: Error): void;
}

/**
 * A content script answering slices by hand: `lists` holds its reads, the
 * last one is the page as it is now and its index is its revision; each
 * request waits until the test answers it.
 */
function manualPage(items: PageItem[]) {
  const lists = [items];
  const asked: number[] = [];
  const waiting: Request[] = [];
  return {
    lists,
    /** The first index of every slice asked for, in order. */
    asked,
    /** Whether a request waits for its answer. */
    isAsked: () => waiting.length > 0,
    ask(from: number, count: number): Promise<GetPageItemsResponse> {
      asked.push(from);
      return new Promise((resolve, reject) => waiting.push({ from, count, resolve, reject }));
    },
    /** Answers the oldest request from the page as it is now, then lets the reader run on. */
    async answer(): Promise<void> {
      const { from, count, resolve } = waiting.shift()!;
      const revision = lists.length - 1;
      const list = lists[revision]!;
      const slice = list.slice(from, from + count);
      resolve({ state: 'ready', revision, url: 'http://127.0.0.1:8080/report.html', title: '报告', total: list.length, items: slice });
      await settle();
    },
    /** Fails the oldest request, as a content script that went away. */
    async fail(): Promise<void> {
      waiting.shift()!.reject(new Error('The message port closed before a response was received.'));
      await settle();
    },
  };
}

/** Lets every promise callback queued so far run, and those they queue. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The first index of every slice of a list of `total` items read from the start: a small first slice, then full ones. */
function slicesOf(total: number): number[] {
  const starts = [0];
  for (let from = FIRST_SLICE_ITEMS; from < total; from += MAX_ITEMS_PER_ANSWER) starts.push(from);
  return starts;
}

/** Reads to the end, answering every request as it comes; returns every list yielded. */
async function readAll(page: ReturnType<typeof manualPage>, start?: PageList): Promise<PageList[]> {
  const reader = readPageList((from, count) => page.ask(from, count), start);
  const lists: PageList[] = [];
  for (;;) {
    const next = reader.next();
    if (page.isAsked()) await page.answer();
    const { value, done } = await next;
    if (done) return lists;
    lists.push(value);
  }
}

const unhandled: unknown[] = [];
const noteUnhandled = (reason: unknown) => unhandled.push(reason);
afterEach(() => {
  process.off('unhandledRejection', noteUnhandled);
  unhandled.length = 0;
});

describe('reading the page’s items a slice at a time', () => {
  it('asks for the next slice as soon as a slice has come, before handing it on, and never more than one ahead', async () => {
    const page = manualPage(report);
    const reader = readPageList((from, count) => page.ask(from, count));
    const first = reader.next();
    expect(page.asked).toEqual([0]);
    await page.answer();
    const { value } = await first;
    // A small first slice, so that the first rows come soon; full ones after it.
    expect(value?.items).toEqual(report.slice(0, FIRST_SLICE_ITEMS));
    // The second slice is on its way while the first is shown.
    expect(page.asked).toEqual([0, FIRST_SLICE_ITEMS]);
    // It has come, but the first is still being shown: nothing more is asked.
    await page.answer();
    expect(page.asked).toEqual([0, FIRST_SLICE_ITEMS]);
    const { value: second } = await reader.next();
    expect(second?.items).toEqual(report.slice(0, FIRST_SLICE_ITEMS + MAX_ITEMS_PER_ANSWER));
    expect(page.asked).toEqual([0, FIRST_SLICE_ITEMS, FIRST_SLICE_ITEMS + MAX_ITEMS_PER_ANSWER]);
    await reader.return();
  });

  it('puts the slices together into the whole list, asking each once and nothing past its end', async () => {
    const page = manualPage(report);
    const lists = await readAll(page);
    expect(lists.map((list) => list.items.length)).toEqual([...slicesOf(report.length).slice(1), report.length]);
    expect(lists.at(-1)!.items).toEqual(report);
    expect(lists.at(-1)!.total).toBe(report.length);
    expect(page.asked).toEqual(slicesOf(report.length));
  });

  it('stops at a slice of another revision without handing it on; read again, the new list comes from its first item', async () => {
    const page = manualPage(report);
    const reader = readPageList((from, count) => page.ask(from, count));
    const first = reader.next();
    await page.answer();
    expect((await first).value?.revision).toBe(0);
    // The page is read again before it answers the slice asked ahead.
    const changed = report.slice(30);
    page.lists.push(changed);
    const second = reader.next();
    await page.answer();
    expect(await second).toEqual({ done: true, value: undefined });
    expect(page.asked).toEqual([0, FIRST_SLICE_ITEMS]);

    const again = await readAll(page);
    expect(again.at(-1)).toMatchObject({ revision: 1, items: changed });
    expect(page.asked).toEqual([0, FIRST_SLICE_ITEMS, ...slicesOf(changed.length)]);
  });

  it('goes on from a list read part way while the page keeps its revision', async () => {
    const page = manualPage(report);
    const reader = readPageList((from, count) => page.ask(from, count));
    const first = reader.next();
    await page.answer();
    const part = (await first).value!;
    await reader.return();
    await page.answer();

    const rest = await readAll(page, part);
    expect(rest.at(-1)!.items).toEqual(report);
    // The slice asked ahead of the stopped reading was dropped: it is asked again, and the rest in full slices.
    expect(page.asked).toEqual([0, FIRST_SLICE_ITEMS, ...slicesOf(report.length).slice(1)]);
  });

  it('rejects when the slice it waits for fails', async () => {
    const page = manualPage(report);
    const reader = readPageList((from, count) => page.ask(from, count));
    const first = reader.next();
    await page.answer();
    await first;
    const second = expect(reader.next()).rejects.toThrow('message port closed');
    await page.fail();
    await second;
  });

  it('drops a slice asked ahead once the reading has stopped, its failure included', async () => {
    process.on('unhandledRejection', noteUnhandled);
    const page = manualPage(report);
    const reader = readPageList((from, count) => page.ask(from, count));
    const first = reader.next();
    await page.answer();
    await first;
    await reader.return();
    await page.fail();
    await settle();
    expect(unhandled).toEqual([]);
    expect(page.asked).toEqual([0, FIRST_SLICE_ITEMS]);
  });
});
