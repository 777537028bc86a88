/** A whole-panel message for when there is no list to show. */
import type { ComponentChildren } from 'preact';

/** Props of {@link StatusPanel}. */
export interface StatusPanelProps {
  /** Which state it reports; styles the panel and names it for tests. */
  kind: 'loading' | 'scanning' | 'empty' | 'unreadable' | 'failed';
  /** One line saying what is going on. */
  title: string;
  /** Explanation or advice below the title. */
  children?: ComponentChildren;
}

/** Centred title with a short explanation; announced politely to screen readers. */
export function StatusPanel({ kind, title, children }: StatusPanelProps) {
  const busy = kind === 'loading' || kind === 'scanning';
  return (
    <div class={`status status-${kind}`} data-state={kind} role="status" aria-busy={busy}>
      {busy ? (
        <span class="spinner" aria-hidden="true" />
      ) : (
        <span class="status-mark" aria-hidden="true">
          {kind === 'empty' ? '0' : '!'}
        </span>
      )}
      <p class="status-title">{title}</p>
      {children && <div class="status-text">{children}</div>}
    </div>
  );
}
