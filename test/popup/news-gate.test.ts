import { describe, expect, it } from 'vitest';
import { NewsGate } from '../../src/popup/news-gate';

/** A task whose runs are counted and finished by hand. */
function manualTask() {
  const finishers: (() => void)[] = [];
  const task = () => new Promise<void>((resolve) => finishers.push(resolve));
  return {
    task,
    get runs() {
      return finishers.length;
    },
    async finishLatest() {
      finishers.at(-1)!();
      await Promise.resolve();
      await Promise.resolve();
    },
  };
}

describe('rereading on news of a change', () => {
  it('runs once for news, and once more for all the news that came while it ran', async () => {
    const reread = manualTask();
    const gate = new NewsGate(reread.task);
    gate.notify();
    expect(reread.runs).toBe(1);
    gate.notify();
    gate.notify();
    gate.notify();
    expect(reread.runs).toBe(1);
    await reread.finishLatest();
    expect(reread.runs).toBe(2);
    await reread.finishLatest();
    expect(reread.runs).toBe(2);
  });

  it('holds news back until every hold lets go, then runs once', async () => {
    const reread = manualTask();
    const gate = new NewsGate(reread.task);
    const releaseSave = gate.hold();
    const releaseOther = gate.hold();
    for (let batch = 0; batch < 30; batch += 1) gate.notify();
    releaseSave();
    releaseSave();
    expect(reread.runs).toBe(0);
    releaseOther();
    expect(reread.runs).toBe(1);
  });

  it('lets go without running when no news came', () => {
    const reread = manualTask();
    new NewsGate(reread.task).hold()();
    expect(reread.runs).toBe(0);
  });
});
