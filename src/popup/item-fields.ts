/** The fields of an item as short display strings, for a row of the popup. */
import type { CommitmentItem, IndicatorItem, Item } from '../extractor/types';

/** One named field of an item, ready to show. */
export interface ItemField {
  /** Stable key, also used in CSS classes and tests. */
  key: 'metric' | 'value' | 'change' | 'period' | 'marker' | 'deadline' | 'targets';
  /** Short English label. */
  label: string;
  /** The field's value as shown. */
  value: string;
  /** Longer text for the tooltip, when the shown value hides something. */
  title?: string;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/**
 * The value with its normalised unit (`320.31亿元`, `50%` for 百分之五十);
 * ranks and values without a number keep the words as written (`第12位`, `倒数第一`).
 */
export function formatIndicatorValue(item: IndicatorItem): string {
  if (item.value === null || item.subtype === 'rank') return item.valueText;
  return `${numberFormat.format(item.value)}${item.unit ?? ''}`;
}

/** The stated change with an arrow for its direction and its basis (`↑ 增长12.4% · 同比`). */
function formatChange(item: IndicatorItem): string | undefined {
  if (!item.change) return undefined;
  const arrow = item.change.direction === 'up' ? '↑' : '↓';
  return [`${arrow} ${item.change.text}`, item.basis].filter(Boolean).join(' · ');
}

function indicatorFields(item: IndicatorItem): ItemField[] {
  const value = formatIndicatorValue(item);
  const fields: (ItemField | undefined)[] = [
    item.metric ? { key: 'metric', label: 'Metric', value: item.metric } : undefined,
    {
      key: 'value',
      label: 'Value',
      value,
      ...(value !== item.valueText ? { title: `As written: ${item.valueText}` } : {}),
    },
    item.change ? { key: 'change', label: 'Change', value: formatChange(item) ?? '' } : undefined,
    item.period ? { key: 'period', label: 'Period', value: item.period } : undefined,
  ];
  return fields.filter((field): field is ItemField => field !== undefined);
}

function commitmentFields(item: CommitmentItem): ItemField[] {
  const fields: (ItemField | undefined)[] = [
    item.marker ? { key: 'marker', label: 'Marker', value: item.marker } : undefined,
    item.deadline ? { key: 'deadline', label: 'Deadline', value: item.deadline } : undefined,
    item.indicators.length > 0
      ? {
          key: 'targets',
          label: item.indicators.length === 1 ? 'Target' : 'Targets',
          value: item.indicators.map(formatIndicatorValue).join(' · '),
        }
      : undefined,
  ];
  return fields.filter((field): field is ItemField => field !== undefined);
}

/** The fields that apply to `item`, in reading order; absent ones are left out. */
export function itemFields(item: Item): ItemField[] {
  return item.kind === 'indicator' ? indicatorFields(item) : commitmentFields(item);
}
