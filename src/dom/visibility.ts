/** Whether the browser displays an element, for the text model: standard DOM only, so jsdom answers too. */

/**
 * True when the element's content is not rendered: `display: none` or
 * `content-visibility: hidden`. Elements that are only `visibility: hidden`
 * count as shown, since their children can show themselves again; so do
 * `display: contents` elements, which have no box of their own but show
 * their children.
 */
export function isHiddenByStyle(element: Element): boolean {
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return style !== undefined && (style.display === 'none' || style.contentVisibility === 'hidden');
}
