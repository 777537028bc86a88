/**
 * The page's item list read a slice at a time: the content script answers
 * with at most `MAX_ITEMS_PER_ANSWER` items, so that serialising an answer is
 * never a long task of the page, and the popup puts the slices together as
 * long as they come from the same revision of the list.
 */
import { MAX_ITEMS_PER_ANSWER, type GetPageItemsResponse, type PageItem } from '../shared/messages';

/**
 * Items asked for in the first slice of a reading from the start: more than
 * the popup's view shows, and few, so that the page makes, sends and the
 * popup reads and renders a small answer before the first rows appear. The
 * slices after it are of the most an answer holds.
 */
export const FIRST_SLICE_ITEMS = 50;

/** Asks the page for at most `count` of its items from index `from` on. */
export type AskSlice = (from: number, count: number) => Promise<GetPageItemsResponse>;

/** The page's items as far as they have come, all from one revision of its list. */
export interface PageList {
  /** `scanning` while the page is being read or its changes wait to be read; else `ready`. */
  state: 'scanning' | 'ready';
  /** The revision of the page's list the items come from. */
  revision: number;
  /** Page URL without its fragment. */
  url: string;
  /** Page title. */
  title: string;
  /** The first `items.length` items of the page's list, in text order. */
  items: PageItem[];
  /** Number of items the list has at this revision: more are to come while `items` holds fewer. */
  total: number;
}

/** Whether every item of the list's revision has come. */
export function isComplete(list: PageList): boolean {
  return list.items.length >= list.total;
}

/**
 * Reads the page's list, yielding it as it stands after every slice: on from
 * `start` (a list read part way, whose revision the page is believed to
 * still have), else from its first item, with a small first slice
 * ({@link FIRST_SLICE_ITEMS}). Ends once the list is complete, or
 * when a slice comes from another revision, since the items so far no longer
 * fit with it (that slice is not yielded), or adds nothing. Rejects when
 * `ask` does.
 *
 * One request is kept in flight ahead: the next slice is asked for as soon
 * as a slice has come, before the list is yielded, so that the page makes its
 * next answer while the caller shows this one. An answer still on its way
 * when the reading ends is dropped, its failure included.
 */
export async function* readPageList(ask: AskSlice, start?: PageList): AsyncGenerator<PageList, void, undefined> {
  let list = start;
  if (list !== undefined && isComplete(list)) return;
  let next = list === undefined ? askAhead(ask, 0, FIRST_SLICE_ITEMS) : askAhead(ask, list.items.length);
  for (;;) {
    const answer = await next;
    if (list !== undefined && (answer.revision !== list.revision || answer.items.length === 0)) return;
    const { state, revision, url, title, total } = answer;
    list = { state, revision, url, title, total, items: list ? list.items.concat(answer.items) : answer.items };
    if (isComplete(list)) break;
    next = askAhead(ask, list.items.length);
    yield list;
  }
  yield list;
}

/**
 * Asks for the slice of `count` items from `from` on, ahead of its use: a
 * failure is still thrown where the answer is awaited, but one never
 * awaited, as when the reading stops before, is not reported as unhandled.
 */
function askAhead(ask: AskSlice, from: number, count = MAX_ITEMS_PER_ANSWER): Promise<GetPageItemsResponse> {
  const answer = ask(from, count);
  answer.catch(() => undefined);
  return answer;
}
