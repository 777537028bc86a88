import { describe, expect, it } from 'vitest';
import { ItemIndex } from '../../src/content/item-index';
import { ITEMS, PAGE_ITEMS, PAGE_TEXT } from '../shared/page-fixtures';

function filled(): ItemIndex {
  const index = new ItemIndex();
  index.add([...PAGE_ITEMS].reverse());
  return index;
}

describe('ItemIndex', () => {
  it('keeps items in text order, an enclosing commitment before its indicators', () => {
    expect(filled().all()).toEqual(PAGE_ITEMS);
    expect(filled().size).toBe(PAGE_ITEMS.length);
  });

  it('finds the items under an offset, innermost first', () => {
    const index = filled();
    const at = (snippet: string) => index.allAt(PAGE_TEXT.indexOf(snippet)).map((item) => item.id);
    expect(at('330亿元')).toEqual([ITEMS.investmentFloor.id, ITEMS.investmentTarget.id]);
    expect(at('工业投入确保')).toEqual([ITEMS.investmentTarget.id]);
    expect(at('全市144家')).toEqual([]);
    expect(index.allAt(PAGE_TEXT.length)).toEqual([]);
  });

  it('finds an item by id, and replaces an item added again', () => {
    const index = filled();
    const first = PAGE_ITEMS[0]!;
    expect(index.get(first.id)).toBe(first);
    index.add([first]);
    expect(index.size).toBe(PAGE_ITEMS.length);
  });

  it('starts over with replaceAll', () => {
    const index = filled();
    index.replaceAll(PAGE_ITEMS.slice(0, 1));
    expect(index.all()).toEqual(PAGE_ITEMS.slice(0, 1));
    expect(index.get(PAGE_ITEMS[1]!.id)).toBeUndefined();
  });

  it('gives a slice in text order, and counts its changes, so that slices of one version fit together', () => {
    const index = filled();
    const filledAt = index.version;
    expect(index.slice(2, 5)).toEqual(PAGE_ITEMS.slice(2, 5));
    expect(index.slice(8, 20)).toEqual(PAGE_ITEMS.slice(8));
    expect(index.version).toBe(filledAt);
    index.replaceAll(PAGE_ITEMS.slice(0, 3));
    expect(index.version).toBeGreaterThan(filledAt);
    const replacedAt = index.version;
    index.add([PAGE_ITEMS[5]!]);
    expect(index.version).toBeGreaterThan(replacedAt);
  });
});
