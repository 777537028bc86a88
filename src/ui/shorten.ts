/** Cutting a long item text for a label or a message. */

/** `text` cut to `length` characters with an ellipsis. */
export function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length)}…`;
}
