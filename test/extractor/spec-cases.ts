/**
 * Example specs: lines of `test/extractor/specs/<usage>/<area>.jsonl`, each an
 * input and what the extractor must find in it.
 *
 *   {"input": "…", "items": [{"kind": "indicator", "valueText": "2 000噸", "value": 2000}],
 *    "only": true, "kinds": ["commitment"], "note": "why"}
 *
 * An expected indicator is the found indicator with the same `valueText`, an
 * expected commitment the found commitment whose `text` contains the expected
 * `text`; every other field given must deep-equal the found item's field.
 * `only` asks that nothing else of the kinds in `kinds` (default: the kinds of
 * `items`) is found, which is how negative cases are written.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Item } from '../../src/extractor/types';

/** The usages a spec folder may be named after. */
export const SPEC_USAGES = ['zh-CN', 'zh-TW', 'zh-HK'] as const;

const KINDS = ['indicator', 'commitment'] as const;

/** An item the extractor must find: its kind, its key (`valueText` or `text`) and any fields to compare. */
export type ExpectedItem = { kind: Item['kind'] } & Record<string, unknown>;

/** One line of a spec file. */
export interface SpecCase {
  /** The text given to `extract`. */
  input: string;
  /** The items that must be found in it. */
  items: ExpectedItem[];
  /** Whether nothing else of `kinds` may be found. */
  only: boolean;
  /** The kinds `only` is about. */
  kinds: Item['kind'][];
  /** Why the case is there. */
  note?: string;
}

/** Reads one line of a spec file; throws with what is wrong when it does not fit the format. */
export function parseSpecLine(line: string): SpecCase {
  const value: unknown = JSON.parse(line);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('a case is a JSON object');
  const { input, items, only = false, kinds, note, ...unknown } = value as Record<string, unknown>;
  const extra = Object.keys(unknown);
  if (extra.length) throw new Error(`unknown field ${extra.join(', ')} (input, items, only, kinds, note)`);
  if (typeof input !== 'string' || !input) throw new Error('"input" must be a non-empty string');
  if (!Array.isArray(items)) throw new Error('"items" must be an array');
  if (typeof only !== 'boolean') throw new Error('"only" must be true or false');
  if (note !== undefined && typeof note !== 'string') throw new Error('"note" must be a string');
  const expected = items.map(expectedItem);
  const onlyKinds = kinds === undefined ? [...new Set(expected.map((i) => i.kind))] : kindList(kinds);
  if (only && onlyKinds.length === 0) throw new Error('"only" with no items needs "kinds"');
  return { input, items: expected, only, kinds: onlyKinds, ...(note === undefined ? {} : { note }) };
}

function kindList(kinds: unknown): Item['kind'][] {
  if (!Array.isArray(kinds) || !kinds.every((k) => KINDS.includes(k))) throw new Error(`"kinds" must list ${KINDS.join(' and/or ')}`);
  return kinds as Item['kind'][];
}

function expectedItem(value: unknown, index: number): ExpectedItem {
  const where = `items[${index}]`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${where} must be an object`);
  const item = value as Record<string, unknown>;
  if (!KINDS.includes(item.kind as Item['kind'])) throw new Error(`${where}.kind must be ${KINDS.join(' or ')}`);
  const key = keyField(item.kind as Item['kind']);
  if (typeof item[key] !== 'string' || !item[key]) throw new Error(`${where} needs "${key}", the text it is found by`);
  return item as ExpectedItem;
}

/** The field an expected item is found by: the value as written for an indicator, the text for a commitment. */
function keyField(kind: Item['kind']): 'valueText' | 'text' {
  return kind === 'indicator' ? 'valueText' : 'text';
}

/** Whether `found` is the item `expected` names (by kind and key only). */
function isNamedBy(expected: ExpectedItem, found: Item): boolean {
  if (found.kind !== expected.kind) return false;
  return found.kind === 'indicator' ? found.valueText === expected.valueText : found.text.includes(expected.text as string);
}

/** The fields of `expected`, other than its kind and key, that differ in `found`. */
function differingFields(expected: ExpectedItem, found: Item): string[] {
  const key = keyField(expected.kind);
  return Object.entries(expected)
    .filter(([field, value]) => field !== 'kind' && field !== key && !isDeepStrictEqual((found as unknown as Record<string, unknown>)[field], value))
    .map(([field, value]) => `${field}: expected ${JSON.stringify(value)}, found ${JSON.stringify((found as unknown as Record<string, unknown>)[field])}`);
}

/** An item in a line, for messages. */
function describeItem(item: Item): string {
  return item.kind === 'indicator' ? `indicator ${JSON.stringify(item.valueText)}` : `commitment ${JSON.stringify(item.text)}`;
}

/** What is wrong with the items `found` in `spec.input`, one message each; empty when the case holds. */
export function checkCase(spec: SpecCase, found: readonly Item[]): string[] {
  const problems: string[] = [];
  const used = new Set<Item>();
  for (const expected of spec.items) {
    const named = found.filter((item) => isNamedBy(expected, item));
    const label = `${expected.kind} ${JSON.stringify(expected[keyField(expected.kind)])}`;
    if (named.length === 0) {
      problems.push(`${label} not found; found: ${found.map(describeItem).join(', ') || 'nothing'}`);
      continue;
    }
    // Of several items with the same key, the one whose fields all agree is the expected one.
    const match = named.find((item) => differingFields(expected, item).length === 0);
    if (match) used.add(match);
    else problems.push(`${label}: ${differingFields(expected, named[0]!).join('; ')}`);
    named.forEach((item) => used.add(item));
  }
  if (spec.only) {
    for (const item of found) if (spec.kinds.includes(item.kind) && !used.has(item)) problems.push(`unexpected ${describeItem(item)}`);
  }
  return problems;
}
