/** Saved items of the corpus samples, as the store keeps them, for the export tests. */
import type { SavedItem } from '../../../src/shared/messages';
import { dashHighlight, projectTarget, reformPledge, taxIndicator } from '../corpus-fixtures';

/** Stored versions of the corpus samples, saved one second apart. */
export function savedSamples(): SavedItem[] {
  return [taxIndicator(), reformPledge(), projectTarget(), dashHighlight()].map((item, i) => {
    const time = `2026-11-23T08:00:0${i}.000Z`;
    return { ...item, id: `item-${i + 1}`, createdAt: time, updatedAt: time };
  });
}
