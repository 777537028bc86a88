/**
 * The card shown over a highlighted item or a passage the analyst selected:
 * what the item says, Save, and for a saved item its note, tags and colour,
 * Delete and, just after deleting, Undo.
 */
import { useState } from 'preact/hooks';
import type { PageItem, SavedItem } from '../../shared/messages';
import { draftOf, type ItemDraft } from '../../shared/item-editing';
import { itemFields } from '../../shared/item-fields';
import { KIND_LABELS, STATUS_LABELS, SUBTYPE_LABELS } from '../../shared/item-labels';
import { ItemEditor } from './ItemEditor';

/** What the card is about. */
export type CardSubject =
  | {
      /** An item the extractor found, saved or not. */
      kind: 'page-item';
      /** The item. */
      item: PageItem;
      /** Its saved copy, when it is saved. */
      saved?: SavedItem;
    }
  | {
      /** A passage the analyst saved. */
      kind: 'own-highlight';
      /** The saved highlight. */
      saved: SavedItem;
    }
  | {
      /** A passage the analyst selected, not saved yet. */
      kind: 'new-highlight';
      /** Its text. */
      text: string;
    };

/** Where saving or editing stands. */
export type SaveState =
  | { phase: 'idle' }
  | { phase: 'busy' }
  | { phase: 'failed'; error: string }
  | {
      /** Just deleted: Undo brings it back for a short while. */
      phase: 'deleted';
      /** The item as it was. */
      item: SavedItem;
    };

/** Props of {@link ItemCard}. */
export interface ItemCardProps {
  /** What the card shows. */
  subject: CardSubject;
  /** Where saving or editing stands. */
  state: SaveState;
  /** Saves a page item; given the click, to tell the analyst's from a page script's. */
  onSave(event: MouseEvent): void;
  /** Saves a new highlight or the edits of a saved item. */
  onSubmit(event: MouseEvent, draft: ItemDraft): void;
  /** Deletes the saved item. */
  onDelete(event: MouseEvent): void;
  /** Brings the deleted item back. */
  onUndo(event: MouseEvent): void;
  /** Closes the card. */
  onClose(event: MouseEvent): void;
  /** Copies a citation of the item (quote, page title, site, date, address); resolves once it is on the clipboard. */
  onCopyCitation(event: MouseEvent): Promise<void>;
}

const SINGULAR: Record<PageItem['kind'], string> = { indicator: 'Indicator', commitment: 'Commitment' };

/** The id the card carries: the page item's, else the saved item's. */
function subjectId(subject: CardSubject): string | undefined {
  if (subject.kind === 'page-item') return subject.item.id;
  return subject.kind === 'own-highlight' ? subject.saved.id : undefined;
}

/** Kind, subtype and status as badges, the item's text, its fields, and Save or the editor. */
export function ItemCard(props: ItemCardProps) {
  const { subject, onClose } = props;
  const kind = subject.kind === 'page-item' ? subject.item.kind : 'highlight';
  const label = subject.kind === 'page-item' ? SINGULAR[subject.item.kind] : 'Highlight';
  const text = subject.kind === 'page-item' ? subject.item.text : subject.kind === 'own-highlight' ? subject.saved.text : subject.text;
  return (
    <section class={`card card-${kind}`} role="dialog" aria-label={`Policy Lens: ${label}`} data-item-id={subjectId(subject)}>
      <header class="card-header">
        {subject.kind === 'page-item' ? <PageItemBadges item={subject.item} /> : <span class="badge badge-highlight">Highlight · 摘录</span>}
        {subject.kind !== 'new-highlight' && <CopyCitation onCopy={props.onCopyCitation} />}
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="card-text">{text}</p>
      {subject.kind === 'page-item' && (
        <dl class="card-fields">
          {itemFields(subject.item).map((field) => (
            <div class={`field field-${field.key}`} key={field.key}>
              <dt>{field.label}</dt>
              <dd title={field.title}>{field.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <CardActionsView {...props} />
    </section>
  );
}

/** “Cite”: copies the item's citation, then says whether it is on the clipboard. */
function CopyCitation({ onCopy }: { onCopy(event: MouseEvent): Promise<void> }) {
  const [outcome, setOutcome] = useState<'copied' | 'failed'>();
  return (
    <button
      type="button"
      class="copy-citation"
      title="Copy as citation: quote, page title, site, date and address"
      onClick={(event) => {
        onCopy(event).then(
          () => setOutcome('copied'),
          () => setOutcome('failed'),
        );
      }}
    >
      {outcome === 'copied' ? 'Copied' : outcome === 'failed' ? 'Not copied' : 'Cite'}
    </button>
  );
}

function PageItemBadges({ item }: { item: PageItem }) {
  const subtype = SUBTYPE_LABELS[item.subtype];
  const status = item.kind === 'indicator' ? item.status : undefined;
  return (
    <>
      <span class={`badge badge-${item.kind}`}>
        {SINGULAR[item.kind]} · {KIND_LABELS[item.kind].zh}
      </span>
      <span class="badge">
        {subtype.en} · {subtype.zh}
      </span>
      {status && (
        <span class={`badge status-${status}`}>
          {STATUS_LABELS[status].en} · {STATUS_LABELS[status].zh}
        </span>
      )}
    </>
  );
}

/** The lower part: Save, the editor, or Undo after a delete. */
function CardActionsView({ subject, state, onSave, onSubmit, onDelete, onUndo }: ItemCardProps) {
  if (state.phase === 'deleted') {
    return (
      <footer class="card-footer">
        <span class="deleted">Deleted</span>
        <button type="button" class="undo" onClick={onUndo}>
          Undo
        </button>
      </footer>
    );
  }
  const busy = state.phase === 'busy';
  const error = state.phase === 'failed' ? state.error : undefined;
  const saved = subject.kind === 'new-highlight' ? undefined : subject.saved;
  if (saved) {
    return (
      <>
        <p class="saved">✓ Saved</p>
        <ItemEditor key={saved.id} initial={draftOf(saved)} submitLabel="Save changes" busy={busy} error={error} onSubmit={onSubmit} onDelete={onDelete} />
      </>
    );
  }
  if (subject.kind === 'new-highlight') {
    return <ItemEditor initial={{ note: '', tags: '' }} submitLabel="Save highlight" busy={busy} error={error} onSubmit={onSubmit} focusNote />;
  }
  return (
    <footer class="card-footer">
      {error && (
        <span class="save-error" role="alert">
          {error}
        </span>
      )}
      <button type="button" class="save" disabled={busy} onClick={onSave}>
        {busy ? 'Saving…' : 'Save'}
      </button>
    </footer>
  );
}
