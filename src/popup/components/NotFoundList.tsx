/** Saved items of the page's address that its text no longer holds: listed by their quote, never dropped. */
import type { SavedItem } from '../../shared/messages';

/** Props of {@link NotFoundList}. */
export interface NotFoundListProps {
  /** The saved items not found on the page. */
  items: readonly SavedItem[];
}

/** A short section under the list; nothing when every saved item was found. */
export function NotFoundList({ items }: NotFoundListProps) {
  if (items.length === 0) return null;
  return (
    <section class="not-found" aria-labelledby="not-found-title">
      <h2 id="not-found-title" class="not-found-title">
        Not found on this page ({items.length})
      </h2>
      <p class="not-found-note">Saved from this address, but the page’s text no longer holds them. They stay saved.</p>
      <ul class="not-found-items">
        {items.map((item) => (
          <li key={item.id} class={`not-found-item not-found-${item.kind}`} data-saved-id={item.id}>
            <span class="not-found-quote" lang="zh">
              {item.selectors.quote.exact}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
