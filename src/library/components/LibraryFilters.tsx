/** The library's search, filters and order. */
import { useMemo } from 'preact/hooks';
import type { SavedItem, SavedItemKind, SavedItemSubtype } from '../../shared/messages';
import { KIND_LABELS, SUBTYPE_LABELS, SUBTYPES } from '../../shared/item-labels';
import { Choice, type ChoiceOption } from '../../ui/Choice';
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
        <Choice label="Kind" name="kind" options={KIND_OPTIONS} value={filter.kind} onChange={(kind) => onChange({ ...filter, kind })} />
        <Choice
          label="Subtype"
          name="subtype"
          options={SUBTYPE_OPTIONS}
          value={filter.subtype}
          onChange={(subtype) => onChange({ ...filter, subtype })}
        />
        <Choice
          label="Status"
          name="status"
          options={STATUS_OPTIONS}
          value={filter.status}
          onChange={(status) => onChange({ ...filter, status })}
        />
        <Choice
          label="Tag"
          name="tag"
          options={tagOptions}
          value={filter.tag}
          onChange={(tag) => onChange({ ...filter, tag })}
        />
        <Choice
          label="Site"
          name="site"
          options={siteOptions}
          value={filter.site}
          onChange={(site) => onChange({ ...filter, site })}
        />
        <label class="choice" data-choice="from">
          <span class="choice-label">Saved from</span>
          <input
            type="date"
            class="choice-select"
            value={filter.from}
            onInput={(event) => onChange({ ...filter, from: (event.currentTarget as HTMLInputElement).value })}
          />
        </label>
        <label class="choice" data-choice="to">
          <span class="choice-label">to</span>
          <input
            type="date"
            class="choice-select"
            value={filter.to}
            onInput={(event) => onChange({ ...filter, to: (event.currentTarget as HTMLInputElement).value })}
          />
        </label>
        <Choice label="Order" name="sort" options={SORT_OPTIONS} value={sort} onChange={onSortChange} />
      </div>
    </nav>
  );
}
