import { beforeEach, describe, expect, it } from 'vitest';
import { createSavedItemStore, openPolicyLensDb, type SavedItemStore } from '../../src/background/db';
import { readAhead } from '../../src/library/read-ahead';
import { reformPledge, taxIndicator } from '../shared/corpus-fixtures';
import { steppingClock, useEmptyIndexedDb } from '../background/fake-db';

let store: SavedItemStore;
let reads: number;
let listeners: Set<() => void>;

/** Every saved item, counting the reads made. */
const listAll = () => {
  reads++;
  return store.list();
};

/** Hearing the background's news of a change, as the library does. */
const onChange = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** A save and its news, as the background announces it. */
async function saveAndAnnounce(...items: Parameters<SavedItemStore['save']>[0]): Promise<void> {
  await store.save(items);
  for (const listener of [...listeners]) listener();
}

beforeEach(async () => {
  useEmptyIndexedDb();
  store = createSavedItemStore(await openPolicyLensDb(), steppingClock());
  await store.save([taxIndicator()]);
  reads = 0;
  listeners = new Set();
});

describe('a read started ahead', () => {
  it('starts at once, and the first call takes it; every later call reads again', async () => {
    const { read } = readAhead(listAll, onChange);
    expect(reads).toBe(1);
    expect((await read()).map((item) => item.text)).toEqual([taxIndicator().text]);
    expect(reads).toBe(1);
    await store.save([reformPledge()]);
    expect(await read()).toHaveLength(2);
    expect(reads).toBe(2);
  });

  it('is read again when a change is heard before the first call, so that call sees the change', async () => {
    const { read } = readAhead(listAll, onChange);
    await saveAndAnnounce(reformPledge());
    expect(await read()).toHaveLength(2);
    expect(reads).toBe(2);
  });

  it('stops listening for changes once taken or dropped', async () => {
    const { read } = readAhead(listAll, onChange);
    expect(listeners.size).toBe(1);
    await read();
    expect(listeners.size).toBe(0);
    readAhead(listAll, onChange);
    await saveAndAnnounce(reformPledge());
    expect(listeners.size).toBe(0);
  });

  it('tells its failure to the first call', async () => {
    const failure = new Error('the browser has no room left');
    const ahead = readAhead(() => Promise.reject(failure), onChange);
    await expect(ahead.read()).rejects.toBe(failure);
  });

  it('says when it has settled, taken or not, succeeded or failed, without taking it', async () => {
    const ahead = readAhead(listAll, onChange);
    await ahead.settled;
    expect(listeners.size).toBe(1);
    expect(await ahead.read()).toHaveLength(1);
    expect(reads).toBe(1);
    await expect(readAhead(() => Promise.reject(new Error('the browser has no room left')), onChange).settled).resolves.toBeUndefined();
  });
});
