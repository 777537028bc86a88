import { describe, expect, it, vi } from 'vitest';
import { corpusText } from '../shared/corpus-fixtures';

/** A fresh copy of the extractor, its one-time set-up not done. */
async function freshExtractor(): Promise<typeof import('../../src/extractor')> {
  vi.resetModules();
  return import('../../src/extractor');
}

/** A Taipei report, in traditional characters. */
const TRADITIONAL = corpusText('009_taipei-neihu-plan-review-2014.txt');

describe('setUpExtractor', () => {
  it('builds the table of traditional characters in several steps, then reads traditional text as an extraction done without it', async () => {
    const unprepared = await freshExtractor();
    const atOnce = unprepared.extract(TRADITIONAL);

    const prepared = await freshExtractor();
    const steps = [...prepared.setUpExtractor()];
    expect(steps.length).toBeGreaterThan(1);
    const items = prepared.extract(TRADITIONAL);
    expect(items.length).toBeGreaterThan(0);
    expect(items).toEqual(atOnce);
  });

  it('takes no step once done, whether by its steps or by a first extraction', async () => {
    const stepped = await freshExtractor();
    [...stepped.setUpExtractor()];
    expect([...stepped.setUpExtractor()]).toEqual([]);

    const extracted = await freshExtractor();
    extracted.extract('');
    expect([...extracted.setUpExtractor()]).toEqual([]);
  });
});
