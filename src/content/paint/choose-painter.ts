/** Picks the way to draw on this page. */
import { createHighlightPainter, highlightApiOf } from './highlight-painter';
import { createMarkPainter } from './mark-painter';
import type { Painter } from './painter';

/** The Highlight API painter where the browser has it (Chrome 105+, Firefox 140+), else mark elements. */
export function choosePainter(document: Document): Painter {
  const view = document.defaultView as (Window & typeof globalThis) | null;
  const api = view ? highlightApiOf(view) : undefined;
  return api ? createHighlightPainter(document, api) : createMarkPainter(document);
}
