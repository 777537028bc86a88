/**
 * How the page text model treats elements, by tag name alone, so that a page
 * read in the browser and the same HTML read through jsdom give the same text.
 */

/** Attribute on the root of Policy Lens's own UI (the card's host element); the text model never reads inside it. */
export const UI_HOST_ATTRIBUTE = 'data-policy-lens';

/**
 * Elements whose content is not report text: code, styles, form controls,
 * embedded media, document metadata, and ruby annotations (pinyin shown above
 * the characters, which would otherwise cut into the words they gloss).
 */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'RT', 'RP',
]);

/** Elements that start a new line of text: a sentence never runs across one of their boundaries. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** The upper-case local name, the same for HTML elements and for SVG/MathML ones (whose `tagName` keeps its case). */
function tagOf(element: Element): string {
  return element.localName.toUpperCase();
}

/** True for elements whose content is never report text. */
export function isSkippedElement(element: Element): boolean {
  return SKIPPED_TAGS.has(tagOf(element)) || element.hasAttribute(UI_HOST_ATTRIBUTE);
}

/** True for elements laid out as blocks (paragraphs, list items, table cells...). */
export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(tagOf(element));
}

/** True for `<br>`, which ends a line like a block boundary does. */
export function isLineBreak(element: Element): boolean {
  return tagOf(element) === 'BR';
}

/** True for `<pre>`, whose line ends are part of the text. */
export function isPreformatted(element: Element): boolean {
  return tagOf(element) === 'PRE';
}

/**
 * Hidden by the markup alone: the `hidden` attribute or an inline
 * `display: none`. Used where no layout is available (jsdom in the command
 * line); the content script asks the browser's computed style instead.
 */
export function isHiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && /(^|;)\s*display\s*:\s*none\b/i.test(style);
}
