import { describe, expect, it } from 'vitest';
import { countBy, filterItems, groupByKind, SHOW_ALL } from '../../src/popup/item-filter';
import { ITEMS, PAGE_ITEMS } from '../shared/page-fixtures';

describe('groupByKind', () => {
  it('puts indicators first and commitments second, each in text order', () => {
    const groups = groupByKind(PAGE_ITEMS);
    expect(groups.map((group) => [group.kind, group.items.length])).toEqual([
      ['indicator', 7],
      ['commitment', 3],
    ]);
    for (const group of groups) {
      const starts = group.items.map((item) => item.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('leaves out a kind with no items', () => {
    expect(groupByKind([ITEMS.projectsPledge]).map((group) => group.kind)).toEqual(['commitment']);
    expect(groupByKind([])).toEqual([]);
  });
});

describe('countBy', () => {
  it('counts items per kind and per subtype', () => {
    expect(Object.fromEntries(countBy(PAGE_ITEMS, (item) => item.kind))).toEqual({ indicator: 7, commitment: 3 });
    expect(Object.fromEntries(countBy(PAGE_ITEMS, (item) => item.subtype))).toEqual({
      amount: 5,
      count: 1,
      rank: 1,
      target: 2,
      pledge: 1,
    });
  });
});

describe('filterItems', () => {
  it('keeps everything when showing all, whatever subtype is left over', () => {
    expect(filterItems(PAGE_ITEMS, SHOW_ALL)).toEqual(PAGE_ITEMS);
    expect(filterItems(PAGE_ITEMS, { ...SHOW_ALL, subtype: 'rank' })).toEqual(PAGE_ITEMS);
  });

  it('keeps one kind', () => {
    const commitments = filterItems(PAGE_ITEMS, { ...SHOW_ALL, kind: 'commitment' });
    expect(commitments.map((item) => item.id)).toEqual([
      ITEMS.investmentTarget.id,
      ITEMS.projectsPledge.id,
      ITEMS.listingTarget.id,
    ]);
  });

  it('keeps one subtype of one kind', () => {
    expect(filterItems(PAGE_ITEMS, { ...SHOW_ALL, kind: 'indicator', subtype: 'rank' })).toEqual([ITEMS.countyRank]);
    expect(filterItems(PAGE_ITEMS, { ...SHOW_ALL, kind: 'commitment', subtype: 'pledge' })).toEqual([ITEMS.projectsPledge]);
  });

  it('does not let a subtype of the other kind through', () => {
    expect(filterItems(PAGE_ITEMS, { ...SHOW_ALL, kind: 'indicator', subtype: 'target' })).toEqual([]);
  });

  it('keeps indicators of one status; commitments have none', () => {
    const targets = filterItems(PAGE_ITEMS, { ...SHOW_ALL, status: 'target' });
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((item) => item.kind === 'indicator' && item.status === 'target')).toBe(true);
    expect(targets).toContain(ITEMS.investmentGoal);
    expect(filterItems(PAGE_ITEMS, { ...SHOW_ALL, status: 'actual' })).toContain(ITEMS.output);
  });

  it('keeps the saved items or the unsaved ones', () => {
    const saved = new Set([ITEMS.output.id, ITEMS.listingTarget.id]);
    expect(filterItems(PAGE_ITEMS, { ...SHOW_ALL, saved: 'saved' }, saved)).toEqual([ITEMS.output, ITEMS.listingTarget]);
    const unsaved = filterItems(PAGE_ITEMS, { ...SHOW_ALL, saved: 'unsaved' }, saved);
    expect(unsaved).toHaveLength(PAGE_ITEMS.length - 2);
    expect(unsaved).not.toContain(ITEMS.output);
  });

  it('finds items by words of their text, a traditional query finding simplified text', () => {
    // 建築業 is the traditional form of the fixture's 建筑业.
    expect(filterItems(PAGE_ITEMS, { ...SHOW_ALL, query: '建築業' })).toEqual([ITEMS.output]);
    expect(filterItems(PAGE_ITEMS, { ...SHOW_ALL, query: '力争 上市' })).toEqual([ITEMS.listingTarget]);
    expect(filterItems(PAGE_ITEMS, { ...SHOW_ALL, kind: 'indicator', query: '力争' })).toEqual([]);
  });
});
