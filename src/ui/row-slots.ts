/**
 * Which element of a virtualised list shows which row. A row that stays in
 * view keeps its element; a row coming into view takes the element of a row
 * that left, so that scrolling changes the text and attributes of elements
 * already laid out and styled instead of building new ones and throwing the
 * old ones away. Elements are numbered: the slots.
 */

/** The slot of each row rendered, by the row's key. */
export type SlotMap = ReadonlyMap<string, number>;

/**
 * The slots of the rows `keys` (in display order), given those of the rows
 * rendered before: a row rendered before keeps its slot; the others take the
 * slots left free, in ascending order, then the lowest numbers unused. The
 * slot `held` (the one holding the keyboard focus) is never given to another
 * row: a focused control must not start to stand for another item.
 */
export function assignSlots(before: SlotMap, keys: readonly string[], held?: number): Map<string, number> {
  const slots = new Map<string, number>();
  const used = new Set<number>(before.values());
  if (held !== undefined) used.add(held);
  const kept = new Set<number>();
  for (const key of keys) {
    const slot = before.get(key);
    if (slot === undefined) continue;
    slots.set(key, slot);
    kept.add(slot);
  }
  const free = [...before.values()].filter((slot) => !kept.has(slot) && slot !== held).sort((a, b) => a - b);
  let freeAt = 0;
  let unused = 0;
  for (const key of keys) {
    if (slots.has(key)) continue;
    if (freeAt < free.length) {
      slots.set(key, free[freeAt++]!);
      continue;
    }
    while (used.has(unused)) unused++;
    used.add(unused);
    slots.set(key, unused);
  }
  return slots;
}
