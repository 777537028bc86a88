/**
 * Adds a stylesheet to a document or a shadow root. A constructed, adopted
 * stylesheet is not subject to the page's Content-Security-Policy (which may
 * forbid inline <style>) and adds no element to the page.
 */
export function adoptStyles(target: Document | ShadowRoot, css: string): CSSStyleSheet | HTMLStyleElement {
  const isDocument = target.nodeType === target.DOCUMENT_NODE;
  const document = isDocument ? (target as Document) : target.ownerDocument!;
  const SheetConstructor = document.defaultView?.CSSStyleSheet;
  if (SheetConstructor && 'adoptedStyleSheets' in target && 'replaceSync' in SheetConstructor.prototype) {
    const sheet = new SheetConstructor();
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    return sheet;
  }
  // Older engines: a <style> element, which a strict page policy may block.
  const style = document.createElement('style');
  style.textContent = css;
  (isDocument ? (document.head ?? document.documentElement) : target).append(style);
  return style;
}

/** The style sheets adopted in each document through {@link adoptDocumentStylesOnce}, by their CSS. */
const adopted = new WeakMap<Document, Map<string, CSSStyleSheet | HTMLStyleElement>>();

/**
 * Adopts `css` in the document unless it was adopted already and the sheet
 * is still there (a page script may have replaced the document's adopted
 * sheets meanwhile).
 *
 * Adopting a sheet once the page is laid out costs one recalculation of
 * every element's style when its rules are inherited from the root's, as the
 * highlights' are: 130 to 200 ms of CPU on a page of 55,000 elements. So the
 * highlights' sheet is inserted by the browser before the page is parsed (the
 * manifest's content script `css`, no script run then), and adopted here only
 * where that sheet is missing; a script injected at `document_start` to adopt
 * it made Chromium lay out nearly a whole large page in one task far more
 * often (bench/PAGE-TASKS.md).
 */
export function adoptDocumentStylesOnce(document: Document, css: string): void {
  const sheets = adopted.get(document) ?? new Map<string, CSSStyleSheet | HTMLStyleElement>();
  const earlier = sheets.get(css);
  const inPlace = earlier && ('isConnected' in earlier ? earlier.isConnected : document.adoptedStyleSheets.includes(earlier));
  if (inPlace) return;
  sheets.set(css, adoptStyles(document, css));
  adopted.set(document, sheets);
}
