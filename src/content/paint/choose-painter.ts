/** Picks the way to draw on this page. */
import { createHighlightPainter, highlightApiOf, type HighlightApi } from './highlight-painter';
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
