/**
 * Ways to look at what `extract` finds in a piece of text, shared by the
 * extractor's tests.
 */
import { extract } from '../../src/extractor';
import type { CommitmentItem, IndicatorItem } from '../../src/extractor/types';

/** The indicators `extract` finds in `text`, in text order. */
export const indicatorsIn = (text: string): IndicatorItem[] =>
  extract(text).filter((item): item is IndicatorItem => item.kind === 'indicator');

/** The commitments `extract` finds in `text`, in text order. */
export const commitmentsIn = (text: string): CommitmentItem[] =>
  extract(text).filter((item): item is CommitmentItem => item.kind === 'commitment');

/** The values as written of the indicators found in `text`. */
export const valueTextsIn = (text: string): string[] => indicatorsIn(text).map((item) => item.valueText);

/** The one indicator of `text` whose value is written `valueText`; fails when there is none. */
export function indicatorOf(text: string, valueText: string): IndicatorItem {
  const found = indicatorsIn(text).filter((item) => item.valueText === valueText);
  if (found.length !== 1) {
    throw new Error(`expected one indicator written ${valueText}, found ${found.length} in: ${text}`);
  }
  return found[0]!;
}

/** The one commitment found in `text`; fails when there is none or more. */
export function onlyCommitmentIn(text: string): CommitmentItem {
  const found = commitmentsIn(text);
  if (found.length !== 1) throw new Error(`expected one commitment, found ${found.length} in: ${text}`);
  return found[0]!;
}

/** Magnitudes a unit starts with, in either script, the longest first. */
const MAGNITUDES: [string, number][] = [
  ['万亿', 1e12], ['萬億', 1e12], ['千万', 1e7], ['千萬', 1e7], ['百万', 1e6], ['百萬', 1e6], ['万', 1e4], ['萬', 1e4], ['亿', 1e8], ['億', 1e8], ['千', 1e3],
];

/**
 * The quantity an indicator states, whichever way value and unit share the
 * magnitude: 320.31 in 亿元 and 32031000000 in 元 both state 32031000000 yuan.
 */
export function quantityOf(item: IndicatorItem): number | null {
  if (item.value === null) return null;
  const magnitude = MAGNITUDES.find(([prefix]) => item.unit?.startsWith(prefix))?.[1];
  return magnitude ? item.value * magnitude : item.value;
}
