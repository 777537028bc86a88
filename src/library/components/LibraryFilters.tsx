/** The library's search, filters and order. */
import { useMemo } from 'preact/hooks';
import type { SavedItem, SavedItemKind, SavedItemSubtype } from '../../shared/messages';
import { KIND_LABELS, SUBTYPE_LABELS, SUBTYPES } from '../../shared/item-labels';
import { Choice, FieldChoice, type ChoiceOption } from '../../ui/Choice';
import { SearchBox } from '../../ui/SearchBox';
import { STATUS_OPTIONS } from '../../ui/status-options';
import { menuValues, type LibraryFilter, type LibrarySort } from '../library-filter';

const KIND_OPTIONS: readonly ChoiceOption<SavedItemKind | 'all'>[] = [
  { value: 'all', label: 'All' },
  { value: 'indicator', label: `${KIND_LABELS.indicator.en} ${KIND_LABELS.indicator.zh}` },
  { value: 'commitment', label: `${KIND_LABELS.commitment.en} ${KIND_LABELS.commitment.zh}` },
  { value: 'highlight', label: 'Highlights' },
];

const SUBTYPE_OPTIONS: readonly ChoiceOption<SavedItemSubtype | 'all'>[] = [
  { value: 'all', label: 'Any' },
  ...[...SUBTYPES.indicator, ...SUBTYPES.commitment].map((subtype) => ({
    value: subtype,
    label: `${SUBTYPE_LABELS[subtype].en} ${SUBTYPE_LABELS[subtype].zh}`,
  })),
];

const SORT_OPTIONS: readonly ChoiceOption<LibrarySort>[] = [
  { value: 'recent', label: 'Latest saved first' },
  { value: 'oldest', label: 'Oldest saved first' },
  { value: 'title', label: 'Page title' },
];

/** "Any", then each value. */
function anyOf(values: readonly string[]): ChoiceOption<string>[] {
  return [{ value: '', label: 'Any' }, ...values.map((value) => ({ value, label: value }))];
}

/** Props of {@link LibraryFilters}. */
export interface LibraryFiltersProps {
  /** Every saved item, for the tag and site options. */
  items: readonly SavedItem[];
  /** The current filter. */
  filter: LibraryFilter;
  /** Called with the changed filter. */
  onChange(filter: LibraryFilter): void;
  /** The current order. */
  sort: LibrarySort;
  /** Called with the order chosen. */
  onSortChange(sort: LibrarySort): void;
}

/** Search box, drop-downs for kind, subtype, status, tag, site and order, and a date range. */
export function LibraryFilters({ items, filter, onChange, sort, onSortChange }: LibraryFiltersProps) {
  const menus = useMemo(() => menuValues(items), [items]);
  const tagOptions = useMemo(() => anyOf(menus.tags), [menus]);
  const siteOptions = useMemo(() => anyOf(menus.sites), [menus]);
  return (
    <nav class="library-filters" aria-label="Filters">
      <SearchBox
        label="Search saved items (简体 or 繁體)"
        query={filter.query}
        onChange={(query) => onChange({ ...filter, query })}
      />
      <div class="filter-choices">
        <FieldChoice label="Kind" field="kind" options={KIND_OPTIONS} filter={filter} onChange={onChange} />
        <FieldChoice label="Subtype" field="subtype" options={SUBTYPE_OPTIONS} filter={filter} onChange={onChange} />
        <FieldChoice label="Status" field="status" options={STATUS_OPTIONS} filter={filter} onChange={onChange} />
        <FieldChoice label="Tag" field="tag" options={tagOptions} filter={filter} onChange={onChange} />
        <FieldChoice label="Site" field="site" options={siteOptions} filter={filter} onChange={onChange} />
        <DateChoice label="Saved from" field="from" filter={filter} onChange={onChange} />
        <DateChoice label="to" field="to" filter={filter} onChange={onChange} />
        <Choice label="Order" name="sort" options={SORT_OPTIONS} value={sort} onChange={onSortChange} />
      </div>
    </nav>
  );
}

/** Props of {@link DateChoice}. */
interface DateChoiceProps {
  /** Visible label before the date field. */
  label: string;
  /** The end of the date range it sets; also its name for tests and styles. */
  field: 'from' | 'to';
  /** The current filter. */
  filter: LibraryFilter;
  /** Called with the filter, that end of the range changed. */
  onChange(filter: LibraryFilter): void;
}

/** A labelled date field for one end of the saved-date range. */
function DateChoice({ label, field, filter, onChange }: DateChoiceProps) {
  return (
    <label class="choice" data-choice={field}>
      <span class="choice-label">{label}</span>
      <input
        type="date"
        class="choice-select"
        value={filter[field]}
        onInput={(event) => onChange({ ...filter, [field]: (event.currentTarget as HTMLInputElement).value })}
      />
    </label>
  );
}
