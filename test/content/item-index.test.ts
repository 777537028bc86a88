import { describe, expect, it } from 'vitest';
import { idOf, ItemIndex } from '../../src/content/item-index';
import { shiftItem } from '../../src/content/extract-lines';
import { extract } from '../../src/extractor';
import { pageItemId } from '../../src/shared/page-item';
import { corpusText } from '../shared/corpus-fixtures';
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

  it('gives any slice of the items in text order', () => {
    const items = extract(corpusText('000_575128201b72bb82.txt'));
    const index = new ItemIndex();
    index.add([...items].reverse());
    expect(index.all()).toEqual(items);
    for (let from = 0; from <= items.length; from += 7) {
      for (const count of [0, 1, 2, 13, items.length]) expect(index.slice(from, from + count)).toEqual(items.slice(from, from + count));
    }
  });

  it('finds the items under an offset, innermost first', () => {
    const index = filled();
    const at = (snippet: string) => index.allAt(PAGE_TEXT.indexOf(snippet)).map(idOf);
    expect(at('330亿元')).toEqual([ITEMS.investmentFloor.id, ITEMS.investmentTarget.id]);
    expect(at('工业投入确保')).toEqual([ITEMS.investmentTarget.id]);
    expect(at('全市144家')).toEqual([]);
    expect(index.allAt(PAGE_TEXT.length)).toEqual([]);
  });

  it('finds the items of a kind sharing a span', () => {
    const index = filled();
    const { investmentTarget, investmentFloor } = ITEMS;
    const inside = index.overlapping('indicator', investmentTarget.start, investmentTarget.end);
    expect(inside).toContain(investmentFloor);
    expect(inside).toEqual(PAGE_ITEMS.filter((item) => item.kind === 'indicator' && item.start < investmentTarget.end && item.end > investmentTarget.start));
    expect(index.overlapping('commitment', investmentFloor.start, investmentFloor.start + 1)).toEqual([investmentTarget]);
    expect(index.overlapping('commitment', investmentTarget.end, investmentTarget.end + 1)).not.toContain(investmentTarget);
  });

  it('finds an item by id, and replaces an item added again', () => {
    const index = filled();
    const first = PAGE_ITEMS[0]!;
    expect(index.get(first.id)).toBe(first);
    expect(index.get(`${first.id}x`)).toBeUndefined();
    index.add([first]);
    expect(index.size).toBe(PAGE_ITEMS.length);
  });

  it('finds an item that moved by the id it was found under, and not by the one its new place gives', () => {
    const items = extract(PAGE_TEXT);
    const index = new ItemIndex();
    const [first, ...rest] = items;
    const moved = { ...shiftItem(first!, 5), id: pageItemId(first!) };
    index.replaceAll([moved, ...rest.map((item) => shiftItem(item, 5))]);
    expect(index.get(pageItemId(first!))).toBe(moved);
    expect(idOf(moved)).toBe(pageItemId(first!));
    expect(index.get(pageItemId(moved))).toBeUndefined();
    expect(index.get(pageItemId(shiftItem(rest[0]!, 5)))).toEqual(shiftItem(rest[0]!, 5));
  });

  it('starts over with replaceAll', () => {
    const index = filled();
    index.replaceAll(PAGE_ITEMS.slice(0, 1));
    expect(index.all()).toEqual(PAGE_ITEMS.slice(0, 1));
    expect(index.get(PAGE_ITEMS[1]!.id)).toBeUndefined();
  });

  it('counts its changes, and not its readings, so that slices of one version fit together', () => {
    const index = filled();
    const filledAt = index.version;
    index.slice(2, 5);
    index.get(PAGE_ITEMS[0]!.id);
    expect(index.version).toBe(filledAt);
    index.replaceAll(PAGE_ITEMS.slice(0, 3));
    expect(index.version).toBeGreaterThan(filledAt);
    const replacedAt = index.version;
    index.add([PAGE_ITEMS[5]!]);
    expect(index.version).toBeGreaterThan(replacedAt);
  });
});
