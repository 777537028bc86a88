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
