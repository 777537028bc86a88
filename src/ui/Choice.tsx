/** A small labelled drop-down for one filter or sort setting. */

/** One option of a {@link Choice}. */
export interface ChoiceOption<T extends string> {
  /** The value chosen. */
  value: T;
  /** What the analyst reads. */
  label: string;
}

/** Props of {@link Choice}. */
export interface ChoiceProps<T extends string> {
  /** Visible label before the drop-down. */
  label: string;
  /** Name for tests and styles (`data-choice`). */
  name: string;
  /** The options, in order. */
  options: readonly ChoiceOption<T>[];
  /** The current value. */
  value: T;
  /** Called with the value chosen. */
  onChange(value: T): void;
}

/** A `<label>` around a `<select>`, so the label names it for screen readers. */
export function Choice<T extends string>({ label, name, options, value, onChange }: ChoiceProps<T>) {
  return (
    <label class="choice" data-choice={name}>
      <span class="choice-label">{label}</span>
      <select
        class="choice-select"
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === (event.currentTarget as HTMLSelectElement).value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Props of {@link FieldChoice}. */
export interface FieldChoiceProps<F, K extends keyof F & string> {
  /** Visible label before the drop-down. */
  label: string;
  /** The field of the filter it sets; also its name for tests and styles. */
  field: K;
  /** The options, in order. */
  options: readonly ChoiceOption<F[K] & string>[];
  /** The current filter, whose field is shown. */
  filter: F;
  /** Called with the filter, that field changed. */
  onChange(filter: F): void;
}

/** A {@link Choice} that sets one field of a filter object. */
export function FieldChoice<F, K extends keyof F & string>({ label, field, options, filter, onChange }: FieldChoiceProps<F, K>) {
  return (
    <Choice
      label={label}
      name={field}
      options={options}
      value={filter[field] as F[K] & string}
      onChange={(value) => onChange({ ...filter, [field]: value })}
    />
  );
}
