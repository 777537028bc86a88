import { describe, expect, it } from 'vitest';
import { anchorSavedItem, type SavedAnchors } from '../../src/content/saved-anchors';
import { extract } from '../../src/extractor';
import type { PageItem, SavedItem } from '../../src/shared/messages';
import { toPageItem } from '../../src/shared/page-item';
import { newSavedItemFrom } from '../../src/shared/saved-item';
import { createSelectors } from '../../src/shared/selectors';
import { ENERGY_DROP, industrialZoneSpeech, LEADING_FIRMS, PLEDGE } from '../anchoring/report-pages';

const PAGE = { url: 'http://127.0.0.1:8080/reports/industrial-zone-economy.html', title: '工业区经济发展建设总结讲话' };
const speech = industrialZoneSpeech();

function pageItemsOf(text: string): PageItem[] {
  return extract(text).map((item) => toPageItem(item, text));
}

/** The page item whose text is `snippet`, saved as the extension stores it. */
function saved(items: readonly PageItem[], snippet: string, id: string): SavedItem {
  const item = items.find((candidate) => candidate.text === snippet);
  if (!item) throw new Error(`no page item ${snippet}`);
  return { ...newSavedItemFrom(item, PAGE), id, createdAt: '2026-11-23T08:00:00.000Z', updatedAt: '2026-11-23T08:00:00.000Z' };
}

/** Every saved item placed in `text`, one after another as the content script places them. */
function anchorSavedItems(text: string, pageItems: readonly PageItem[], items: readonly SavedItem[]): SavedAnchors {
  const anchors: SavedAnchors = { placed: [], notFound: [] };
  const overlapping = (kind: PageItem['kind'], start: number, end: number) =>
    pageItems.filter((pageItem) => pageItem.kind === kind && pageItem.start < end && pageItem.end > start);
  for (const item of items) anchorSavedItem(text, overlapping, item, anchors);
  return anchors;
}

describe('anchorSavedItem', () => {
  const before = pageItemsOf(speech);
  const stored = [saved(before, PLEDGE, 'pledge'), saved(before, LEADING_FIRMS, 'firms'), saved(before, ENERGY_DROP, 'energy')];

  it('pairs each saved item with its page item after text was inserted before them', () => {
    const edited = `(本文根据录音整理,有删节。)\n${speech}`;
    const after = pageItemsOf(edited);
    const { placed, notFound } = anchorSavedItems(edited, after, stored);
    expect(notFound).toEqual([]);
    for (const { saved: item, pageItemId, anchor } of placed) {
      const pageItem = after.find((candidate) => candidate.id === pageItemId)!;
      expect(pageItem.text).toBe(item.text);
      expect(anchor).toMatchObject({ start: pageItem.start, end: pageItem.end, method: 'exact' });
      // Offsets moved, so the page item's id is not the one saved: pairing goes by place, not by id.
      expect(pageItemId).not.toBe(item.pageItemId);
    }
  });

  it('lists a deleted item as not found and keeps the others placed', () => {
    const edited = speech.replace(PLEDGE, '');
    const { placed, notFound } = anchorSavedItems(edited, pageItemsOf(edited), stored);
    expect(notFound.map((item) => item.id)).toEqual(['pledge']);
    expect(placed.map((item) => item.saved.id)).toEqual(['firms', 'energy']);
  });

  it('pairs an edited commitment with the sentence the extractor now reads there', () => {
    const revised = PLEDGE.replace('高度关注在谈项目', '高度重视在谈项目');
    const edited = speech.replace(PLEDGE, revised);
    const after = pageItemsOf(edited);
    const [pledge] = anchorSavedItems(edited, after, stored).placed;
    expect(pledge!.anchor.method).toBe('fuzzy');
    expect(after.find((item) => item.id === pledge!.pageItemId)?.text).toBe(revised);
  });

  it('places a hand-picked passage without a page item of its own', () => {
    const passage = '重抓三级平台';
    const start = speech.indexOf(passage);
    const highlight: SavedItem = {
      ...stored[0]!,
      id: 'passage',
      kind: 'highlight',
      subtype: undefined,
      text: passage,
      fields: {},
      selectors: createSelectors(speech, start, start + passage.length),
    };
    const [placed] = anchorSavedItems(speech, before, [highlight]).placed;
    expect(placed).toEqual({ saved: highlight, anchor: { start, end: start + passage.length, method: 'position', score: 1 } });
  });
});
