import { describe, expect, it } from 'vitest';
import type { NewSavedItem } from '../../src/shared/messages';
import {
  MAX_ITEMS_PER_SAVE,
  MAX_TAGS,
  MAX_TAG_LENGTH,
  MAX_TEXT_LENGTH,
} from '../../src/shared/messages';
import { validateBackgroundMessage, validateContentMessage } from '../../src/shared/validate';
import { dashHighlight, projectTarget, reformPledge, taxIndicator } from './corpus-fixtures';

/** The error a rejected message gets; fails the test when the message is accepted. */
function rejection(message: unknown): string {
  const result = validateBackgroundMessage(message);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(message)}`);
  return result.error;
}

/** A save request for one item changed by `change`. */
function saveWith(change: (item: Record<string, unknown>) => void): unknown {
  const item: Record<string, unknown> = structuredClone(taxIndicator()) as unknown as Record<string, unknown>;
  change(item);
  return { type: 'to-background/save-items', items: [item] };
}

describe('valid background messages', () => {
  const valid = [
    { type: 'content-to-background/page-item-count', count: 0 },
    { type: 'content-to-background/page-item-count', count: 412 },
    {
      type: 'to-background/save-items',
      items: [taxIndicator(), reformPledge(), projectTarget(), dashHighlight()],
    },
    { type: 'to-background/save-items', items: [] },
    { type: 'to-background/list-saved' },
    { type: 'to-background/list-saved', url: 'http://127.0.0.1:8080/000_575128201b72bb82.html' },
    { type: 'to-background/list-saved', url: 'file:///home/analyst/报告.html' },
    { type: 'to-background/delete-saved', id: 'b0c1' },
    { type: 'to-background/update-saved', id: 'b0c1', note: '与去年对比' },
    { type: 'to-background/update-saved', id: 'b0c1', tags: ['纳税', '2003'] },
    { type: 'to-background/update-saved', id: 'b0c1', note: '', tags: [] },
    { type: 'to-background/update-saved', id: 'b0c1', color: 'green' },
    { type: 'popup-to-background/export', format: 'csv' },
    { type: 'popup-to-background/export', format: 'json' },
  ];

  it.each(valid)('accepts $type', (message) => {
    const result = validateBackgroundMessage(message);
    expect(result).toEqual({ ok: true, value: message });
  });

  it('returns a copy, so later changes to the sender’s object cannot reach storage', () => {
    const message = { type: 'to-background/save-items', items: [taxIndicator()] };
    const result = validateBackgroundMessage(message);
    if (!result.ok) throw new Error(result.error);
    expect(result.value).not.toBe(message);
    message.items[0]!.tags.push('late');
    expect(result.value).toEqual({ type: 'to-background/save-items', items: [taxIndicator()] });
  });

  it('accepts an item without a page item id or subtype', () => {
    const { pageItemId: _id, subtype: _subtype, ...item }: NewSavedItem = taxIndicator();
    const message = { type: 'to-background/save-items', items: [item] };
    expect(validateBackgroundMessage(message)).toEqual({ ok: true, value: message });
  });

  it('treats an optional field holding undefined as absent', () => {
    expect(validateBackgroundMessage({ type: 'to-background/list-saved', url: undefined })).toEqual({
      ok: true,
      value: { type: 'to-background/list-saved' },
    });
  });
});

describe('malformed background messages', () => {
  it.each([
    [null, 'message: expected an object, got null'],
    ['to-background/list-saved', 'message: expected an object, got "to-background/list-saved"'],
    [[{ type: 'to-background/list-saved' }], 'message: expected an object, got an array of 1'],
    [{}, 'message.type: expected a string, got undefined'],
    [{ type: 7 }, 'message.type: expected a string, got 7'],
    [{ type: 'to-background/drop-database' }, 'not a message the background handles'],
    [{ type: 'popup-to-content/get-page-items' }, 'not a message the background handles'],
    [{ type: 'toString' }, 'not a message the background handles'],
    [{ type: '__proto__' }, 'not a message the background handles'],
  ])('rejects %j', (message, error) => {
    expect(rejection(message)).toContain(error);
  });

  it.each([
    [{ type: 'content-to-background/page-item-count' }, 'message.count: missing'],
    [{ type: 'content-to-background/page-item-count', count: -1 }, 'message.count: expected an integer'],
    [{ type: 'content-to-background/page-item-count', count: 2.5 }, 'message.count: expected an integer'],
    [{ type: 'content-to-background/page-item-count', count: '3' }, 'message.count: expected an integer'],
    [{ type: 'content-to-background/page-item-count', count: 3, tabId: 9 }, 'unexpected field "tabId"'],
    [{ type: 'to-background/save-items' }, 'message.items: missing'],
    [{ type: 'to-background/save-items', items: {} }, 'message.items: expected an array, got an object'],
    [{ type: 'to-background/list-saved', url: 'about' }, 'message.url: expected an absolute http, https or file URL'],
    [{ type: 'to-background/list-saved', url: 'javascript:alert(1)' }, 'message.url: expected an absolute http'],
    [{ type: 'to-background/list-saved', url: 42 }, 'message.url: expected a string, got 42'],
    [{ type: 'to-background/delete-saved' }, 'message.id: missing'],
    [{ type: 'to-background/delete-saved', id: '  ' }, 'message.id: expected a non-blank string'],
    [{ type: 'to-background/delete-saved', id: 'x'.repeat(300) }, 'message.id: too long (300 characters'],
    [{ type: 'to-background/update-saved', id: 'a' }, 'nothing to update'],
    [{ type: 'to-background/update-saved', id: 'a', note: null }, 'message.note: expected a string, got null'],
    [{ type: 'to-background/update-saved', id: 'a', tags: '纳税' }, 'message.tags: expected an array'],
    [{ type: 'to-background/update-saved', id: 'a', tags: ['纳税', '纳税'] }, 'tag "纳税" given twice'],
    [{ type: 'to-background/update-saved', id: 'a', tags: [''] }, 'message.tags[0]: expected a non-blank string'],
    [{ type: 'to-background/update-saved', id: 'a', color: 'red' }, 'message.color: expected one of "yellow", "green"'],
    [{ type: 'popup-to-background/export' }, 'message.format: missing'],
    [{ type: 'popup-to-background/export', format: 'xlsx' }, 'expected one of "csv", "json", "md", "w3c", "csl", got "xlsx"'],
  ])('rejects %j', (message, error) => {
    expect(rejection(message)).toContain(error);
  });

  it('rejects more tags than an item may carry', () => {
    const tags = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `标签${i}`);
    expect(rejection({ type: 'to-background/update-saved', id: 'a', tags })).toBe(
      `message.tags: too many entries (${MAX_TAGS + 1}, at most ${MAX_TAGS})`,
    );
  });

  it('rejects a high end of a range that is no finite number', () => {
    const item = projectTarget();
    expect(item.fields.valueHigh).toBe(5);
    for (const valueHigh of ['5', null]) {
      const message = { type: 'to-background/save-items', items: [{ ...item, fields: { ...item.fields, valueHigh } }] };
      expect(rejection(message)).toContain('message.items[0].fields.valueHigh: expected a');
    }
  });

  it('rejects an oversize tag and an oversize note', () => {
    const tags = ['长'.repeat(MAX_TAG_LENGTH + 1)];
    expect(rejection({ type: 'to-background/update-saved', id: 'a', tags })).toContain('message.tags[0]: too long');
    const note = '注'.repeat(MAX_TEXT_LENGTH + 1);
    expect(rejection({ type: 'to-background/update-saved', id: 'a', note })).toContain('message.note: too long');
  });

  it('rejects a save request with more items than allowed', () => {
    const items = new Array<NewSavedItem>(MAX_ITEMS_PER_SAVE + 1).fill(taxIndicator());
    expect(rejection({ type: 'to-background/save-items', items })).toContain('message.items: too many entries');
  });

  it('never throws, even when reading the message throws', () => {
    const hostile = {
      get type(): string {
        throw new Error('boom');
      },
    };
    expect(validateBackgroundMessage(hostile)).toEqual({ ok: false, error: 'invalid message: Error: boom' });
  });
});

describe('malformed items in a save request', () => {
  it.each<[string, (item: Record<string, unknown>) => void, string]>([
    ['an unknown kind', (item) => (item.kind = 'table'), 'message.items[0].kind: expected one of'],
    ['a subtype of another kind', (item) => (item.subtype = 'pledge'), '"pledge" is not a subtype of indicator'],
    ['a subtype on a highlight', (item) => ((item.kind = 'highlight'), (item.subtype = 'amount')), 'not a subtype of highlight'],
    ['a missing url', (item) => delete item.url, 'message.items[0].url: missing'],
    ['a relative url', (item) => (item.url = '/000.html'), 'message.items[0].url: expected an absolute http'],
    ['a data: url', (item) => (item.url = 'data:text/html,<p>1</p>'), 'message.items[0].url: expected an absolute http'],
    ['an empty text', (item) => (item.text = ''), 'message.items[0].text: expected a non-blank string'],
    ['an oversize text', (item) => (item.text = '增'.repeat(MAX_TEXT_LENGTH + 1)), 'message.items[0].text: too long'],
    ['an extra field', (item) => (item.html = '<b>'), 'message.items[0]: unexpected field "html"'],
    ['tags as a string', (item) => (item.tags = '纳税'), 'message.items[0].tags: expected an array'],
    ['a non-numeric value', (item) => ((item.fields as Record<string, unknown>).value = '2523'), 'message.items[0].fields.value: expected a finite number'],
    ['an infinite value', (item) => ((item.fields as Record<string, unknown>).value = Infinity), 'fields.value: expected a finite number, got Infinity'],
    ['an unknown field name', (item) => ((item.fields as Record<string, unknown>).color = 'red'), 'message.items[0].fields: unexpected field "color"'],
    ['an unknown status', (item) => ((item.fields as Record<string, unknown>).status = 'planned'), 'fields.status: expected one of "actual", "target"'],
    [
      'a change with no direction',
      (item) => delete ((item.fields as Record<string, unknown>).change as Record<string, unknown>).direction,
      'message.items[0].fields.change.direction: missing',
    ],
    ['no selectors', (item) => delete item.selectors, 'message.items[0].selectors: missing'],
    [
      'a position that does not fit the quote',
      (item) => (((item.selectors as Record<string, Record<string, unknown>>).position!.end as number) += 3),
      'message.items[0].selectors.position: spans',
    ],
    [
      'a negative position',
      (item) => ((item.selectors as Record<string, Record<string, unknown>>).position!.start = -1),
      'selectors.position.start: expected an integer',
    ],
    [
      'a selector of the wrong type',
      (item) => ((item.selectors as Record<string, Record<string, unknown>>).quote!.type = 'CssSelector'),
      'selectors.quote.type: expected one of "TextQuoteSelector"',
    ],
  ])('rejects %s', (_, change, error) => {
    expect(rejection(saveWith(change))).toContain(error);
  });

  it('names the item that is wrong among several', () => {
    const items: unknown[] = [taxIndicator(), reformPledge(), { ...projectTarget(), tags: [1] }];
    expect(rejection({ type: 'to-background/save-items', items })).toBe(
      'message.items[2].tags[0]: expected a string, got 1',
    );
  });
});

describe('content messages', () => {
  it('accepts the messages the content script handles', () => {
    for (const message of [
      { type: 'popup-to-content/get-page-items', from: 800, count: 400 },
      { type: 'popup-to-content/get-page-saved' },
      { type: 'popup-to-content/scroll-to-item', itemId: 'indicator-120-141-1k2j3' },
    ]) {
      expect(validateContentMessage(message)).toEqual({ ok: true, value: message });
    }
  });

  it('rejects messages meant for the background and a scroll without an item', () => {
    expect(validateContentMessage({ type: 'to-background/list-saved' })).toEqual({
      ok: false,
      error: 'message.type: "to-background/list-saved" is not a message the content script handles',
    });
    expect(validateContentMessage({ type: 'popup-to-content/scroll-to-item' })).toEqual({
      ok: false,
      error: 'message.itemId: missing',
    });
  });
});
