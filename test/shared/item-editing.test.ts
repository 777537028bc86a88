import { describe, expect, it } from 'vitest';
import { draftOf, editFrom, newHighlight, parseTags, rebaseDraft } from '../../src/shared/item-editing';
import { MAX_TAG_LENGTH, MAX_TAGS, type SavedItem } from '../../src/shared/messages';
import { validateBackgroundMessage } from '../../src/shared/validate';
import { SAFETY_PAGE, corpusText, taxIndicator } from './corpus-fixtures';

const STORED: SavedItem = { ...taxIndicator(), id: 'item-1', createdAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:00:00.000Z' };

describe('tags as the analyst types them', () => {
  it('splits on ASCII and full-width commas, semicolons, 、 and line ends, trimmed, without repeats', () => {
    expect(parseTags(' 纳税, 2003，重点企业、纳税；安全生产\n')).toEqual({ ok: true, value: ['纳税', '2003', '重点企业', '安全生产'] });
    expect(parseTags('  ')).toEqual({ ok: true, value: [] });
  });

  it('refuses a tag too long and too many tags with a message to show', () => {
    const long = parseTags('长'.repeat(MAX_TAG_LENGTH + 1));
    expect(long.ok === false && long.error).toContain(`at most ${MAX_TAG_LENGTH} characters`);
    const many = parseTags(Array.from({ length: MAX_TAGS + 1 }, (_, i) => `t${i}`).join(','));
    expect(many).toEqual({ ok: false, error: `Too many tags (${MAX_TAGS + 1}, at most ${MAX_TAGS})` });
  });
});

describe('edits from a draft', () => {
  it('holds only what changed, and nothing when nothing did', () => {
    expect(editFrom(STORED, draftOf(STORED))).toEqual({ ok: true, value: undefined });
    expect(editFrom(STORED, { note: '超过去年全年', tags: '', color: 'green' })).toEqual({
      ok: true,
      value: { note: '超过去年全年', color: 'green' },
    });
    expect(editFrom({ ...STORED, tags: ['纳税'] }, { note: '', tags: '纳税, 2003' })).toEqual({
      ok: true,
      value: { tags: ['纳税', '2003'] },
    });
  });

  it('gives an edit the background accepts', () => {
    const edit = editFrom(STORED, { note: '同比', tags: '纳税', color: 'pink' });
    if (!edit.ok || !edit.value) throw new Error('no edit');
    expect(validateBackgroundMessage({ type: 'to-background/update-saved', id: STORED.id, ...edit.value }).ok).toBe(true);
  });
});

describe('a draft carried over to the item as stored again', () => {
  it('keeps what the analyst changed exactly as typed, and takes the stored value of every field left alone', () => {
    const from = { note: '', tags: '纳税', color: undefined };
    const typed = { note: '超过去年', tags: '纳税，', color: undefined };
    expect(rebaseDraft(typed, from, { note: '库中所记', tags: '纳税, 2003', color: 'green' })).toEqual({
      note: '超过去年',
      tags: '纳税，',
      color: 'green',
    });
    expect(rebaseDraft(from, from, { note: '库中所记', tags: '', color: undefined })).toEqual({ note: '库中所记', tags: '', color: undefined });
  });
});

describe('own highlights', () => {
  it('saves the selected words of the page with their selectors, note, tags and colour', () => {
    const text = corpusText('000_575128201b72bb82.txt');
    const words = '同比增长58.9%';
    const start = text.indexOf(words);
    const item = newHighlight(SAFETY_PAGE, text, { start, end: start + words.length }, { note: '增速', tags: '纳税、增速', color: 'blue' });
    if (!item.ok) throw new Error(item.error);
    expect(item.value).toMatchObject({
      url: SAFETY_PAGE.url,
      kind: 'highlight',
      text: words,
      note: '增速',
      tags: ['纳税', '增速'],
      color: 'blue',
      selectors: { quote: { exact: words }, position: { start, end: start + words.length } },
    });
    expect(validateBackgroundMessage({ type: 'to-background/save-items', items: [item.value] }).ok).toBe(true);
  });
});
