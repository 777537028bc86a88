/**
 * The passage the analyst selected, as a span of the page text model, and the
 * small "Highlight" button shown beside it. The button lives in a closed
 * shadow root and answers only the analyst's own clicks.
 */
import type { TextModel } from '../dom/text-model';
import { UI_HOST_ATTRIBUTE } from '../dom/element-kinds';
import { adoptStyles } from './paint/adopt-styles';
import { byAnalyst } from './trusted-events';

/** A selected passage: its span in the page text model and the box of its last line. */
export interface SelectedSpan {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** The selection's last line box, in viewport coordinates, to place UI beside. */
  box: DOMRect;
}

/** Tag name of the selection button's host element. */
export const SELECTION_HOST_TAG = 'policy-lens-selection';

/**
 * The document's selection as a span of `model`, white space at either end
 * left out; undefined when nothing, only white space, or text outside the
 * model (Policy Lens's own UI, a form field) is selected.
 */
export function selectedSpan(document: Document, model: TextModel): SelectedSpan | undefined {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  let start = model.offsetAt(range.startContainer, range.startOffset);
  let end = model.offsetAt(range.endContainer, range.endOffset);
  if (start === null || end === null) return undefined;
  while (start < end && /\s/.test(model.text[start]!)) start++;
  while (end > start && /\s/.test(model.text[end - 1]!)) end--;
  if (start === end) return undefined;
  const boxes = [...range.getClientRects()].filter((rect) => rect.width > 0);
  return { start, end, box: boxes.at(-1) ?? range.getBoundingClientRect() };
}

/** Whether an event happened in Policy Lens's own UI (the card, this button), where selecting is no passage to offer. */
function inPolicyLensUi(event: Event): boolean {
  return event.composedPath().some((target) => target instanceof Element && target.hasAttribute(UI_HOST_ATTRIBUTE));
}

const BUTTON_CSS = `
:host { all: initial; position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483647; }
button {
  position: fixed;
  padding: 2px 10px;
  border: 1px solid #1a73e8;
  border-radius: 12px;
  background: #1a73e8;
  color: #fff;
  font: 12px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2);
  cursor: pointer;
}
`;

/**
 * Shows the Highlight button beside each selection the analyst makes in the
 * page text; a click on it hands the span to `pick`. Returns the function
 * that stops.
 */
export function offerSelections(document: Document, model: () => TextModel, pick: (span: SelectedSpan) => void): () => void {
  const host = document.createElement(SELECTION_HOST_TAG);
  host.setAttribute(UI_HOST_ATTRIBUTE, 'selection');
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyles(shadow, BUTTON_CSS);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'highlight-selection';
  button.textContent = 'Highlight';
  let offered: SelectedSpan | undefined;

  const hide = (): void => {
    offered = undefined;
    button.remove();
  };
  const offer = (): void => {
    offered = selectedSpan(document, model());
    if (!offered) return hide();
    button.style.left = `${Math.max(4, offered.box.right - 40)}px`;
    button.style.top = `${offered.box.bottom + 4}px`;
    if (!host.isConnected) document.documentElement.append(host);
    shadow.append(button);
  };
  // The selection is final once the button or key is released; read it after the browser updated it.
  const onRelease = (event: Event): void => {
    if (byAnalyst(event) && !inPolicyLensUi(event)) setTimeout(offer, 0);
  };
  button.addEventListener('click', (event) => {
    if (!byAnalyst(event) || !offered) return;
    const span = offered;
    hide();
    pick(span);
  });

  document.addEventListener('mouseup', onRelease, true);
  document.addEventListener('keyup', onRelease, true);
  return () => {
    document.removeEventListener('mouseup', onRelease, true);
    document.removeEventListener('keyup', onRelease, true);
    host.remove();
  };
}
