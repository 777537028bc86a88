import { describe, expect, it } from 'vitest';
import { ItemIndex } from '../../src/content/item-index';
import { extract } from '../../src/extractor';
import { toPageItem } from '../../src/shared/page-item';

const TEXT = '今年全市工业总产值增长12%。确保到2010年销售收入达到500亿元,力争增长20%以上。';
const items = extract(TEXT).map((item) => toPageItem(item, TEXT));

function filled(): ItemIndex {
  const index = new ItemIndex();
  index.add([...items].reverse());
  return index;
}

describe('ItemIndex', () => {
  it('keeps items in text order, an enclosing commitment before its indicators', () => {
    expect(filled().all()).toEqual(items);
    expect(filled().size).toBe(items.length);
  });

  it('finds the items under an offset, innermost first', () => {
    const index = filled();
    const at = (snippet: string) => index.allAt(TEXT.indexOf(snippet)).map((item) => `${item.kind}:${item.text}`);
    expect(at('500亿元')).toEqual(['indicator:500亿元', `commitment:${TEXT.slice(TEXT.indexOf('确保'))}`]);
    expect(at('销售收入')).toEqual([`commitment:${TEXT.slice(TEXT.indexOf('确保'))}`]);
    expect(at('今年')).toEqual([]);
    expect(index.allAt(TEXT.length)).toEqual([]);
  });

  it('finds an item by id, and replaces an item added again', () => {
    const index = filled();
    const first = items[0]!;
    expect(index.get(first.id)).toBe(first);
    index.add([first]);
    expect(index.size).toBe(items.length);
  });

  it('tells whether a span overlaps an item of the same kind', () => {
    const index = filled();
    const start = TEXT.indexOf('500');
    expect(index.overlapsSameKind({ kind: 'indicator', start: start + 1, end: start + 2 })).toBe(true);
    expect(index.overlapsSameKind({ kind: 'indicator', start: 0, end: 2 })).toBe(false);
    expect(index.overlapsSameKind({ kind: 'commitment', start: 0, end: 2 })).toBe(false);
  });

  it('starts over with replaceAll', () => {
    const index = filled();
    index.replaceAll(items.slice(0, 1));
    expect(index.all()).toEqual(items.slice(0, 1));
    expect(index.get(items[1]!.id)).toBeUndefined();
  });
});
