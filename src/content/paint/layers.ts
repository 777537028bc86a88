/**
 * The layers items are drawn in, and how each looks. The colours are
 * translucent and leave the text colour alone, so the page's own text stays
 * readable on light and dark backgrounds alike.
 */

/** A kind of mark on the page, bottom to top. */
export type Layer = 'commitment' | 'indicator' | 'target' | 'flash';

/** Every layer in painting order: a later layer is drawn over an earlier one. */
export const LAYERS: readonly Layer[] = ['commitment', 'indicator', 'target', 'flash'];

/** A span of the page text model to draw in a layer. */
export interface LayerSpan {
  /** The layer. */
  layer: Layer;
  /** Offset of the first character in the page text model. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** Everything drawn for one page item. */
export interface ItemDrawing {
  /** The page item's id. */
  id: string;
  /** Its spans, in their layers. */
  spans: LayerSpan[];
}

/** Name of a layer in the CSS highlight registry (`CSS.highlights`) and in `::highlight()`. */
export function highlightName(layer: Layer): string {
  return `policy-lens-${layer}`;
}

/** CSS declarations of each layer; only properties that `::highlight()` accepts. */
const LAYER_DECLARATIONS: Record<Layer, string> = {
  // Commitments: a faint blue wash and a firm underline, so the whole sentence reads as one.
  commitment:
    'background-color: rgba(66, 133, 244, 0.16); text-decoration-line: underline; ' +
    'text-decoration-color: rgb(66, 133, 244); text-decoration-thickness: 2px;',
  // Indicators: a highlighter-pen amber.
  indicator: 'background-color: rgba(255, 193, 7, 0.38);',
  // The values a commitment sets out to reach: a stronger orange with a double underline.
  target:
    'background-color: rgba(255, 112, 0, 0.5); text-decoration-line: underline; ' +
    'text-decoration-style: double; text-decoration-color: rgb(230, 81, 0);',
  // A brief magenta flash when the popup asks to show an item.
  flash: 'background-color: rgba(233, 30, 140, 0.55);',
};

/**
 * The stylesheet for the CSS Custom Highlight API: one `::highlight()` rule a
 * layer, on the root element only. A highlight's style is inherited from the
 * same highlight of the parent element, every property alike (highlight
 * inheritance, which `::highlight()` has followed from the start), so the root's
 * rule draws the text of every element. A rule for every element (a bare
 * `::highlight()`) gave each of them a highlight style of its own: on a page
 * of 55,000 elements, 13 MB more of the renderer's memory and 60 to 70 % more
 * style work while the page was parsed, for the same pixels.
 */
export function highlightCss(): string {
  return LAYERS.map((layer) => `:root::highlight(${highlightName(layer)}) { ${LAYER_DECLARATIONS[layer]} }`).join('\n');
}

/** Tag name of the elements that wrap marked text where the Highlight API is missing. */
export const MARK_TAG = 'policy-lens-mark';
/** Attribute of a mark element: the space-separated layers of its text. */
export const MARK_LAYERS_ATTRIBUTE = 'data-policy-lens-layers';
/** Attribute set on mark elements while they flash. */
export const MARK_FLASH_ATTRIBUTE = 'data-policy-lens-flash';

/** The stylesheet for mark elements: the same looks as the highlights. */
export function markCss(): string {
  const rules = LAYERS.filter((layer) => layer !== 'flash').map(
    (layer) => `${MARK_TAG}[${MARK_LAYERS_ATTRIBUTE}~="${layer}"] { ${LAYER_DECLARATIONS[layer]} }`,
  );
  rules.push(`${MARK_TAG}[${MARK_FLASH_ATTRIBUTE}] { ${LAYER_DECLARATIONS.flash} }`);
  return rules.join('\n');
}
