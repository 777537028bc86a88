// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHighlightPainter } from '../../src/content/paint/highlight-painter';
import { highlightCss, highlightName, LAYERS, MARK_FLASH_ATTRIBUTE, MARK_LAYERS_ATTRIBUTE, MARK_TAG } from '../../src/content/paint/layers';
import { createMarkPainter } from '../../src/content/paint/mark-painter';
import { buildPageModel } from '../../src/dom/text-model';
import { fakeHighlightApi, highlightedTexts } from './fake-highlight-api';

const PAGE = '<p>全年<b>实现</b>销售收入500亿元,增长12%。</p><p>确保<i>明年</i>达到600亿元。</p>';

/** A commitment over the second paragraph, its target value, and an indicator in the first. */
function drawingsFor(text: string) {
  const span = (snippet: string) => ({ start: text.indexOf(snippet), end: text.indexOf(snippet) + snippet.length });
  return [
    { id: 'indicator-1', spans: [{ layer: 'indicator' as const, ...span('销售收入500亿元') }] },
    {
      id: 'commitment-1',
      spans: [
        { layer: 'commitment' as const, ...span('确保明年达到600亿元。') },
        { layer: 'target' as const, ...span('600亿元') },
      ],
    },
  ];
}

afterEach(() => vi.useRealTimers());

describe('the Highlight API painter', () => {
  it('adds each span to the highlight of its layer and leaves the DOM as it was', async () => {
    document.body.innerHTML = PAGE;
    const before = document.body.innerHTML;
    const api = fakeHighlightApi();
    const painter = createHighlightPainter(document, api);
    const model = buildPageModel(document);
    painter.paint(model, drawingsFor(model.text));
    await painter.drawn();
    expect(highlightedTexts(api, highlightName('indicator'))).toEqual(['销售收入500亿元']);
    expect(highlightedTexts(api, highlightName('commitment'))).toEqual(['确保明年达到600亿元。']);
    expect(highlightedTexts(api, highlightName('target'))).toEqual(['600亿元']);
    expect(document.body.innerHTML).toBe(before);
    expect(painter.splitsTextNodes).toBe(false);
  });

  it('paints later layers over earlier ones', () => {
    const api = fakeHighlightApi();
    createHighlightPainter(document, api);
    const priority = (layer: Parameters<typeof highlightName>[0]) => api.registry.get(highlightName(layer))!.priority;
    expect(priority('commitment')).toBeLessThan(priority('indicator'));
    expect(priority('indicator')).toBeLessThan(priority('target'));
    expect(priority('target')).toBeLessThan(priority('flash'));
  });

  it('styles the highlights of the root element only, from which every element inherits them', () => {
    // A rule matching every element would give each element a highlight style of its own.
    const selectors = highlightCss().split('\n').map((rule) => rule.slice(0, rule.indexOf('{')).trim());
    expect(selectors).toEqual(LAYERS.map((layer) => `:root::highlight(${highlightName(layer)})`));
  });

  it('erases the ranges of an item', async () => {
    document.body.innerHTML = PAGE;
    const api = fakeHighlightApi();
    const painter = createHighlightPainter(document, api);
    const model = buildPageModel(document);
    painter.paint(model, drawingsFor(model.text));
    await painter.drawn();
    painter.erase(['commitment-1']);
    await painter.drawn();
    expect(highlightedTexts(api, highlightName('commitment'))).toEqual([]);
    expect(highlightedTexts(api, highlightName('target'))).toEqual([]);
    expect(highlightedTexts(api, highlightName('indicator'))).toEqual(['销售收入500亿元']);
  });

  it('flashes a range for a while', () => {
    vi.useFakeTimers();
    document.body.innerHTML = PAGE;
    const api = fakeHighlightApi();
    const painter = createHighlightPainter(document, api);
    painter.flash(buildPageModel(document).toRange(0, 2), 1000);
    expect(highlightedTexts(api, highlightName('flash'))).toEqual(['全年']);
    vi.advanceTimersByTime(1000);
    expect(highlightedTexts(api, highlightName('flash'))).toEqual([]);
  });
});

describe('the mark painter, where the Highlight API is missing', () => {
  it('wraps marked text in mark elements without changing the page text', () => {
    document.body.innerHTML = PAGE;
    const textBefore = document.body.textContent;
    const painter = createMarkPainter(document);
    const model = buildPageModel(document);
    painter.paint(model, drawingsFor(model.text));
    expect(document.body.textContent).toBe(textBefore);
    expect(buildPageModel(document).text).toBe(model.text);
    const marks = [...document.querySelectorAll(MARK_TAG)].map((mark) => [mark.textContent, mark.getAttribute(MARK_LAYERS_ATTRIBUTE)]);
    expect(marks).toEqual([
      ['销售收入500亿元', 'indicator'],
      ['确保', 'commitment'],
      ['明年', 'commitment'],
      ['达到', 'commitment'],
      ['600亿元', 'commitment target'],
      ['。', 'commitment'],
    ]);
    expect(painter.splitsTextNodes).toBe(true);
  });

  it('flashes the marks of a range', () => {
    vi.useFakeTimers();
    document.body.innerHTML = PAGE;
    const painter = createMarkPainter(document);
    const model = buildPageModel(document);
    painter.paint(model, drawingsFor(model.text));
    const fresh = buildPageModel(document);
    const start = fresh.text.indexOf('600');
    painter.flash(fresh.toRange(start, start + 5), 500);
    const flashing = () => [...document.querySelectorAll(`[${MARK_FLASH_ATTRIBUTE}]`)].map((mark) => mark.textContent);
    expect(flashing()).toEqual(['600亿元']);
    vi.advanceTimersByTime(500);
    expect(flashing()).toEqual([]);
  });
});
