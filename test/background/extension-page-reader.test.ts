import { beforeAll, expect, it } from 'vitest';
import { createSavedItemStore, openPolicyLensDb } from '../../src/background/db';
import { READ_MEASURE, readSavedItems } from '../../src/background/extension-page-reader';
import { reformPledge, taxIndicator } from '../shared/corpus-fixtures';
import { steppingClock, useEmptyIndexedDb } from './fake-db';

beforeAll(async () => {
  useEmptyIndexedDb();
  const store = createSavedItemStore(await openPolicyLensDb(), steppingClock());
  await store.save([taxIndicator()]);
  await store.save([reformPledge()]);
});

it('reads every saved item oldest first, says when the database has been asked before the items come, and times the read', async () => {
  const measures = () => performance.getEntriesByName(READ_MEASURE, 'measure') as PerformanceMeasure[];
  performance.clearMeasures(READ_MEASURE);
  // The read's measure is taken once the items are in hand: none yet when the database has just been asked.
  const measuresWhenAsked: number[] = [];
  const items = await readSavedItems({}, () => measuresWhenAsked.push(measures().length));
  expect(measuresWhenAsked).toEqual([0]);
  expect(items.map((item) => item.text)).toEqual([taxIndicator().text, reformPledge().text]);
  expect(measures().map((measure) => measure.detail)).toEqual([{ items: 2 }]);
});
