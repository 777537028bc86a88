/** The card shown over a highlighted item: what the item says, and a Save button. */
import type { PageItem } from '../../shared/messages';
import { itemFields } from '../../shared/item-fields';
import { KIND_LABELS, STATUS_LABELS, SUBTYPE_LABELS } from '../../shared/item-labels';

/** Where saving the card's item stands. */
export type SaveState = { phase: 'unsaved' } | { phase: 'saving' } | { phase: 'saved' } | { phase: 'failed'; error: string };

/** Props of {@link ItemCard}. */
export interface ItemCardProps {
  /** The item shown. */
  item: PageItem;
  /** Whether it is saved, or being saved. */
  save: SaveState;
  /** Saves the item; given the click, to tell the analyst's from a page script's. */
  onSave(event: MouseEvent): void;
  /** Closes the card; given the click. */
  onClose(event: MouseEvent): void;
}

const SINGULAR: Record<PageItem['kind'], string> = { indicator: 'Indicator', commitment: 'Commitment' };

/** Kind, subtype and status as badges, the item's text, its fields, and Save. */
export function ItemCard({ item, save, onSave, onClose }: ItemCardProps) {
  const subtype = SUBTYPE_LABELS[item.subtype];
  const status = item.kind === 'indicator' ? item.status : undefined;
  return (
    <section class={`card card-${item.kind}`} role="dialog" aria-label={`Policy Lens: ${SINGULAR[item.kind]}`} data-item-id={item.id}>
      <header class="card-header">
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
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="card-text">{item.text}</p>
      <dl class="card-fields">
        {itemFields(item).map((field) => (
          <div class={`field field-${field.key}`} key={field.key}>
            <dt>{field.label}</dt>
            <dd title={field.title}>{field.value}</dd>
          </div>
        ))}
      </dl>
      <footer class="card-footer">
        <SaveControl save={save} onSave={onSave} />
      </footer>
    </section>
  );
}

function SaveControl({ save, onSave }: Pick<ItemCardProps, 'save' | 'onSave'>) {
  if (save.phase === 'saved') return <span class="saved">✓ Saved</span>;
  return (
    <>
      {save.phase === 'failed' && (
        <span class="save-error" role="alert">
          {save.error}
        </span>
      )}
      <button type="button" class="save" disabled={save.phase === 'saving'} onClick={onSave}>
        {save.phase === 'saving' ? 'Saving…' : 'Save'}
      </button>
    </>
  );
}
