/** The small fixed palette an analyst colours saved items with. */

/** Colour names, in the order the swatches show them. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

/** One colour of the palette. */
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** A colour's look: a solid tone for swatches and underlines, a wash for marked text. */
export interface ColorLook {
  /** English name, for the swatch's label. */
  label: string;
  /** Solid colour (swatch, underline). */
  solid: string;
  /** Translucent background for marked text, light enough to read black text through. */
  wash: string;
}

/** How each colour looks. */
export const COLOR_LOOKS: Record<HighlightColor, ColorLook> = {
  yellow: { label: 'Yellow', solid: 'rgb(240, 190, 0)', wash: 'rgba(255, 214, 0, 0.42)' },
  green: { label: 'Green', solid: 'rgb(46, 160, 67)', wash: 'rgba(76, 200, 100, 0.36)' },
  blue: { label: 'Blue', solid: 'rgb(30, 110, 230)', wash: 'rgba(80, 150, 255, 0.34)' },
  pink: { label: 'Pink', solid: 'rgb(220, 40, 130)', wash: 'rgba(255, 100, 180, 0.34)' },
  purple: { label: 'Purple', solid: 'rgb(130, 70, 200)', wash: 'rgba(160, 110, 240, 0.34)' },
};

/** The colour of an own highlight saved without one. */
export const DEFAULT_HIGHLIGHT_COLOR: HighlightColor = 'yellow';
