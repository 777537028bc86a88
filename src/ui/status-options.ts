/** The status drop-down's choices, shared by the popup and the library. */
import type { IndicatorStatus } from '../extractor/types';
import { STATUS_LABELS } from '../shared/item-labels';
import type { ChoiceOption } from './Choice';

/** "Any", then actual and target, each labelled in English and Chinese. */
export const STATUS_OPTIONS: readonly ChoiceOption<IndicatorStatus | 'all'>[] = [
  { value: 'all', label: 'Any' },
  { value: 'actual', label: `${STATUS_LABELS.actual.en} ${STATUS_LABELS.actual.zh}` },
  { value: 'target', label: `${STATUS_LABELS.target.en} ${STATUS_LABELS.target.zh}` },
];
