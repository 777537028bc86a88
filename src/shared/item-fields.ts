/** The fields of an item as short display strings, for a popup row and the page card. */
import type { Change, CommitmentItem, IndicatorItem, Item } from '../extractor/types';

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

/**
 * Writes a value with digit groups. Made on first use: creating an
 * `Intl.NumberFormat` loads the browser's locale data, the dearest single
 * step of the content script's start when made as the script is evaluated.
 */
let numberFormat: Intl.NumberFormat | undefined;

/** `value` with digit groups and at most six decimals (`166,511`). */
function formatNumber(value: number): string {
  numberFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
  return numberFormat.format(value);
}

/**
 * The value as the extractor read it (`166,511人` for `16 萬 6,511人`), for a
 * tooltip; undefined when it says no more than the words as written.
 */
function readValue(item: IndicatorItem): string | undefined {
  if (item.value === null) return undefined;
  // A range is read with both ends (2–3%), never as its lower end alone.
  const high = item.valueHigh === undefined ? '' : `–${formatNumber(item.valueHigh)}`;
  const read = `${formatNumber(item.value)}${high}${item.unit ?? ''}`;
  return read.replaceAll(',', '') === item.valueText ? undefined : read;
}

/** The stated change with an arrow for its direction and its basis (`↑ 同比增长12.4%`). */
function formatChange(change: Change, basis: string | undefined): string {
  const arrow = change.direction === 'up' ? '↑' : '↓';
  const withBasis = basis && !change.text.includes(basis) ? `${basis}${change.text}` : change.text;
  return `${arrow} ${withBasis}`;
}

function indicatorFields(item: IndicatorItem): ItemField[] {
  const read = readValue(item);
  const fields: (ItemField | undefined)[] = [
    item.metric ? { key: 'metric', label: 'Metric', value: item.metric } : undefined,
    // The words as written read best (124亿元, 第12位, 百分之五十); the number is in the tooltip.
    { key: 'value', label: 'Value', value: item.valueText, ...(read ? { title: `Read as ${read}` } : {}) },
    item.change ? { key: 'change', label: 'Change', value: formatChange(item.change, item.basis) } : undefined,
    item.period ? { key: 'period', label: 'Period', value: item.period } : undefined,
  ];
  return fields.filter((field): field is ItemField => field !== undefined);
}

function commitmentFields(item: CommitmentItem): ItemField[] {
  const targets = item.indicators.filter((indicator) => indicator.status === 'target');
  const fields: (ItemField | undefined)[] = [
    item.marker ? { key: 'marker', label: 'Marker', value: item.marker } : undefined,
    item.deadline ? { key: 'deadline', label: 'Deadline', value: item.deadline } : undefined,
    targets.length > 0
      ? {
          key: 'targets',
          label: targets.length === 1 ? 'Target' : 'Targets',
          value: targets.map((indicator) => indicator.valueText).join(' · '),
        }
      : undefined,
  ];
  return fields.filter((field): field is ItemField => field !== undefined);
}

/** The fields that apply to `item`, in reading order; absent ones are left out. */
export function itemFields(item: Item): ItemField[] {
  return item.kind === 'indicator' ? indicatorFields(item) : commitmentFields(item);
}
