/** A stand-in for the CSS Custom Highlight API, which jsdom does not have. */
import type { HighlightApi } from '../../src/content/paint/highlight-painter';

/** A highlight: a set of ranges with a priority, as in the browser. */
export class FakeHighlight extends Set<AbstractRange> {
  /** Painting order among overlapping highlights. */
  priority = 0;
}

/** A fresh registry and the `Highlight` constructor, for `createHighlightPainter`. */
export function fakeHighlightApi(): HighlightApi & { registry: Map<string, FakeHighlight> } {
  const registry = new Map<string, FakeHighlight>();
  return { registry, Highlight: FakeHighlight } as unknown as HighlightApi & { registry: Map<string, FakeHighlight> };
}

/** The text of every range of a registered highlight, in the order added. */
export function highlightedTexts(api: ReturnType<typeof fakeHighlightApi>, name: string): string[] {
  return [...(api.registry.get(name) ?? [])].map((range) => (range as Range).toString());
}
