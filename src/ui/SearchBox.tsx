/** A search field for item lists: words to find, traditional and simplified alike. */

/** Props of {@link SearchBox}. */
export interface SearchBoxProps {
  /** The current query. */
  query: string;
  /** Called with the new query on every key stroke. */
  onChange(query: string): void;
  /** Accessible name and placeholder. */
  label: string;
}

/** A labelled `type=search` input; Escape in it clears the query. */
export function SearchBox({ query, onChange, label }: SearchBoxProps) {
  return (
    <input
      type="search"
      class="search"
      value={query}
      placeholder={label}
      aria-label={label}
      lang="zh"
      onInput={(event) => onChange((event.currentTarget as HTMLInputElement).value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && query !== '') {
          event.preventDefault();
          onChange('');
        }
      }}
    />
  );
}
