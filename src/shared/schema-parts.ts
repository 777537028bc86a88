/**
 * Valibot building blocks of the message protocol, each with error texts an
 * engineer can act on ("expected an integer from 0 to 10, got -1", "too long
 * (300 characters, at most 256)"). The path of the offending field is added
 * by `validate.ts`.
 */
import * as v from 'valibot';

/** Words for a value in an error text: short strings quoted, long ones by length, arrays by size. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') {
    return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** The error text "expected `what`, got <the value>". */
export function expected(what: string): (issue: v.BaseIssue<unknown>) => string {
  return (issue) => `expected ${what}, got ${describe(issue.input)}`;
}

/** A string of at most `maxLength` UTF-16 code units; `nonBlank` also refuses one of only white space. */
export function text(maxLength: number, options: { nonBlank?: boolean } = {}) {
  const bounded = v.pipe(
    v.string(expected('a string')),
    v.maxLength(maxLength, (issue) => `too long (${issue.input.length} characters, at most ${maxLength})`),
  );
  return options.nonBlank
    ? v.pipe(bounded, v.check((value) => value.trim() !== '', expected('a non-blank string')))
    : bounded;
}

/** One of the given strings. */
export function oneOf<const T extends readonly string[]>(...allowed: T) {
  return v.picklist(allowed, expected(`one of ${allowed.map((value) => JSON.stringify(value)).join(', ')}`));
}

/** An integer from `min` to `max`. */
export function integer(min: number, max: number) {
  const message = expected(`an integer from ${min} to ${max}`);
  return v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message));
}

/** A number other than NaN and ±Infinity. */
export const finiteNumber = v.pipe(v.number(expected('a finite number')), v.finite(expected('a finite number')));

/** A list of at most `maxLength` entries; the length is checked before any entry is read. */
export function list<TItem extends v.GenericSchema>(
  item: TItem,
  maxLength: number,
): v.GenericSchema<unknown, v.InferOutput<TItem>[]> {
  return v.pipe(
    v.custom<unknown[]>(Array.isArray, expected('an array')),
    v.maxLength(maxLength, (issue) => `too many entries (${issue.input.length}, at most ${maxLength})`),
    v.array(item),
  );
}

/**
 * A plain object with exactly these fields: any other field is refused, and
 * so is an array, a class instance or a function. Optional fields are written
 * `v.optional(...)`; one holding `undefined` counts as absent.
 */
export function record<TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, expected('an object')),
    // Only field issues reach this message: the check above has made sure of the object.
    v.strictObject(entries, (issue) =>
      issue.expected === 'never' ? `unexpected field ${JSON.stringify(issue.input)}` : 'missing',
    ),
  );
}

/** Whether `value` is an object literal or an object without prototype. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
