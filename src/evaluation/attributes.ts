/**
 * Whether a found item's attributes agree with the gold item's.
 *
 * - status (indicators): the stand-in prediction's `status` equals the gold one;
 * - value (indicators): no number read in part. Where a prediction's value span
 *   `[valueStart, valueEnd)` holds some numeral characters of the gold value
 *   expression (digits, full-width digits, Chinese numerals) but not all, and
 *   no other overlapping prediction holds them all, the value disagrees
 *   (2 000噸 read as 000噸). A gold value lying in a prediction's span but
 *   outside its value (a change carried as an attribute) agrees.
 *   Status and value are defined as by the reference scorer.
 * - metric (indicators whose gold has one): both names, normalised (traditional
 *   to simplified characters, full-width to ASCII, pinyin glosses, spaces and
 *   punctuation dropped), are not empty and one contains the other: 地区生产总值
 *   agrees with 全县地区生产总值, a metric missing or naming another quantity does not.
 * - deadline (commitments whose gold has one): the same comparison of deadlines
 *   (今年 agrees with 今年年底前).
 */
import { normalize } from '../extractor/normalize';
import type { IndicatorItem } from '../extractor/types';
import type { GoldItem } from './gold';

/** The characters a number is written with. */
const NUMERAL = /[0-9０-９〇零一二三四五六七八九十百千万萬亿億两兩]/;

/** Whether no prediction among `overlapping` reads the gold value in part (see the module's header). */
export function valueAgrees(text: string, gold: GoldItem, overlapping: readonly IndicatorItem[]): boolean {
  const numerals: number[] = [];
  for (let i = gold.start; i < gold.end; i++) if (NUMERAL.test(text[i]!)) numerals.push(i);
  const inside = ([from, to]: [number, number]): number => numerals.filter((i) => i >= from && i < to).length;
  const spans = overlapping.map((item): [number, number] => [item.valueStart, item.valueEnd]);
  return spans.some((span) => inside(span) === numerals.length) || !spans.some((span) => inside(span) > 0);
}

/** A name as compared: simplified characters, no pinyin glosses, no spaces or punctuation. */
export function comparableName(name: string): string {
  return normalize(name).text.replace(/[\s\p{P}]/gu, '');
}

/** Whether two names (metrics, deadlines) agree: neither empty once normalised, one containing the other. */
export function namesAgree(gold: string, predicted: string | undefined): boolean {
  if (predicted === undefined) return false;
  const a = comparableName(gold);
  const b = comparableName(predicted);
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}
