// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extractor';
import { answerContentMessage, type AnsweringPage } from '../../src/content/message-handler';
import { MAX_ITEMS_PER_ANSWER, type GetPageItemsResponse, type PageItem } from '../../src/shared/messages';
import { toPageItem } from '../../src/shared/page-item';
import { corpusText } from '../shared/corpus-fixtures';

/** The largest corpus report: more items than one answer holds. */
const REPORT = '001_66774ca9e7b2c39c.txt';

/** The report's items in text order. */
let items: PageItem[];

beforeAll(() => {
  const text = corpusText(REPORT);
  items = extract(text)
    .map((item) => toPageItem(item, text))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  document.title = '政府工作报告';
});

/** The revision of the page's list in these tests. */
const REVISION = 12;

/** A read page holding the report's items. */
function readPage(): AnsweringPage {
  return {
    document,
    state: 'ready',
    revision: REVISION,
    itemCount: items.length,
    itemsIn: (from, to) => items.slice(from, to),
    showItem: () => false,
    savedItemIds: () => [items[3]!.id],
    notFound: () => [],
    saveSelection: () => false,
  };
}

function ask(message: unknown): unknown {
  return answerContentMessage(message, readPage());
}

function slice(from: number, count = MAX_ITEMS_PER_ANSWER): GetPageItemsResponse {
  return ask({ type: 'popup-to-content/get-page-items', from, count }) as GetPageItemsResponse;
}

describe('the answer to the popup’s request for items', () => {
  it('gives a slice of the items in text order, with the page’s total and revision', () => {
    expect(items.length).toBeGreaterThan(MAX_ITEMS_PER_ANSWER);
    const first = slice(0);
    expect(first).toEqual({
      state: 'ready',
      revision: REVISION,
      url: document.URL,
      title: '政府工作报告',
      total: items.length,
      items: items.slice(0, MAX_ITEMS_PER_ANSWER),
    });
    expect(slice(2, 3).items).toEqual(items.slice(2, 5));
  });

  it('gives every item once when the slices are asked one after another, the last one short', () => {
    const joined: PageItem[] = [];
    for (let from = 0; from < items.length; from += MAX_ITEMS_PER_ANSWER) joined.push(...slice(from).items);
    expect(joined).toEqual(items);
    expect(slice(items.length - 1).items).toHaveLength(1);
  });

  it('answers a range past the end with no items and the page’s total', () => {
    const past = slice(items.length + 5);
    expect(past.items).toEqual([]);
    expect(past.total).toBe(items.length);
  });

  it.each([
    [{ from: 0 }, 'message.count: missing'],
    [{ from: 0, count: 0 }, 'message.count: expected an integer from 1 to 400, got 0'],
    [{ from: 0, count: MAX_ITEMS_PER_ANSWER + 1 }, 'message.count: expected an integer from 1 to 400, got 401'],
    [{ from: -1, count: 10 }, 'message.from: expected an integer from 0 to 1000000, got -1'],
    [{ from: 2.5, count: 10 }, 'message.from: expected an integer from 0 to 1000000, got 2.5'],
    [{ from: '0', count: 10 }, 'message.from: expected an integer from 0 to 1000000, got "0"'],
  ])('refuses the range %j in words', (range, error) => {
    expect(ask({ type: 'popup-to-content/get-page-items', ...range })).toEqual({ ok: false, error });
  });

  it('answers the saved items apart, in a message of their own', () => {
    expect(ask({ type: 'popup-to-content/get-page-saved' })).toEqual({ savedItemIds: [items[3]!.id], notFound: [] });
  });
});
