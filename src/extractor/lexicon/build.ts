/**
 * Turns the lexicon's word lists into regular-expression source, so that every
 * alternation in the extractor is built from data in one way.
 *
 * Words are matched against the normalised text (simplified characters,
 * half-width forms), so lexicon entries are written in simplified characters;
 * `usage` records where a word is typical, for documentation and the specs.
 */

/** Where a word is typical: mainland, Taiwan or Hong Kong writing; absent means all. */
export type Usage = 'zh-CN' | 'zh-TW' | 'zh-HK';

/** A lexicon entry: a word, and where it is typical when it is not common to all. */
export interface Entry {
  word: string;
  usage?: readonly Usage[];
}

/** A list of plain words or entries. */
export type WordList = readonly (string | Entry)[];

/** The words of a list, whichever form its entries take. */
export function words(list: WordList): string[] {
  return list.map((e) => (typeof e === 'string' ? e : e.word));
}

/** Escapes the characters that have a meaning in a regular expression. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A non-capturing alternation of the words, the longest first so that a
 * regular expression prefers 比上年同期 to 比上年.
 */
export function alternation(...lists: WordList[]): string {
  const all = [...new Set(lists.flatMap(words))];
  if (all.length === 0) throw new Error('alternation of no words');
  all.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${all.map(escapeRegExp).join('|')})`;
}

/** A word whose reading depends on its neighbours: 确保 is a pledge, 为了确保 a purpose, 保证金 a noun. */
export interface GuardedWord extends Entry {
  /** Words right before it that give it another reading (为了确保, 有力保证). */
  notAfter?: WordList;
  /** Words right after it that give it another reading (确保了, 保证金). */
  notBefore?: WordList;
  /** When given, it is read only when one of these follows (决心要, 拟安排). */
  onlyBefore?: WordList;
}

/**
 * An alternation of guarded words, each with its own look-behind and
 * look-ahead built from its lists; the words themselves are what matches.
 */
export function guardedAlternation(list: readonly GuardedWord[]): string {
  if (list.length === 0) throw new Error('alternation of no words');
  // The look-behind comes after the word, so that it is tried only where the word stands, not at every position.
  const one = (g: GuardedWord): string =>
    escapeRegExp(g.word) +
    (g.notAfter ? `(?<!${alternation(g.notAfter)}${escapeRegExp(g.word)})` : '') +
    (g.notBefore ? `(?!${alternation(g.notBefore)})` : '') +
    (g.onlyBefore ? `(?=${alternation(g.onlyBefore)})` : '');
  return `(?:${[...list].sort((a, b) => b.word.length - a.word.length).map(one).join('|')})`;
}
