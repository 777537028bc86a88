import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extractor';
import { contentKey, contentKeysOf } from '../../src/shared/content-key';
import { toPageItem } from '../../src/shared/page-item';
import { TWO_GROWTH_FIGURES } from '../anchoring/report-pages';

const itemsOf = (text: string) => extract(text).map((item) => toPageItem(item, text));

describe('content identity', () => {
  it('stays the same when text is added far before the item, and differs between kinds and quotes', () => {
    const page = itemsOf(TWO_GROWTH_FIGURES);
    const moved = itemsOf(`${'各位领导、同志们:'.repeat(8)}\n${TWO_GROWTH_FIGURES}`);
    expect(moved.map(contentKey)).toEqual(page.map(contentKey));
    expect(new Set(page.map(contentKey)).size).toBe(page.length);
  });

  it('counts the copies of a passage the page repeats word for word, so each is an item of its own', () => {
    const line = TWO_GROWTH_FIGURES.split('\n')[0]!;
    const repeated = itemsOf([line, line, line].join('\n'));
    const keys = contentKeysOf(repeated);
    expect(new Set(keys.values()).size).toBe(repeated.length);
    // A passage the page holds once keeps the identity of its content alone.
    const once = itemsOf(TWO_GROWTH_FIGURES);
    expect([...contentKeysOf(once).values()]).toEqual(once.map(contentKey));
  });
});
