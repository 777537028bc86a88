// @vitest-environment jsdom
import './jsdom-layout';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentPort } from '../../src/content/browser-port';
import { CARD_HOST_TAG } from '../../src/content/card/card-host';
import { startContentScript, type RunningContentScript } from '../../src/content/content-script';
import { createHighlightPainter } from '../../src/content/paint/highlight-painter';
import { highlightName } from '../../src/content/paint/layers';
import { MAX_ITEMS_PER_ANSWER, type BackgroundMessage, type GetPageItemsResponse, type SavedItem } from '../../src/shared/messages';
import { saveInMemory } from '../shared/save-in-memory';
import { analystClick } from './analyst-events';
import { fakeHighlightApi, highlightedTexts } from './fake-highlight-api';

vi.mock('../../src/content/trusted-events', () => import('./analyst-events'));

const PAGE =
  '<h1>工业区经济工作报告</h1><p>今年全市工业总产值增长12%。</p><p>确保到2010年销售收入达到500亿元,力争增长20%以上。</p>';

/** A background that stores what it is sent, and a way to send the content script messages as the popup does. */
function fakeExtension() {
  const sent: BackgroundMessage[] = [];
  const stored: SavedItem[] = [];
  let answer: ((message: unknown) => Promise<unknown>) | undefined;
  const port: ContentPort = {
    async sendToBackground(message) {
      sent.push(message);
      switch (message.type) {
        case 'to-background/save-items':
          return saveInMemory(stored, message.items, '2026-11-23T00:00:00.000Z');
        case 'to-background/list-saved':
          return { ok: true, items: stored.filter((item) => item.url === message.url) };
        default:
          return { ok: true };
      }
    },
    onMessage(handler) {
      answer = handler;
    },
  };
  return { port, sent, stored, fromPopup: (message: unknown) => answer!(message) };
}

let running: RunningContentScript | undefined;
afterEach(() => {
  running?.stop();
  document.documentElement.querySelector(CARD_HOST_TAG)?.remove();
  vi.useRealTimers();
});

function start() {
  document.body.innerHTML = PAGE;
  const extension = fakeExtension();
  const api = fakeHighlightApi();
  running = startContentScript(document, extension.port, createHighlightPainter(document, api));
  return { ...extension, api, running };
}

describe('the content script', () => {
  it('tells the popup it is scanning, then lists the items with ids and selectors', async () => {
    const { fromPopup, running } = start();
    const firstItems = { type: 'popup-to-content/get-page-items', from: 0, count: MAX_ITEMS_PER_ANSWER };
    const early = (await fromPopup(firstItems)) as GetPageItemsResponse;
    expect(early.state).toBe('scanning');
    await running.scanner.idle();
    const answer = (await fromPopup(firstItems)) as GetPageItemsResponse;
    expect(answer.state).toBe('ready');
    expect(answer.url).toBe(document.URL.split('#')[0]);
    expect(answer.items.length).toBeGreaterThan(2);
    expect(answer.total).toBe(answer.items.length);
    for (const item of answer.items) {
      expect(item.id).toMatch(new RegExp(`^${item.kind}-${item.start}-${item.end}-`));
      expect(item.selectors.position).toEqual({ type: 'TextPositionSelector', start: item.start, end: item.end });
      expect(item.selectors.quote.exact).toBe(item.text);
    }
  });

  it('sends the item count for the badge once the page is read', async () => {
    const { sent, running } = start();
    await running.scanner.idle();
    expect(sent).toContainEqual({ type: 'content-to-background/page-item-count', count: running.scanner.items().length });
  });

  it('scrolls to an item and flashes it when the popup asks', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { fromPopup, running, api } = start();
    await vi.waitFor(() => expect(running.scanner.state).toBe('ready'));
    // jsdom lays nothing out: the item's box is made up, 1000px down a 768px window.
    const scrollBy = vi.fn();
    window.scrollBy = scrollBy;
    Element.prototype.scrollIntoView = vi.fn();
    Range.prototype.getBoundingClientRect = () => new DOMRect(0, 1000, 100, 20);
    const [item] = running.scanner.items();
    expect(await fromPopup({ type: 'popup-to-content/scroll-to-item', itemId: item!.id })).toEqual({ ok: true });
    expect(scrollBy).toHaveBeenCalledWith({ top: 1000 + 10 - window.innerHeight / 2, behavior: 'smooth' });
    expect(highlightedTexts(api, highlightName('flash'))).toEqual([item!.text]);
    vi.runAllTimers();
    expect(highlightedTexts(api, highlightName('flash'))).toEqual([]);
  });

  it('answers an unknown item or a malformed message with an error', async () => {
    const { fromPopup } = start();
    expect(await fromPopup({ type: 'popup-to-content/scroll-to-item', itemId: 'nothing' })).toEqual({
      ok: false,
      error: 'No item nothing on this page',
    });
    const malformed = (await fromPopup({ type: 'popup-to-content/get-page-items', from: 0, count: 1, extra: 1 })) as { ok: boolean; error: string };
    expect(malformed.ok).toBe(false);
    expect(malformed.error).toEqual(expect.any(String));
    expect((await fromPopup('hello')) as { ok: boolean }).toMatchObject({ ok: false });
  });

  it('knows which items were saved before, from the background', async () => {
    const first = start();
    await first.running.scanner.idle();
    const [item] = first.running.scanner.items();
    await first.port.sendToBackground({
      type: 'to-background/save-items',
      items: [{ pageItemId: item!.id, url: document.URL, title: '', kind: item!.kind, text: item!.text, fields: {}, selectors: item!.selectors, note: '', tags: [] }],
    });
    first.running.stop();
    running = startContentScript(document, first.port, createHighlightPainter(document, fakeHighlightApi()));
    await vi.waitFor(() => expect(running!.saved.isSaved(item!.id)).toBe(true));
  });

  it('saves the selected passage as a highlight when the context menu or the shortcut asks, with the form’s note', async () => {
    const { fromPopup, sent, running } = start();
    await running.scanner.idle();
    expect(await fromPopup({ type: 'background-to-content/save-selection' })).toEqual({
      ok: false,
      error: 'Select some text of the page first',
    });
    const paragraph = document.querySelectorAll('p')[1]!.firstChild as Text;
    const words = '销售收入达到500亿元';
    const from = paragraph.data.indexOf(words);
    document.getSelection()!.setBaseAndExtent(paragraph, from, paragraph, from + words.length);
    Range.prototype.getBoundingClientRect = () => new DOMRect(0, 100, 100, 20);
    expect(await fromPopup({ type: 'background-to-content/save-selection' })).toEqual({ ok: true });

    const note = running.card.root!.querySelector('textarea.note') as HTMLTextAreaElement;
    note.value = '五百亿';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    analystClick(running.card.root!.querySelector('button.submit')!);
    await vi.waitFor(() => expect(running.saved.placed().map(({ saved }) => saved.kind)).toEqual(['highlight']));
    const save = sent.find((message) => message.type === 'to-background/save-items');
    expect(save).toMatchObject({ items: [{ kind: 'highlight', text: words, note: '五百亿', tags: [], url: document.URL.split('#')[0] }] });
  });
});
