/**
 * What every export format reads: a saved item, or an item the command line
 * found in a file, with the values each format shows worked out once.
 */
import type { NewSavedItem, SavedItem } from '../messages';

/** A saved item, or an item found by the command line (no id or save time, and the file it came from). */
export type ExportItem = NewSavedItem & Partial<Pick<SavedItem, 'id' | 'createdAt' | 'updatedAt'>> & {
  /** The file the command line read the item from. */
  file?: string;
};

/** Magnitude words a unit may start with, and their value (亿元 is 10⁸ 元), longest first. */
const SCALES: readonly [string, number][] = [
  ['万亿', 1e12],
  ['千万', 1e7],
  ['百万', 1e6],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
];

/**
 * The magnitude `value` is counted in, from its unit: 100000000 for 亿元,
 * 10000 for 万吨; undefined when the unit has none (元, %, 家) or the word is
 * a unit of its own (千瓦, 千克, 千米).
 */
export function scaleOf(unit: string | undefined): number | undefined {
  if (unit === undefined || /^千(?:瓦|克|米|卡|伏|帕)/.test(unit)) return undefined;
  const scale = SCALES.find(([word]) => unit.startsWith(word) && unit.length > word.length);
  return scale?.[1];
}

/**
 * The stated change as written, with its basis in front unless the words
 * already hold it (同比增长29%, never 同比同比增长29%).
 */
export function changeText(item: ExportItem): string | undefined {
  const { change, basis } = item.fields;
  if (!change) return undefined;
  return basis && !change.text.includes(basis) ? `${basis}${change.text}` : change.text;
}

/**
 * A range as read, both ends with the unit (`2–3%`, `80–100亿元`); undefined
 * for a single value. The words as written (`2至3%`) are in `valueText`.
 */
export function rangeText(item: ExportItem): string | undefined {
  const { value, valueHigh, unit } = item.fields;
  if (value === undefined || value === null || valueHigh === undefined) return undefined;
  return `${value}–${valueHigh}${unit ?? ''}`;
}

/** The item's sentence: a commitment is one; an indicator keeps the one it stands in. */
export function sentenceText(item: ExportItem): string | undefined {
  return item.kind === 'commitment' ? item.text : item.fields.sentence;
}

/** The values a commitment sets as targets, every one of them. */
export function targetsOf(item: ExportItem): string[] {
  return item.fields.targets ?? [];
}

/**
 * A time as local wall-clock time with its offset from UTC, the way the
 * analyst reads it: `2026-11-23 16:00:01 +08:00`. `offsetMinutes` is east of
 * UTC; by default the offset of this machine's time zone at that moment.
 */
export function localTime(iso: string, offsetMinutes: number = -new Date(iso).getTimezoneOffset()): string {
  const shifted = new Date(Date.parse(iso) + offsetMinutes * 60_000).toISOString();
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 19)} ${offset}`;
}

/** The date in the machine's time zone, as YYYY-MM-DD: the day the analyst sees on the calendar. */
export function localDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The items grouped by page, pages in order of their first item. */
export function byPage<T extends ExportItem>(items: readonly T[]): { url: string; title: string; file?: string; items: T[] }[] {
  const pages = new Map<string, { url: string; title: string; file?: string; items: T[] }>();
  for (const item of items) {
    const key = item.file ?? item.url;
    const page = pages.get(key) ?? { url: item.url, title: item.title, file: item.file, items: [] };
    page.items.push(item);
    pages.set(key, page);
  }
  return [...pages.values()];
}
