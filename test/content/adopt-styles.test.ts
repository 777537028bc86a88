// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { adoptDocumentStylesOnce } from '../../src/content/paint/adopt-styles';
import { highlightCss } from '../../src/content/paint/layers';

/** The style elements holding the highlights' rules (jsdom has no adopted style sheets: the styles go in a <style>). */
const highlightStyles = (): Element[] => [...document.querySelectorAll('style')].filter((style) => style.textContent === highlightCss());

describe('adoptDocumentStylesOnce', () => {
  it('adds the styles once, however often asked', () => {
    adoptDocumentStylesOnce(document, highlightCss());
    adoptDocumentStylesOnce(document, highlightCss());
    expect(highlightStyles()).toHaveLength(1);
  });

  it('adds them again when the page took them away in between', () => {
    adoptDocumentStylesOnce(document, highlightCss());
    for (const style of highlightStyles()) style.remove();
    adoptDocumentStylesOnce(document, highlightCss());
    expect(highlightStyles()).toHaveLength(1);
  });
});
