// @vitest-environment jsdom
import './jsdom-layout';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentPort } from '../../src/content/browser-port';
import { startContentScript, type RunningContentScript } from '../../src/content/content-script';
import { createHighlightPainter } from '../../src/content/paint/highlight-painter';
import { highlightName } from '../../src/content/paint/layers';
import { MAX_ITEMS_PER_ANSWER, type BackgroundMessage, type GetPageItemsResponse, type GetPageSavedResponse, type SavedItem } from '../../src/shared/messages';
import { newSavedItemFrom } from '../../src/shared/saved-item';
import { createSelectors } from '../../src/shared/selectors';
import { ENERGY_DROP, industrialZoneSpeech, LEADING_FIRMS, PLEDGE } from '../anchoring/report-pages';
import { renderParagraphs } from '../dom/corpus-page';
import { fakeHighlightApi, highlightedTexts } from './fake-highlight-api';

/** The first paragraphs of the industrial zone speech, as its page shows them. */
const LINES = industrialZoneSpeech()
  .split('\n')
  .filter((line) => line.trim() !== '')
  .slice(0, 13);

/** A background holding `stored`, answering list-saved by URL and saving by identity as the store does. */
function backgroundWith(stored: SavedItem[]) {
  const sent: BackgroundMessage[] = [];
  let answer: ((message: unknown) => Promise<unknown>) | undefined;
  const port: ContentPort = {
    async sendToBackground(message) {
      sent.push(message);
      if (message.type === 'to-background/list-saved') return { ok: true, items: stored.filter((item) => item.url === message.url) };
      if (message.type === 'to-background/save-items') {
        return { ok: true, savedAt: '2026-11-24T00:00:00.000Z', receipts: message.items.map((_, i) => ({ id: `new-${i}` })) };
      }
      return { ok: true };
    },
    onMessage(handler) {
      answer = handler;
    },
  };
  return {
    port,
    sent,
    /** The page's first items, as the popup asks for them. */
    firstItems: () => answer!({ type: 'popup-to-content/get-page-items', from: 0, count: MAX_ITEMS_PER_ANSWER }) as Promise<GetPageItemsResponse>,
    /** The page's saved items, as the popup asks for them. */
    savedOnPage: () => answer!({ type: 'popup-to-content/get-page-saved' }) as Promise<GetPageSavedResponse>,
  };
}

let running: RunningContentScript | undefined;
afterEach(() => {
  running?.stop();
  vi.useRealTimers();
});

/** Saves the items with these texts from the unchanged page, as the card would. */
async function savedFromOriginalPage(texts: readonly string[]): Promise<SavedItem[]> {
  renderParagraphs(document, LINES);
  const first = startContentScript(document, backgroundWith([]).port, createHighlightPainter(document, fakeHighlightApi()));
  await first.scanner.scanPage();
  const items = first.scanner.items().filter((item) => texts.includes(item.text));
  first.stop();
  expect(items.map((item) => item.text).sort()).toEqual([...texts].sort());
  return items.map((item, i) => ({
    ...newSavedItemFrom(item, { url: document.URL, title: document.title }),
    id: `saved-${i}`,
    createdAt: '2026-11-23T00:00:00.000Z',
    updatedAt: '2026-11-23T00:00:00.000Z',
  }));
}

describe('saved items on a page that changed since they were saved', () => {
  it('shows them as saved at their new place and lists the deleted one as not found', async () => {
    const stored = await savedFromOriginalPage([PLEDGE, LEADING_FIRMS, ENERGY_DROP]);
    // The page now opens with a new paragraph, and the energy target's sentence is gone.
    const energyLine = LINES.findIndex((line) => line.includes(ENERGY_DROP));
    renderParagraphs(document, ['(本文根据录音整理,有删节。)', ...LINES.filter((_, index) => index !== energyLine)]);
    const background = backgroundWith(stored);
    const api = fakeHighlightApi();
    running = startContentScript(document, background.port, createHighlightPainter(document, api));
    await running.scanner.idle();

    await vi.waitFor(async () => {
      const { items, total } = await background.firstItems();
      expect(items).toHaveLength(total);
      const { savedItemIds, notFound } = await background.savedOnPage();
      const savedTexts = items.filter((item) => savedItemIds.includes(item.id)).map((item) => item.text);
      expect(savedTexts.sort()).toEqual([PLEDGE, LEADING_FIRMS].sort());
      expect(notFound.map((item) => item.text)).toEqual([ENERGY_DROP]);
    });
    const moved = running.scanner.items().find((item) => item.text === PLEDGE)!;
    expect(moved.id).not.toBe(stored.find((item) => item.text === PLEDGE)!.pageItemId);
    expect(running.saved.isSaved(moved.id)).toBe(true);
    expect(highlightedTexts(api, highlightName('commitment'))).toContain(PLEDGE);
  });

  it('knows an item as saved after words were added right next to it, and which saved item it is', async () => {
    const stored = await savedFromOriginalPage([LEADING_FIRMS]);
    // Words added right before the figure change its saved context.
    renderParagraphs(document, LINES.map((line) => line.replace(`对${LEADING_FIRMS}`, `对全市${LEADING_FIRMS}`)));
    const background = backgroundWith(stored);
    running = startContentScript(document, background.port, createHighlightPainter(document, fakeHighlightApi()));
    await running.scanner.idle();
    const item = running.scanner.items().find((candidate) => candidate.text === LEADING_FIRMS)!;
    await vi.waitFor(() => expect(running!.saved.isSaved(item.id)).toBe(true));
    expect(running.saved.savedAs(item.id)?.id).toBe(stored[0]!.id);
  });

  it('places a saved passage the extractor has no item for, drawn in the closed overlay and not in the page’s highlights', async () => {
    const passage = '重抓三级平台';
    renderParagraphs(document, LINES);
    const text = LINES.join('\n');
    const start = text.indexOf(passage);
    const highlight: SavedItem = {
      url: document.URL,
      title: '',
      kind: 'highlight',
      text: passage,
      fields: {},
      selectors: createSelectors(text, start, start + passage.length),
      note: '',
      tags: [],
      id: 'passage',
      createdAt: '2026-11-23T00:00:00.000Z',
      updatedAt: '2026-11-23T00:00:00.000Z',
    };
    renderParagraphs(document, ['新增段落。', ...LINES]);
    const api = fakeHighlightApi();
    running = startContentScript(document, backgroundWith([highlight]).port, createHighlightPainter(document, api));
    await running.scanner.idle();
    await vi.waitFor(() => expect(running!.saved.placed().map(({ saved }) => saved.id)).toEqual(['passage']));
    expect(highlightedTexts(api, highlightName('indicator'))).not.toContain(passage);
  });

  it('finds a saved item by its id whether its page holds it or not, as last listed or stored', async () => {
    const stored = await savedFromOriginalPage([PLEDGE, ENERGY_DROP]);
    renderParagraphs(document, LINES.filter((line) => !line.includes(ENERGY_DROP)));
    running = startContentScript(document, backgroundWith(stored).port, createHighlightPainter(document, fakeHighlightApi()));
    await running.scanner.idle();
    const [pledge, energy] = [PLEDGE, ENERGY_DROP].map((text) => stored.find((item) => item.text === text)!);
    await vi.waitFor(() => expect(running!.saved.notFound().map((item) => item.id)).toEqual([energy!.id]));
    expect(running.saved.savedById(pledge!.id)).toEqual(pledge);
    expect(running.saved.savedById(energy!.id)).toEqual(energy);

    const edited = { ...pledge!, note: '年底前完成', updatedAt: '2026-11-24T00:00:00.000Z' };
    await running.saved.addSaved([edited]);
    expect(running.saved.savedById(pledge!.id)).toBe(edited);
    await running.saved.setSaved([edited]);
    expect(running.saved.savedById(energy!.id)).toBeUndefined();
  });
});

describe('a single-page site changing its URL', () => {
  it('reads the page again and lists the saved items of the new URL', async () => {
    renderParagraphs(document, LINES.slice(4, 7));
    const background = backgroundWith([]);
    running = startContentScript(document, background.port, createHighlightPainter(document, fakeHighlightApi()));
    await running.scanner.idle();
    const listed = () => background.sent.filter((message) => message.type === 'to-background/list-saved');
    await vi.waitFor(() => expect(listed()).toHaveLength(1));

    history.pushState({}, '', '/reports/second.html');
    const secondPage = LINES.slice(7, 13);
    renderParagraphs(document, secondPage);
    await vi.waitFor(() => expect(listed().at(-1)).toEqual({ type: 'to-background/list-saved', url: new URL('/reports/second.html', document.URL).href }), { timeout: 3000 });
    await running.scanner.idle();
    const items = running.scanner.items();
    expect(items.map((item) => item.text)).toContain(ENERGY_DROP);
    expect(items.filter((item) => !secondPage.join('\n').includes(item.text))).toEqual([]);
  });

  it('does not act on a popstate the page fires itself while its URL stays', async () => {
    renderParagraphs(document, LINES.slice(0, 3));
    const background = backgroundWith([]);
    running = startContentScript(document, background.port, createHighlightPainter(document, fakeHighlightApi()));
    await running.scanner.idle();
    const lists = () => background.sent.filter((message) => message.type === 'to-background/list-saved').length;
    await vi.waitFor(() => expect(lists()).toBe(1));
    window.dispatchEvent(new PopStateEvent('popstate'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lists()).toBe(1);
  });
});
