/** The analyst's part of a saved item in the card: note, tags, colour, and the buttons that keep or delete them. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_TEXT_LENGTH } from '../../shared/messages';
import { rebaseDraft, sameDraft, type ItemDraft } from '../../shared/item-editing';
import { COLOR_LOOKS, HIGHLIGHT_COLORS } from '../../shared/palette';

/** Props of {@link ItemEditor}. */
export interface ItemEditorProps {
  /**
   * The item's fields as stored: what the form starts with. When they change
   * while the form is open, the fields the analyst has not touched follow them.
   */
  initial: ItemDraft;
  /** Label of the button that keeps the draft (`Save highlight`, `Save changes`). */
  submitLabel: string;
  /** True while a request runs: the buttons wait. */
  busy: boolean;
  /** Why the last request failed, if it did. */
  error?: string;
  /** Keeps the draft; given the click, to tell the analyst's from a page script's. */
  onSubmit(event: MouseEvent, draft: ItemDraft): void;
  /** Deletes the item; absent for an item not saved yet. */
  onDelete?(event: MouseEvent): void;
  /** Puts the cursor in the note at once (a new highlight: the analyst goes on typing). */
  focusNote?: boolean;
}

/** Note, tags and colour swatches, with Save and, for a saved item, Delete. */
export function ItemEditor({ initial, submitLabel, busy, error, onSubmit, onDelete, focusNote }: ItemEditorProps) {
  // The draft as typed, also between an input and the render it causes, so a quick Save never sends an older one.
  const latest = useRef<ItemDraft>(initial);
  // The stored fields the draft was begun from.
  const base = useRef<ItemDraft>(initial);
  // Bumped by each change of the draft, to draw it.
  const [, setChanges] = useState(0);
  if (!sameDraft(base.current, initial)) {
    // The item was stored again meanwhile (edited elsewhere): what was typed stays, the rest shows the stored fields.
    latest.current = rebaseDraft(latest.current, base.current, initial);
    base.current = initial;
  }
  const draft = latest.current;
  const note = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusNote) note.current?.focus();
  }, [focusNote]);
  const change = (part: Partial<ItemDraft>): void => {
    latest.current = { ...latest.current, ...part };
    setChanges((count) => count + 1);
  };
  return (
    <div class="editor">
      <label class="editor-field">
        <span>Note</span>
        <textarea
          ref={note}
          class="note"
          rows={2}
          maxLength={MAX_TEXT_LENGTH}
          value={draft.note}
          onInput={(event) => change({ note: event.currentTarget.value })}
        />
      </label>
      <label class="editor-field">
        <span>Tags</span>
        <input
          class="tags"
          type="text"
          placeholder="纳税, 2003"
          value={draft.tags}
          onInput={(event) => change({ tags: event.currentTarget.value })}
        />
      </label>
      <div class="swatches" role="radiogroup" aria-label="Colour">
        {HIGHLIGHT_COLORS.map((color) => (
          <button
            type="button"
            key={color}
            class={`swatch swatch-${color}`}
            role="radio"
            aria-checked={draft.color === color}
            aria-label={COLOR_LOOKS[color].label}
            title={COLOR_LOOKS[color].label}
            style={{ background: COLOR_LOOKS[color].solid }}
            onClick={() => change({ color })}
          />
        ))}
      </div>
      {error && (
        <p class="save-error" role="alert">
          {error}
        </p>
      )}
      <div class="card-footer">
        {onDelete && (
          <button type="button" class="delete" disabled={busy} onClick={onDelete}>
            Delete
          </button>
        )}
        <button type="button" class="submit" disabled={busy} onClick={(event) => onSubmit(event, latest.current)}>
          {busy ? 'Saving…' : submitLabel}
        </button>
      </div>
    </div>
  );
}
