/** Editing one saved item's note and tags. */
import { useState } from 'preact/hooks';
import type { SavedItem } from '../../shared/messages';
import { COLOR_LOOKS, HIGHLIGHT_COLORS, type HighlightColor } from '../../shared/palette';
import type { ItemEdit } from '../library-client';

/** Props of {@link ItemEditor}. */
export interface ItemEditorProps {
  /** The item edited. */
  item: SavedItem;
  /** Stores the edit. */
  onSave(edit: ItemEdit): void;
  /** Closes the editor without storing anything. */
  onClose(): void;
}

/** Tags as typed: split at commas (Latin or Chinese) and spaces, empty ones and repeats dropped. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[,，、\s]+/).map((tag) => tag.trim()).filter((tag) => tag !== ''))];
}

/** A form with the item's text, a note field, a tags field and the colour swatches. */
export function ItemEditor({ item, onSave, onClose }: ItemEditorProps) {
  const [note, setNote] = useState(item.note);
  const [tags, setTags] = useState(item.tags.join(', '));
  const [color, setColor] = useState<HighlightColor | undefined>(item.color);
  return (
    <form
      class="editor"
      aria-label="Edit the saved item"
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ note, tags: parseTags(tags), ...(color && { color }) });
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <p class="editor-text" lang="zh">
        {item.text}
      </p>
      <label class="editor-field">
        <span>Note</span>
        <textarea name="note" rows={3} value={note} lang="zh" onInput={(event) => setNote((event.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <label class="editor-field">
        <span>Tags, separated by commas</span>
        <input name="tags" value={tags} lang="zh" onInput={(event) => setTags((event.currentTarget as HTMLInputElement).value)} />
      </label>
      <fieldset class="editor-colors">
        <legend>Colour</legend>
        {HIGHLIGHT_COLORS.map((option) => (
          <label key={option} class="swatch" title={COLOR_LOOKS[option].label}>
            <input
              type="radio"
              name="color"
              value={option}
              checked={color === option}
              aria-label={COLOR_LOOKS[option].label}
              onChange={() => setColor(option)}
            />
            <span class="swatch-dot" style={{ background: COLOR_LOOKS[option].solid }} />
          </label>
        ))}
      </fieldset>
      <div class="editor-actions">
        <button type="button" class="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" class="button button-primary">
          Save changes
        </button>
      </div>
    </form>
  );
}
