/** Filter buttons: by kind, then by subtype within the chosen kind. */
import type { Item } from '../../extractor/types';
import { countBy, type ItemFilter } from '../item-filter';
import { KIND_LABELS, KINDS, SUBTYPE_LABELS, SUBTYPES, type Label } from '../../shared/item-labels';

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
  const kindCounts = countBy(items, (item) => item.kind);
  const ofKind = filter.kind === 'all' ? [] : items.filter((item) => item.kind === filter.kind);
  const subtypeCounts = countBy(ofKind, (item) => item.subtype);
  return (
    <nav class="filters" aria-label="Filters">
      <div class="filter-row filter-kinds" role="group" aria-label="Kind">
        <FilterButton
          label={{ en: 'All', zh: '' }}
          count={items.length}
          pressed={filter.kind === 'all'}
          onPress={() => onChange({ kind: 'all', subtype: 'all' })}
        />
        {KINDS.map((kind) => (
          <FilterButton
            key={kind}
            name={kind}
            label={KIND_LABELS[kind]}
            count={kindCounts.get(kind) ?? 0}
            pressed={filter.kind === kind}
            onPress={() => onChange({ kind, subtype: 'all' })}
          />
        ))}
      </div>
      {filter.kind !== 'all' && (
        <div class="filter-row filter-subtypes" role="group" aria-label="Subtype">
          <FilterButton
            label={{ en: 'Any', zh: '' }}
            count={ofKind.length}
            pressed={filter.subtype === 'all'}
            onPress={() => onChange({ ...filter, subtype: 'all' })}
          />
          {SUBTYPES[filter.kind].map((subtype) => (
            <FilterButton
              key={subtype}
              name={subtype}
              label={SUBTYPE_LABELS[subtype]}
              count={subtypeCounts.get(subtype) ?? 0}
              pressed={filter.subtype === subtype}
              onPress={() => onChange({ ...filter, subtype })}
            />
          ))}
        </div>
      )}
    </nav>
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
