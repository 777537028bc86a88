/** A line telling how to highlight a selection from the keyboard, with the shortcut the browser has set. */

/** Props of {@link ShortcutHint}. */
export interface ShortcutHintProps {
  /** The shortcut as the browser shows it (`Alt+Shift+H`); empty when the analyst removed it. */
  shortcut: string;
}

/** `Select text in the page and press Alt+Shift+H to highlight it with a note and tags.` */
export function ShortcutHint({ shortcut }: ShortcutHintProps) {
  return (
    <p class="shortcut-hint">
      {shortcut ? (
        <>
          Select text in the page and press <kbd>{shortcut}</kbd> (or use its Highlight button) to keep it with a note and tags.
        </>
      ) : (
        'Select text in the page and use its Highlight button to keep it with a note and tags.'
      )}
    </p>
  );
}
