/**
 * A fresh in-memory IndexedDB for each test (fake-indexeddb) and a clock that
 * ticks one second per call, so stored times and ids are predictable.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import type { StoreClock } from '../../src/background/db';

/** Replaces the global `indexedDB` with an empty one. */
export function useEmptyIndexedDb(): void {
  vi.stubGlobal('indexedDB', new IDBFactory());
}

/** A clock starting at `start`, one second later on each call, with ids item-1, item-2... */
export function steppingClock(start = '2026-11-23T08:00:00.000Z'): StoreClock {
  let seconds = 0;
  let ids = 0;
  return {
    now: () => new Date(Date.parse(start) + 1000 * seconds++),
    newId: () => `item-${++ids}`,
  };
}
