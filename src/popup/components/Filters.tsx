/** The list's controls: search, kind tabs, subtype chips, and status, saved and order drop-downs. */
import type { Item } from '../../extractor/types';
import { countBy, type ItemFilter, type SavedFilter } from '../item-filter';
import { KIND_LABELS, KINDS, SUBTYPE_LABELS, SUBTYPES, type Label } from '../../shared/item-labels';
import type { SavedItemSubtype } from '../../shared/messages';
import { Choice, FieldChoice, type ChoiceOption } from '../../ui/Choice';
import { SearchBox } from '../../ui/SearchBox';
import { STATUS_OPTIONS } from '../../ui/status-options';
import type { ListOrder } from './ItemList';

const SAVED_OPTIONS: readonly ChoiceOption<SavedFilter>[] = [
  { value: 'all', label: 'Any' },
  { value: 'saved', label: 'Saved' },
  { value: 'unsaved', label: 'Not saved' },
];

const ORDER_OPTIONS: readonly ChoiceOption<ListOrder>[] = [
  { value: 'kind', label: 'By kind' },
  { value: 'document', label: 'Page order' },
];

/** Props of {@link Filters}. */
export interface FiltersProps {
  /** Every item of the page, for the counts. */
  items: readonly Item[];
  /** The current filter. */
  filter: ItemFilter;
  /** Called with the new filter when a control changes. */
  onChange(filter: ItemFilter): void;
  /** How the list is ordered. */
  order: ListOrder;
  /** Called with the order chosen. */
  onOrderChange(order: ListOrder): void;
}

/**
 * The search box, kind tabs with their counts, once a kind is chosen a row of
 * subtype chips, then drop-downs for status, saved or not, and order.
 */
export function Filters({ items, filter, onChange, order, onOrderChange }: FiltersProps) {
  const ofKind = filter.kind === 'all' ? [] : items.filter((item) => item.kind === filter.kind);
  return (
    <nav class="filters" aria-label="Filters">
      <SearchBox
        label="Search the items (简体 or 繁體)"
        query={filter.query}
        onChange={(query) => onChange({ ...filter, query })}
      />
      <FilterRow
        className="filter-kinds"
        name="Kind"
        allLabel="All"
        total={items.length}
        options={KINDS}
        labels={KIND_LABELS}
        counts={countBy(items, (item) => item.kind)}
        chosen={filter.kind}
        onChoose={(kind) => onChange({ ...filter, kind, subtype: 'all' })}
      />
      {filter.kind !== 'all' && (
        <FilterRow<SavedItemSubtype>
          className="filter-subtypes"
          name="Subtype"
          allLabel="Any"
          total={ofKind.length}
          options={SUBTYPES[filter.kind]}
          labels={SUBTYPE_LABELS}
          counts={countBy(ofKind, (item) => item.subtype)}
          chosen={filter.subtype}
          onChoose={(subtype) => onChange({ ...filter, subtype })}
        />
      )}
      <div class="filter-choices">
        <FieldChoice label="Status" field="status" options={STATUS_OPTIONS} filter={filter} onChange={onChange} />
        <FieldChoice label="Saved" field="saved" options={SAVED_OPTIONS} filter={filter} onChange={onChange} />
        <Choice label="Order" name="order" options={ORDER_OPTIONS} value={order} onChange={onOrderChange} />
      </div>
    </nav>
  );
}

interface FilterRowProps<T extends string> {
  /** Class of the row, for its layout. */
  className: string;
  /** What the row chooses, for screen readers. */
  name: string;
  /** Label of the first button, which chooses every option. */
  allLabel: string;
  /** Items the first button would show. */
  total: number;
  /** The options, in the order shown. */
  options: readonly T[];
  /** Label of each option. */
  labels: Record<T, Label>;
  /** Items each option would show. */
  counts: ReadonlyMap<string, number>;
  /** The current choice. */
  chosen: T | 'all';
  /** Called with the option pressed. */
  onChoose(option: T | 'all'): void;
}

/** A button for all options, then one per option. */
function FilterRow<T extends string>({ className, name, allLabel, total, options, labels, counts, chosen, onChoose }: FilterRowProps<T>) {
  return (
    <div class={`filter-row ${className}`} role="group" aria-label={name}>
      <FilterButton label={{ en: allLabel, zh: '' }} count={total} pressed={chosen === 'all'} onPress={() => onChoose('all')} />
      {options.map((option) => (
        <FilterButton
          key={option}
          name={option}
          label={labels[option]}
          count={counts.get(option) ?? 0}
          pressed={chosen === option}
          onPress={() => onChoose(option)}
        />
      ))}
    </div>
  );
}

interface FilterButtonProps {
  /** Value it selects, for tests and styles; absent for "all". */
  name?: string;
  /** Text of the button. */
  label: Label;
  /** Items it would show. */
  count: number;
  /** Whether it is the current choice. */
  pressed: boolean;
  /** Selects it. */
  onPress(): void;
}

/** A toggle with its label and count; an option with nothing to show is disabled. */
function FilterButton({ name, label, count, pressed, onPress }: FilterButtonProps) {
  return (
    <button
      type="button"
      class="chip"
      data-filter={name ?? 'all'}
      aria-pressed={pressed}
      disabled={count === 0 && !pressed}
      onClick={onPress}
    >
      <span class="chip-label">
        {label.en}
        {label.zh && (
          <span class="chip-zh" lang="zh">
            {label.zh}
          </span>
        )}
      </span>
      <span class="chip-count">{count}</span>
    </button>
  );
}
