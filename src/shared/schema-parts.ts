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

/**
 * A string of at most `maxLength` UTF-16 code units; `nonBlank` also refuses one of only white space. One check
 * rather than a pipe of three: a save of 1,000 items runs it some 15,000 times, mostly before the engine has
 * compiled it, and each step of a pipe costs as much as the check itself.
 */
export function text(maxLength: number, options: { nonBlank?: boolean } = {}) {
  const nonBlank = options.nonBlank === true;
  return v.custom<string>(
    (value) => typeof value === 'string' && value.length <= maxLength && (!nonBlank || value.trim() !== ''),
    ({ input }) =>
      typeof input !== 'string'
        ? `expected a string, got ${describe(input)}`
        : input.length > maxLength
          ? `too long (${input.length} characters, at most ${maxLength})`
          : `expected a non-blank string, got ${describe(input)}`,
  );
}

/** One of the given strings. */
export function oneOf<const T extends readonly string[]>(...allowed: T) {
  return v.picklist(allowed, expected(`one of ${allowed.map((value) => JSON.stringify(value)).join(', ')}`));
}

/** An integer from `min` to `max` (one check, as {@link text}). */
export function integer(min: number, max: number) {
  return v.custom<number>(
    (value) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max,
    expected(`an integer from ${min} to ${max}`),
  );
}

/** A number other than NaN and ±Infinity (one check, as {@link text}). */
export const finiteNumber = v.custom<number>(Number.isFinite, expected('a finite number'));

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
