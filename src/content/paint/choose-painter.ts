/** Picks the way to draw on this page. */
import { adoptDocumentStylesOnce } from './adopt-styles';
import { createHighlightPainter, highlightApiOf, type HighlightApi } from './highlight-painter';
import { highlightCss, markCss } from './layers';
import { createMarkPainter } from './mark-painter';
import type { Painter } from './painter';

/** The Highlight API of the document's window, where the browser has it (Chrome 105+, Firefox 140+). */
function apiOf(document: Document): HighlightApi | undefined {
  const view = document.defaultView as (Window & typeof globalThis) | null;
  return view ? highlightApiOf(view) : undefined;
}

/** The Highlight API painter where the browser has it, else mark elements. */
export function choosePainter(document: Document): Painter {
  const api = apiOf(document);
  return api ? createHighlightPainter(document, api) : createMarkPainter(document);
}

/** Adopts the style sheet of the painter {@link choosePainter} picks, ahead of it (see `adoptDocumentStylesOnce`). */
export function adoptPainterStyles(document: Document): void {
  adoptDocumentStylesOnce(document, apiOf(document) ? highlightCss() : markCss());
}
