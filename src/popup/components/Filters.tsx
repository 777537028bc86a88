/** Filter buttons: by kind, then by subtype within the chosen kind. */
import type { Item } from '../../extractor/types';
import { countBy, type ItemFilter } from '../item-filter';
import { KIND_LABELS, KINDS, SUBTYPE_LABELS, SUBTYPES, type Label } from '../../shared/item-labels';
import type { SavedItemSubtype } from '../../shared/messages';

/** Props of {@link Filters}. */
export interface FiltersProps {
  /** Every item of the page, for the counts. */
  items: readonly Item[];
  /** The current filter. */
  filter: ItemFilter;
  /** Called with the new filter when a button is pressed. */
  onChange(filter: ItemFilter): void;
}

/** Kind tabs with their counts, then, once a kind is chosen, a row of subtype chips. */
export function Filters({ items, filter, onChange }: FiltersProps) {
  const ofKind = filter.kind === 'all' ? [] : items.filter((item) => item.kind === filter.kind);
  return (
    <nav class="filters" aria-label="Filters">
      <FilterRow
        className="filter-kinds"
        name="Kind"
        allLabel="All"
        total={items.length}
        options={KINDS}
        labels={KIND_LABELS}
        counts={countBy(items, (item) => item.kind)}
        chosen={filter.kind}
        onChoose={(kind) => onChange({ kind, subtype: 'all' })}
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
