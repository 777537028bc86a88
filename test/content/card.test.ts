// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_HOST_TAG, CardHost, type CardActions } from '../../src/content/card/card-host';
import { UI_HOST_ATTRIBUTE } from '../../src/dom/element-kinds';
import { UNDO_WINDOW_MS } from '../../src/shared/item-editing';
import type { PageItem, SavedItem } from '../../src/shared/messages';
import { ITEMS, PAGE_TEXT } from '../shared/page-fixtures';
import { analystClick } from './analyst-events';
import { cardActions, savedCopy } from './card-actions';

vi.mock('../../src/content/trusted-events', () => import('./analyst-events'));

const indicator = ITEMS.output;
const commitment = ITEMS.investmentTarget;
/** The item's line, where its text stays (jsdom lays nothing out). */
const ANCHOR = { box: new DOMRect(100, 100, 80, 20), locate: () => new DOMRect(100, 100, 80, 20) };

afterEach(() => document.querySelector(CARD_HOST_TAG)?.remove());

function cardWith(actions: Partial<CardActions> = {}) {
  const card = new CardHost(document, cardActions(actions));
  const shadow = () => card.root!;
  const text = () => shadow().textContent ?? '';
  const saveButton = () => shadow().querySelector<HTMLButtonElement>('button.save');
  /** The card's fields as label → value. */
  const fields = () =>
    Object.fromEntries(
      [...shadow().querySelectorAll('.field')].map((field) => [field.querySelector('dt')!.textContent, field.querySelector('dd')!.textContent]),
    );
  return { card, shadow, text, saveButton, fields };
}

function show(card: CardHost, item: PageItem, pinned = false): void {
  card.show(item, ANCHOR, pinned);
}

describe('the item card', () => {
  it("opens in a shadow root under a host marked as Policy Lens's UI, outside the page body", () => {
    document.body.innerHTML = `<p>${PAGE_TEXT}</p>`;
    const { card } = cardWith();
    show(card, indicator);
    const host = document.querySelector(CARD_HOST_TAG)!;
    expect(host.hasAttribute(UI_HOST_ATTRIBUTE)).toBe(true);
    expect(host.parentNode).toBe(document.documentElement);
    expect(document.body.textContent).toBe(PAGE_TEXT);
    expect(card.shownItemId).toBe(indicator.id);
  });

  it("shows an indicator's kind, subtype, status and fields", () => {
    const { card, text, fields } = cardWith();
    show(card, indicator);
    expect(text()).toContain('Indicator · 指标');
    expect(text()).toContain('Amount · 数额');
    expect(text()).toContain('Actual · 实际');
    expect(text()).toContain(indicator.text);
    expect(fields()).toEqual({ Metric: '建筑业产值', Value: '124亿元', Change: '↑ 同比增长17%' });
  });

  it("shows a commitment's marker, deadline and targets", () => {
    const { card, text, fields } = cardWith();
    show(card, commitment);
    expect(text()).toContain('Commitment · 承诺');
    expect(fields()).toEqual({ Marker: '确保', Targets: '330亿元 · 370亿元' });
    show(card, ITEMS.listingTarget);
    expect(fields()).toEqual({ Marker: '力争', Deadline: '今年' });
  });

  it('saves the item and then says so', async () => {
    const copies = new Map<string, SavedItem>();
    const save = vi.fn(async (item: PageItem) => void copies.set(item.id, savedCopy(item)));
    const { card, text, saveButton } = cardWith({ save, savedOf: (item) => copies.get(item.id) });
    show(card, indicator);
    analystClick(saveButton()!);
    expect(save).toHaveBeenCalledWith(indicator);
    await vi.waitFor(() => expect(text()).toContain('Saved'));
    expect(saveButton()).toBeNull();
  });

  it('ignores a click a page script dispatches on Save, and keeps its shadow root closed to the page', () => {
    const save = vi.fn(async () => {});
    const { card, saveButton } = cardWith({ save });
    show(card, indicator);
    saveButton()!.click();
    expect(save).not.toHaveBeenCalled();
    expect(document.querySelector(CARD_HOST_TAG)!.shadowRoot).toBeNull();
  });

  it('shows why saving failed, and lets the analyst try again', async () => {
    const { card, text, saveButton } = cardWith({ save: async () => Promise.reject(new Error('Saving failed: disk full')) });
    show(card, indicator);
    analystClick(saveButton()!);
    await vi.waitFor(() => expect(text()).toContain('Saving failed: disk full'));
    expect(saveButton()!.disabled).toBe(false);
  });

  it('shows items saved before as saved, and asks for news when it opens', () => {
    const opened = vi.fn();
    const { card, text, saveButton } = cardWith({ savedOf: (item) => (item.id === commitment.id ? savedCopy(commitment) : undefined), opened });
    show(card, commitment);
    expect(text()).toContain('Saved');
    expect(saveButton()).toBeNull();
    expect(opened).toHaveBeenCalledWith(commitment);
  });

  it('takes in items saved elsewhere on refresh', () => {
    let saved = false;
    const { card, text } = cardWith({ savedOf: (item) => (saved ? savedCopy(item) : undefined) });
    show(card, indicator);
    expect(text()).not.toContain('Saved');
    saved = true;
    card.refresh();
    expect(text()).toContain('Saved');
  });

  it('stays pinned once clicked open, and closes with its close button', () => {
    const { card, shadow } = cardWith();
    show(card, indicator, true);
    show(card, indicator, false);
    expect(card.pinned).toBe(true);
    analystClick(shadow().querySelector<HTMLButtonElement>('button.close')!);
    expect(card.shownItemId).toBeUndefined();
    expect(shadow().querySelector('.card')).toBeNull();
  });
});

describe('copy as citation', () => {
  function clipboard(): { written: string[] } {
    const written: string[] = [];
    Object.defineProperty(window.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: vi.fn(async (text: string) => void written.push(text)) },
    });
    return { written };
  }

  it('puts the quote, page title, site, date and address on the clipboard, and says so', async () => {
    const { written } = clipboard();
    document.title = '工业区经济发展建设总结讲话';
    const { card, shadow } = cardWith();
    show(card, indicator);
    analystClick(shadow().querySelector('button.copy-citation')!);
    await vi.waitFor(() => expect(shadow().querySelector('button.copy-citation')?.textContent).toBe('Copied'));
    const today = new Date();
    const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(written).toEqual([`“${indicator.text}” 工业区经济发展建设总结讲话, ${location.host}, ${date}. ${document.URL}`]);
  });

  it('cites a saved item with the title and day it was saved', async () => {
    const { written } = clipboard();
    const saved = { ...savedCopy(indicator), title: '縣領導工業講話', createdAt: '2026-11-23T08:00:00.000Z' };
    const { card, shadow } = cardWith({ savedOf: () => saved });
    show(card, indicator);
    analystClick(shadow().querySelector('button.copy-citation')!);
    await vi.waitFor(() => expect(written).toHaveLength(1));
    expect(written[0]).toMatch(new RegExp(`^“${indicator.text}” 縣領導工業講話, .*, 2026-11-2[34]\\. ${saved.url}$`));
  });

  it('copies nothing for a click a page script dispatches', async () => {
    const { written } = clipboard();
    const { card, shadow } = cardWith();
    show(card, indicator);
    shadow().querySelector<HTMLButtonElement>('button.copy-citation')!.click();
    await vi.waitFor(() => expect(shadow().querySelector('button.copy-citation')?.textContent).toBe('Not copied'));
    expect(written).toEqual([]);
  });
});

describe('editing a saved item on the card', () => {
  /** Types into a field of the card as the analyst would. */
  function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }

  it('stores a note, tags and a colour, sending only what changed', async () => {
    const copy = savedCopy(commitment);
    const actions = cardActions({ savedOf: () => copy });
    const { card, shadow, text } = cardWith(actions);
    show(card, commitment, true);
    type(shadow().querySelector('textarea.note')!, '年底前完成');
    type(shadow().querySelector('input.tags')!, '投资，2008');
    analystClick(shadow().querySelector('button.swatch-green')!);
    analystClick(shadow().querySelector('button.submit')!);
    await vi.waitFor(() => expect(actions.update).toHaveBeenCalled());
    expect(actions.update).toHaveBeenCalledWith(copy, { note: '年底前完成', tags: ['投资', '2008'], color: 'green' });
    await vi.waitFor(() => expect(shadow().querySelector<HTMLTextAreaElement>('textarea.note')!.value).toBe('年底前完成'));
    expect(text()).toContain('Saved');
  });

  it('shows unreadable tags as an error without storing anything', () => {
    const actions = cardActions({ savedOf: () => savedCopy(commitment) });
    const { card, shadow, text } = cardWith(actions);
    show(card, commitment, true);
    type(shadow().querySelector('input.tags')!, '长'.repeat(80));
    analystClick(shadow().querySelector('button.submit')!);
    expect(text()).toContain('too long');
    expect(actions.update).not.toHaveBeenCalled();
  });

  it('deletes, offers Undo, and Undo puts the item back as it was', async () => {
    let copy: SavedItem | undefined = savedCopy(indicator);
    const actions = cardActions({
      savedOf: () => copy,
      delete: vi.fn(async () => void (copy = undefined)),
      restore: vi.fn(async (item: SavedItem) => (copy = item)),
    });
    const { card, shadow, text } = cardWith(actions);
    show(card, indicator, true);
    analystClick(shadow().querySelector('button.delete')!);
    await vi.waitFor(() => expect(text()).toContain('Deleted'));
    expect(actions.delete).toHaveBeenCalledWith(savedCopy(indicator));
    analystClick(shadow().querySelector('button.undo')!);
    await vi.waitFor(() => expect(text()).toContain('✓ Saved'));
    expect(actions.restore).toHaveBeenCalledWith(savedCopy(indicator));
    expect(shadow().querySelector('button.delete')).not.toBeNull();
  });

  it('lets Undo go after a short while', async () => {
    vi.useFakeTimers();
    const actions = cardActions({ savedOf: () => savedCopy(indicator) });
    const { card, shadow, text } = cardWith(actions);
    show(card, indicator, true);
    analystClick(shadow().querySelector('button.delete')!);
    await vi.advanceTimersByTimeAsync(100);
    expect(text()).toContain('Deleted');
    await vi.advanceTimersByTimeAsync(UNDO_WINDOW_MS);
    expect(shadow().querySelector('button.undo')).toBeNull();
    vi.useRealTimers();
  });

  it('ignores Delete clicked by a page script', () => {
    const actions = cardActions({ savedOf: () => savedCopy(indicator) });
    const { card, shadow } = cardWith(actions);
    show(card, indicator, true);
    shadow().querySelector<HTMLButtonElement>('button.delete')!.click();
    expect(actions.delete).not.toHaveBeenCalled();
  });

  describe('drawn again while the page\'s saved items are placed', () => {
    /** A saved item as the library stores it after an edit there. */
    const editedElsewhere = (item: SavedItem, edit: Partial<SavedItem>): SavedItem => ({ ...item, ...edit, updatedAt: '2026-11-23T11:00:00.000Z' });

    it('keeps what was typed in the open editor, with focus and caret, and shows the other fields as now stored', () => {
      let copy = { ...savedCopy(commitment), note: '年底前完成', tags: ['投资'] };
      const { card, shadow } = cardWith({ savedOf: () => copy });
      show(card, commitment, true);
      const note = shadow().querySelector<HTMLTextAreaElement>('textarea.note')!;
      note.focus();
      type(note, '年底前完成一期');
      note.setSelectionRange(5, 5);
      copy = editedElsewhere(copy, { tags: ['投资', '2008'], color: 'green' });
      card.refresh();
      expect(shadow().querySelector('textarea.note')).toBe(note);
      expect(note.value).toBe('年底前完成一期');
      expect(shadow().activeElement).toBe(note);
      expect([note.selectionStart, note.selectionEnd]).toEqual([5, 5]);
      expect(shadow().querySelector<HTMLInputElement>('input.tags')!.value).toBe('投资, 2008');
      expect(shadow().querySelector('button.swatch-green')!.getAttribute('aria-checked')).toBe('true');
    });

    it('stores what was typed over the item as now stored', async () => {
      let copy = savedCopy(commitment);
      const actions = cardActions({ savedOf: () => copy });
      const { card, shadow } = cardWith(actions);
      show(card, commitment, true);
      type(shadow().querySelector('input.tags')!, '投资');
      copy = editedElsewhere(copy, { note: '库中所记' });
      card.refresh();
      expect(shadow().querySelector<HTMLTextAreaElement>('textarea.note')!.value).toBe('库中所记');
      analystClick(shadow().querySelector('button.submit')!);
      await vi.waitFor(() => expect(actions.update).toHaveBeenCalled());
      expect(actions.update).toHaveBeenCalledWith(copy, { tags: ['投资'] });
    });

    it('keeps the editor of an own highlight, and shows its note as edited elsewhere', () => {
      const highlight: SavedItem = { ...savedCopy(indicator, 'h-1'), kind: 'highlight', note: '重点', tags: [] };
      let copy = highlight;
      const { card, shadow } = cardWith({ savedById: (id) => (id === copy.id ? copy : undefined) });
      card.showHighlight(highlight, ANCHOR, true);
      const tags = shadow().querySelector<HTMLInputElement>('input.tags')!;
      tags.focus();
      type(tags, '平台, 用');
      copy = editedElsewhere(copy, { note: '重点工作' });
      card.refresh();
      expect(shadow().querySelector('input.tags')).toBe(tags);
      expect(tags.value).toBe('平台, 用');
      expect(shadow().activeElement).toBe(tags);
      expect(shadow().querySelector<HTMLTextAreaElement>('textarea.note')!.value).toBe('重点工作');
    });

    it('keeps a page item saved when the page changed under it and its copy is still stored', () => {
      const copy = savedCopy(indicator);
      let placed = true;
      const { card, shadow } = cardWith({ savedOf: () => (placed ? copy : undefined), savedById: (id) => (id === copy.id ? copy : undefined) });
      show(card, indicator, true);
      type(shadow().querySelector('textarea.note')!, '待核实');
      placed = false;
      card.refresh();
      expect(shadow().querySelector<HTMLTextAreaElement>('textarea.note')!.value).toBe('待核实');
    });
  });

  it('saves a selected passage as a highlight with the note, tags and colour of its form', async () => {
    const stored = savedCopy(indicator);
    const actions = cardActions({ saveHighlight: vi.fn(async () => ({ ...stored, kind: 'highlight' as const, id: 'h-1' })) });
    const { card, shadow, text } = cardWith(actions);
    card.showNewHighlight('工业投入确保', ANCHOR);
    expect(text()).toContain('Highlight');
    type(shadow().querySelector('textarea.note')!, '重点');
    type(shadow().querySelector('input.tags')!, '投入');
    analystClick(shadow().querySelector('button.swatch-pink')!);
    analystClick(shadow().querySelector('button.submit')!);
    await vi.waitFor(() => expect(card.shownItemId).toBe('h-1'));
    expect(actions.saveHighlight).toHaveBeenCalledWith({ note: '重点', tags: '投入', color: 'pink' });
  });
});
