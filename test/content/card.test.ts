// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_HOST_TAG, CardHost, type CardActions } from '../../src/content/card/card-host';
import { UI_HOST_ATTRIBUTE } from '../../src/dom/element-kinds';
import type { PageItem } from '../../src/shared/messages';
import { ITEMS, PAGE_TEXT } from '../shared/page-fixtures';
import { analystClick } from './analyst-events';

vi.mock('../../src/content/trusted-events', () => import('./analyst-events'));

const indicator = ITEMS.output;
const commitment = ITEMS.investmentTarget;
const ANCHOR = new DOMRect(100, 100, 80, 20);

afterEach(() => document.querySelector(CARD_HOST_TAG)?.remove());

function cardWith(actions: Partial<CardActions> = {}) {
  const card = new CardHost(document, { save: async () => {}, isSaved: () => false, opened: () => {}, ...actions });
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
    const save = vi.fn(async () => {});
    const { card, text, saveButton } = cardWith({ save });
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
    const { card, text, saveButton } = cardWith({ isSaved: (id) => id === commitment.id, opened });
    show(card, commitment);
    expect(text()).toContain('Saved');
    expect(saveButton()).toBeNull();
    expect(opened).toHaveBeenCalledWith(commitment);
  });

  it('takes in items saved elsewhere on refresh', () => {
    let saved = false;
    const { card, text } = cardWith({ isSaved: () => saved });
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
