/** A one-line report of the last action, e.g. a failed save. */
import type { Notice } from '../use-popup';

/** Props of {@link NoticeBar}. */
export interface NoticeBarProps {
  /** What to say. */
  notice: Notice;
  /** Hides the bar. */
  onDismiss(): void;
}

/** The message with a close button; errors are announced at once. */
export function NoticeBar({ notice, onDismiss }: NoticeBarProps) {
  return (
    <div class={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <p class="notice-text">{notice.text}</p>
      <button type="button" class="notice-close" aria-label="Dismiss message" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
