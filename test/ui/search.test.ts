import { expect, it } from 'vitest';
import { cachedSearchKey, matchesTerms, searchKey, searchTerms } from '../../src/ui/search';

// Sentences of the corpus's traditional reports (002, 004) and their simplified forms.
const TRADITIONAL = '全縣規模以上工業企業實現產值';
const SIMPLIFIED = '全县规模以上工业企业实现产值';

it('finds simplified text with a traditional query and traditional text with a simplified one', () => {
  expect(matchesTerms(searchKey(SIMPLIFIED), searchTerms('規模以上工業'))).toBe(true);
  expect(matchesTerms(searchKey(TRADITIONAL), searchTerms('规模以上工业'))).toBe(true);
  expect(matchesTerms(searchKey(TRADITIONAL), searchTerms('服务业'))).toBe(false);
});

it('needs every word of the query, in any order, and ignores full-width and case differences', () => {
  const key = searchKey('力争在今年实现企业上市零的突破，GDP增长１２％');
  expect(matchesTerms(key, searchTerms('上市  力争'))).toBe(true);
  expect(matchesTerms(key, searchTerms('gdp 12%'))).toBe(true);
  expect(matchesTerms(key, searchTerms('上市 投产'))).toBe(false);
  expect(searchTerms(' \u3000 ')).toEqual([]);
  expect(matchesTerms(key, [])).toBe(true);
});

it('computes an item’s key once', () => {
  let calls = 0;
  const keyOf = cachedSearchKey((item: { text: string }) => {
    calls++;
    return item.text;
  });
  const item = { text: TRADITIONAL };
  expect(keyOf(item)).toBe(keyOf(item));
  expect(calls).toBe(1);
});
