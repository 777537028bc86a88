/** Names the popup and the page card show for kinds, subtypes and statuses: English first, the Chinese term beside it. */
import type { CommitmentSubtype, IndicatorStatus, IndicatorSubtype, Item } from '../extractor/types';

/** A label in both languages. */
export interface Label {
  /** English name, the main label. */
  en: string;
  /** The analyst's own Chinese term. */
  zh: string;
}

/** Item kinds in the order the popup lists them. */
export const KINDS: readonly Item['kind'][] = ['indicator', 'commitment'];

/** Plural names of the kinds, for group headings and filters. */
export const KIND_LABELS: Record<Item['kind'], Label> = {
  indicator: { en: 'Indicators', zh: '指标' },
  commitment: { en: 'Commitments', zh: '承诺' },
};

/** Subtypes of each kind, in the order the filters show them; the only ones a saved item of that kind may have. */
export const SUBTYPES: { indicator: readonly IndicatorSubtype[]; commitment: readonly CommitmentSubtype[] } = {
  indicator: ['amount', 'rate', 'count', 'rank'],
  commitment: ['target', 'pledge'],
};

/** Names of every subtype of either kind. */
export const SUBTYPE_LABELS: Record<IndicatorSubtype | CommitmentSubtype, Label> = {
  amount: { en: 'Amount', zh: '数额' },
  rate: { en: 'Rate', zh: '比率' },
  count: { en: 'Count', zh: '数量' },
  rank: { en: 'Rank', zh: '排名' },
  target: { en: 'Target', zh: '目标' },
  pledge: { en: 'Pledge', zh: '表态' },
};

/** Names of an indicator's status. */
export const STATUS_LABELS: Record<IndicatorStatus, Label> = {
  actual: { en: 'Actual', zh: '实际' },
  target: { en: 'Target', zh: '目标' },
};
