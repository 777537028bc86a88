import { AMOUNT_UNITS, COUNT_UNITS, MAGNITUDE_PREFIXES, RATE_UNITS, TIME_UNITS } from './lexicon/units';
import { words, type WordList } from './lexicon/build';
import type { IndicatorSubtype } from './types';

/**
 * What a word written right after a number says about it. `time` words
 * (年, 月, 天, 个月...) make the number a date or a duration, not an indicator.
 */
export type UnitClass = Exclude<IndicatorSubtype, 'rank'> | 'time';

/** The lexicon's unit lists, by the class they give the number before them. */
const UNIT_CLASSES: [UnitClass, WordList][] = [['amount', AMOUNT_UNITS], ['rate', RATE_UNITS], ['count', COUNT_UNITS], ['time', TIME_UNITS]];

const lookup = new Map<string, UnitClass>();
/** The characters a unit or a magnitude can start with: any other after a number means no unit, at once. */
const firstChars = new Set<string>(MAGNITUDE_PREFIXES.map((prefix) => prefix[0]!));
let longestUnit = 0;
for (const [unitClass, list] of UNIT_CLASSES) {
  for (const word of words(list)) {
    lookup.set(word, unitClass);
    firstChars.add(word[0]!);
    longestUnit = Math.max(longestUnit, word.length);
  }
}

/** A unit read after a number: the word, its class and where it ends. */
export interface UnitReading {
  /** The unit as written in the normalised text, magnitude included (亿元, 万人次). */
  unit: string;
  /** What the unit makes of the number. */
  unitClass: UnitClass;
  /** End of the unit in the text. */
  end: number;
}

/** The longest unit word starting at `i`. */
export function readUnit(text: string, i: number): UnitReading | null {
  if (!firstChars.has(text[i]!)) return null;
  for (let length = Math.min(longestUnit, text.length - i); length > 0; length--) {
    const word = text.slice(i, i + length);
    const unitClass = lookup.get(word);
    if (unitClass) return { unit: word, unitClass, end: i + length };
  }
  // A magnitude before any unit keeps the unit's class: 亿斤, 万千瓦, 亿人次, 百万港元.
  const magnitude = MAGNITUDE_PREFIXES.find((prefix) => text.startsWith(prefix, i));
  if (magnitude) {
    const rest = readUnit(text, i + magnitude.length);
    if (rest && rest.unitClass !== 'time') return { unit: magnitude + rest.unit, unitClass: rest.unitClass, end: rest.end };
  }
  return null;
}
