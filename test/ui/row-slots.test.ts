import { expect, it } from 'vitest';
import { assignSlots } from '../../src/ui/row-slots';

const slotsOf = (map: ReadonlyMap<string, number>) => Object.fromEntries(map);

it('numbers the rows of a first render in display order', () => {
  expect(slotsOf(assignSlots(new Map(), ['a', 'b', 'c']))).toEqual({ a: 0, b: 1, c: 2 });
});

it('keeps the slot of a row that stays, and gives a row coming in the slot of one that left', () => {
  const first = assignSlots(new Map(), ['a', 'b', 'c', 'd']);
  // Scrolled by one row: a left, e came.
  expect(slotsOf(assignSlots(first, ['b', 'c', 'd', 'e']))).toEqual({ b: 1, c: 2, d: 3, e: 0 });
  // Scrolled by a whole view: every row new, in the slots in ascending order, so their elements keep their order.
  expect(slotsOf(assignSlots(first, ['w', 'x', 'y', 'z']))).toEqual({ w: 0, x: 1, y: 2, z: 3 });
});

it('makes new slots only for rows beyond those that left, never two rows in one slot', () => {
  const first = assignSlots(new Map(), ['a', 'b']);
  const more = assignSlots(first, ['b', 'c', 'd', 'e']);
  expect(slotsOf(more)).toEqual({ b: 1, c: 0, d: 2, e: 3 });
  expect(new Set(more.values()).size).toBe(4);
  // Fewer rows: the slots left over are forgotten; new rows take the lowest numbers unused.
  const fewer = assignSlots(more, ['e']);
  expect(slotsOf(fewer)).toEqual({ e: 3 });
  expect(slotsOf(assignSlots(fewer, ['e', 'f', 'g']))).toEqual({ e: 3, f: 0, g: 1 });
});

it('never gives the slot held by the focus to another row', () => {
  const first = assignSlots(new Map(), ['a', 'b', 'c']);
  // a holds the focus and leaves: its slot stays empty, the new rows take the others and a new one.
  expect(slotsOf(assignSlots(first, ['x', 'y', 'z'], 0))).toEqual({ x: 1, y: 2, z: 3 });
  // Once its row is gone, its number is free again, after the slots whose elements are there to take.
  expect(slotsOf(assignSlots(assignSlots(first, ['x', 'y', 'z'], 0), ['p', 'q', 'r', 's']))).toEqual({ p: 1, q: 2, r: 3, s: 0 });
});
