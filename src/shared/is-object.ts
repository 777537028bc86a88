/** Whether `value` is a plain object with fields to read (not null, not an array): the first check of data from elsewhere. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
