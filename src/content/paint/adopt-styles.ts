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

/** Where the style sheets adopted by a document through {@link adoptDocumentStylesOnce} are kept, shared by the content scripts of one page. */
const ADOPTED = Symbol.for('policy-lens.document-styles');

/**
 * Adopts `css` in the document unless a content script of this page did
 * already and the sheet is still there (a page script may have replaced the
 * document's adopted sheets meanwhile). The content scripts of a page share
 * one global object (their own world, which page scripts cannot see), so the
 * styles can be adopted by a script that runs before the page is parsed:
 * adopting the highlights' style sheet in a document already laid out
 * recalculates every element's style (its highlight styles are inherited
 * from the root's), some 150 to 200 ms of CPU on a page of 55,000 elements.
 */
export function adoptDocumentStylesOnce(document: Document, css: string): void {
  const global = globalThis as { [ADOPTED]?: WeakMap<Document, Map<string, CSSStyleSheet | HTMLStyleElement>> };
  const adopted = (global[ADOPTED] ??= new WeakMap());
  const sheets = adopted.get(document) ?? new Map<string, CSSStyleSheet | HTMLStyleElement>();
  const earlier = sheets.get(css);
  const inPlace = earlier && ('isConnected' in earlier ? earlier.isConnected : document.adoptedStyleSheets.includes(earlier));
  if (inPlace) return;
  sheets.set(css, adoptStyles(document, css));
  adopted.set(document, sheets);
}
