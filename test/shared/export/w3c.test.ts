import { describe, expect, it } from 'vitest';
import { toW3cCollection, readW3c } from '../../../src/shared/export/w3c';
import type { SavedItem } from '../../../src/shared/messages';
import { createSelectors } from '../../../src/shared/selectors';
import { COUNTY_PAGE, corpusText, shareRange } from '../corpus-fixtures';
import { savedSamples } from './samples';

const NOW = new Date('2026-12-01T08:00:00.000Z');
const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * The requirements of the W3C Web Annotation Data Model on a collection, its
 * page and each annotation (sections 3.1, 3.2, 4.1, 5.1, 5.2): every breach as a line.
 */
function modelErrors(collection: any): string[] {
  const errors: string[] = [];
  const check = (ok: boolean, what: string): void => void (ok || errors.push(what));
  const contexts = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
  check(contexts(collection['@context']).includes(ANNO_CONTEXT), 'collection @context lacks the annotation context');
  check(typeof collection.id === 'string' && URL.canParse(collection.id), 'collection id is no IRI');
  check(collection.type === 'AnnotationCollection', 'collection type');
  check(collection.first?.type === 'AnnotationPage', 'first is no AnnotationPage');
  check(Array.isArray(collection.first?.items), 'first has no items');
  check(collection.total === collection.first?.items?.length, 'total is not the number of items');
  for (const [i, annotation] of (collection.first?.items ?? []).entries()) {
    const at = `annotation ${i}`;
    check(contexts(annotation['@context']).includes(ANNO_CONTEXT), `${at} @context`);
    check(typeof annotation.id === 'string' && URL.canParse(annotation.id), `${at} id is no IRI`);
    check(annotation.type === 'Annotation', `${at} type`);
    check(annotation.target !== undefined, `${at} has no target`);
    check(typeof annotation.target?.source === 'string' && URL.canParse(annotation.target.source), `${at} target source is no IRI`);
    for (const selector of annotation.target?.selector ?? []) {
      if (selector.type === 'TextQuoteSelector') check(typeof selector.exact === 'string', `${at} quote without exact`);
      else if (selector.type === 'TextPositionSelector') {
        check(Number.isInteger(selector.start) && Number.isInteger(selector.end) && selector.start <= selector.end, `${at} position`);
      } else errors.push(`${at} unknown selector ${selector.type}`);
    }
    for (const body of annotation.body ?? []) {
      check(body.type === 'TextualBody' && typeof body.value === 'string', `${at} body is no TextualBody`);
      check(['tagging', 'commenting', 'describing'].includes(body.purpose), `${at} body purpose ${body.purpose}`);
    }
    for (const time of [annotation.created, annotation.modified].filter(Boolean)) {
      check(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(time), `${at} time is no xsd:dateTime in UTC`);
    }
  }
  return errors;
}

describe('W3C Web Annotation export', () => {
  it('meets the model’s required fields for a collection, its first page and every annotation', () => {
    const collection = JSON.parse(JSON.stringify(toW3cCollection(savedSamples(), NOW)));
    expect(modelErrors(collection)).toEqual([]);
    expect(collection.total).toBe(4);
  });

  it('gives each item a quote selector, a position, tags as tagging and the note as commenting bodies', () => {
    const highlight = savedSamples()[3]!;
    const [annotation] = toW3cCollection([highlight], NOW).first.items;
    expect(annotation!.target).toEqual({
      source: COUNTY_PAGE.url,
      selector: [
        { type: 'TextQuoteSelector', ...pick(highlight.selectors.quote, 'exact', 'prefix', 'suffix') },
        { type: 'TextPositionSelector', start: highlight.selectors.position.start, end: highlight.selectors.position.end },
      ],
    });
    expect(annotation!.body.filter((body) => body.purpose !== 'describing')).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: '导航', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'commenting', value: '导航链接,非正文', format: 'text/plain' },
    ]);
  });

  it('describes an indicator in words, the basis once', () => {
    const [annotation] = toW3cCollection([savedSamples()[0]!], NOW).first.items;
    expect(annotation!.body[0]!.value).toBe('indicator (amount, actual): 纳税 2523万元 同比增长58.9% 截至九月份');
  });

  it('describes a range with both ends and carries its high end back on import', () => {
    const item: SavedItem = { ...shareRange(), id: 'range-1', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() };
    const [annotation] = toW3cCollection([item], NOW).first.items;
    expect(annotation!.body[0]!.value).toContain('1.5-2个百分点 (1.5–2个百分点)');
    const back = readW3c(JSON.parse(JSON.stringify(toW3cCollection([item], NOW))), NOW);
    expect(back).toEqual({ ok: true, value: [item] });
    expect(back.ok && back.value[0]!.fields.valueHigh).toBe(2);
  });

  it('counts the position in code points: a character outside the BMP before the item counts one', () => {
    // A rare ideograph (U+20000) in front of a real sentence of the county report.
    const sentence = corpusText('004_d509771d086070bc.txt').split('\n').find((line) => line.includes('4月13日'))!;
    const page = `𠀀${sentence}`;
    const start = page.indexOf('4月13日');
    const item: SavedItem = { ...savedSamples()[3]!, text: page.slice(start, start + 4), selectors: createSelectors(page, start, start + 4) };
    const [annotation] = toW3cCollection([item], NOW).first.items;
    expect(annotation!.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: start - 1, end: start + 3 });
    expect([...page].slice(start - 1, start + 3).join('')).toBe(item.text);
  });

  it('leaves the position out when the code point offsets are not known, the quote still finds the item', () => {
    const item = savedSamples()[0]!;
    const { codePoints: _, ...old } = item.selectors;
    const [annotation] = toW3cCollection([{ ...item, selectors: old }], NOW).first.items;
    expect(annotation!.target.selector.map((selector) => selector.type)).toEqual(['TextQuoteSelector']);
  });

  it('reads its own annotations back into the same items', () => {
    const items = savedSamples();
    const json = JSON.parse(JSON.stringify(toW3cCollection(items, NOW)));
    expect(readW3c(json, NOW)).toEqual({ ok: true, value: items });
  });

  it('reads another tool’s annotation as a highlight with its tags and note', () => {
    const text = corpusText('004_d509771d086070bc.txt');
    const exact = text.slice(200, 230);
    const annotation = {
      '@context': ANNO_CONTEXT,
      id: 'http://example.org/anno/42',
      type: 'Annotation',
      created: '2026-11-30T10:00:00+08:00',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: '工業' },
        { type: 'TextualBody', purpose: 'commenting', value: '<script>alert(1)</script>' },
      ],
      target: { source: COUNTY_PAGE.url, selector: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' } },
    };
    const read = readW3c(annotation, NOW);
    expect(read.ok && read.value[0]).toMatchObject({
      id: 'http://example.org/anno/42',
      kind: 'highlight',
      url: COUNTY_PAGE.url,
      text: exact,
      note: '<script>alert(1)</script>',
      tags: ['工業'],
      createdAt: '2026-11-30T02:00:00.000Z',
    });
  });
});

function pick<T extends object, K extends keyof T>(object: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, object[key]])) as Pick<T, K>;
}
