/**
 * W3C Web Annotation Data Model (JSON-LD): items as an AnnotationCollection
 * whose first AnnotationPage lists them, and reading such a file back.
 *
 * Each annotation targets its page with a TextQuoteSelector and, when the
 * item's code point offsets are known, a TextPositionSelector (the model counts
 * code points, not UTF-16 units). Tags are `tagging` bodies, the note a
 * `commenting` body, the item's fields a `describing` body in words; the
 * item itself rides along under `policyLens`, so a Policy Lens import gets
 * every field back while other tools see a plain highlight.
 */
import type { SavedItem } from '../messages';
import { validateSavedItems, type Validation } from '../validate';
import { isObject } from '../is-object';
import { changeText, rangeText, targetsOf, type ExportItem } from './export-item';

/** The Web Annotation context, and ours for the `policyLens` extension (a JSON value, opaque to other readers). */
export const ANNOTATION_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  { policyLens: { '@id': 'urn:policy-lens:item', '@type': '@json' } },
] as const;

/** Prefix of the ids of annotations made from saved items; the rest is the item's id. */
const ITEM_ID_PREFIX = 'urn:policy-lens:item:';

/** A selector of a Web Annotation target. */
export type W3cSelector =
  | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
  | { type: 'TextPositionSelector'; start: number; end: number };

/** A textual body: a tag, a note or a description. */
export interface W3cTextualBody {
  /** Always `TextualBody`. */
  type: 'TextualBody';
  /** `tagging`, `commenting` or `describing`. */
  purpose: 'tagging' | 'commenting' | 'describing';
  /** The body's text. */
  value: string;
  /** Always plain text: page text is never markup. */
  format: 'text/plain';
}

/** What `policyLens` holds: the item's own fields, for a lossless import. */
export type PolicyLensExtension = Pick<ExportItem, 'kind' | 'subtype' | 'fields' | 'pageItemId' | 'title' | 'text'>;

/** One annotation. */
export interface W3cAnnotation {
  /** {@link ANNOTATION_CONTEXT}. */
  '@context': typeof ANNOTATION_CONTEXT;
  /** `urn:policy-lens:item:<id>` for a saved item, `urn:policy-lens:item:<n>` for one found by the command line. */
  id: string;
  /** Always `Annotation`. */
  type: 'Annotation';
  /** Always `highlighting`: the item is a marked passage. */
  motivation: 'highlighting';
  /** When the item was saved, when known. */
  created?: string;
  /** When it was last edited, when known. */
  modified?: string;
  /** Description, tags and note. */
  body: W3cTextualBody[];
  /** The page and where in it. */
  target: { source: string; selector: W3cSelector[] };
  /** The item's own fields. */
  policyLens: PolicyLensExtension;
}

/** The whole file. */
export interface W3cCollection {
  /** {@link ANNOTATION_CONTEXT}. */
  '@context': typeof ANNOTATION_CONTEXT;
  /** An id naming the export. */
  id: string;
  /** Always `AnnotationCollection`. */
  type: 'AnnotationCollection';
  /** What the collection holds, in words. */
  label: string;
  /** Number of annotations. */
  total: number;
  /** The one page of annotations. */
  first: { type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] };
}

/** The items as a Web Annotation collection, made at `now`. */
export function toW3cCollection(items: readonly ExportItem[], now: Date): W3cCollection {
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:policy-lens:export:${now.toISOString()}`,
    type: 'AnnotationCollection',
    label: `Policy Lens items, exported ${now.toISOString()}`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: items.map(toAnnotation) },
  };
}

/** The items as a W3C JSON-LD file. */
export function toW3cJson(items: readonly ExportItem[], now: Date): string {
  return JSON.stringify(toW3cCollection(items, now), null, 2) + '\n';
}

function toAnnotation(item: ExportItem, index: number): W3cAnnotation {
  const { quote, codePoints } = item.selectors;
  const selector: W3cSelector[] = [{ type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix }];
  // Without code point offsets the position would be a guess: the quote alone then finds the item.
  if (codePoints) selector.push({ type: 'TextPositionSelector', start: codePoints.start, end: codePoints.end });
  const body: W3cTextualBody[] = [
    textualBody('describing', describe(item)),
    ...item.tags.map((tag) => textualBody('tagging', tag)),
    ...(item.note ? [textualBody('commenting', item.note)] : []),
  ];
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `${ITEM_ID_PREFIX}${item.id ?? index + 1}`,
    type: 'Annotation',
    motivation: 'highlighting',
    ...(item.createdAt ? { created: item.createdAt } : {}),
    ...(item.updatedAt ? { modified: item.updatedAt } : {}),
    body,
    target: { source: item.url, selector },
    policyLens: {
      kind: item.kind,
      ...(item.subtype ? { subtype: item.subtype } : {}),
      fields: item.fields,
      ...(item.pageItemId ? { pageItemId: item.pageItemId } : {}),
      title: item.title,
      text: item.text,
    },
  };
}

function textualBody(purpose: W3cTextualBody['purpose'], value: string): W3cTextualBody {
  return { type: 'TextualBody', purpose, value, format: 'text/plain' };
}

/** The item in words: `indicator (amount, actual): 纳税 2523万元 同比增长58.9%`, a range read with both ends: `2至3% (2–3%)`. */
function describe(item: ExportItem): string {
  const kind = [item.subtype, item.fields.status].filter(Boolean).join(', ');
  const { fields } = item;
  const range = item.kind === 'indicator' ? rangeText(item) : undefined;
  const words = [fields.metric, item.kind === 'indicator' ? fields.valueText : undefined, range && `(${range})`, changeText(item), fields.period, fields.marker, fields.deadline, ...targetsOf(item)];
  return `${item.kind}${kind ? ` (${kind})` : ''}: ${words.filter(Boolean).join(' ')}`.trim();
}

/** Whether parsed JSON is a Web Annotation file: a collection, a page, an annotation or a list of annotations. */
export function looksLikeW3c(json: unknown): boolean {
  const first = Array.isArray(json) ? json[0] : json;
  return isObject(first) && ['AnnotationCollection', 'AnnotationPage', 'Annotation'].includes(String(first.type));
}

/** Most annotations a file may hold. */
export const MAX_ANNOTATIONS = 50_000;

/**
 * Reads a Web Annotation file as saved items. Annotations written by Policy
 * Lens get every field back; others become hand-picked highlights with their
 * tags and note. Every annotation must target an http, https or file page with
 * a TextQuoteSelector; the position, when given, is kept as a hint (it counts
 * code points; anchoring checks it against the quote when the page is opened).
 * `now` dates annotations that carry no time.
 */
export function readW3c(json: unknown, now: Date): Validation<SavedItem[]> {
  const annotations = annotationsOf(json);
  if (!annotations.ok) return annotations;
  if (annotations.value.length > MAX_ANNOTATIONS) {
    return { ok: false, error: `too many annotations (${annotations.value.length}, at most ${MAX_ANNOTATIONS})` };
  }
  const items: unknown[] = [];
  for (const [index, annotation] of annotations.value.entries()) {
    const item = itemOf(annotation, now);
    if (typeof item === 'string') return { ok: false, error: `annotation ${index + 1}: ${item}` };
    items.push(item);
  }
  return validateSavedItems(items, 'annotations', MAX_ANNOTATIONS);
}

function annotationsOf(json: unknown): Validation<unknown[]> {
  if (Array.isArray(json)) return { ok: true, value: json };
  if (!isObject(json)) return { ok: false, error: 'not a Web Annotation file' };
  switch (json.type) {
    case 'Annotation':
      return { ok: true, value: [json] };
    case 'AnnotationPage':
      return Array.isArray(json.items) ? { ok: true, value: json.items } : { ok: false, error: 'AnnotationPage without "items"' };
    case 'AnnotationCollection': {
      const first = json.first;
      if (!isObject(first) || !Array.isArray(first.items)) {
        return { ok: false, error: 'AnnotationCollection without an embedded "first" page of "items"' };
      }
      return { ok: true, value: first.items };
    }
    default:
      return { ok: false, error: 'not a Web Annotation file (no "type": "AnnotationCollection", "AnnotationPage" or "Annotation")' };
  }
}

/** The saved item an annotation stands for, or what is wrong with it. */
function itemOf(annotation: unknown, now: Date): unknown {
  if (!isObject(annotation) || annotation.type !== 'Annotation') return 'not an object of "type": "Annotation"';
  if (typeof annotation.id !== 'string' || annotation.id === '') return 'no "id"';
  const target = isObject(annotation.target) ? annotation.target : undefined;
  if (!target || typeof target.source !== 'string') return 'no "target" with a "source" page';
  const selectors = Array.isArray(target.selector) ? target.selector : [target.selector];
  const quote = selectors.find((s) => isObject(s) && s.type === 'TextQuoteSelector');
  if (!isObject(quote) || typeof quote.exact !== 'string') return 'no TextQuoteSelector with an "exact" text';
  const position = selectors.find((s) => isObject(s) && s.type === 'TextPositionSelector');
  const exact = quote.exact;
  const start = isObject(position) && typeof position.start === 'number' ? position.start : 0;
  const bodies = (Array.isArray(annotation.body) ? annotation.body : annotation.body === undefined ? [] : [annotation.body]).filter(isObject);
  const bodyValues = (purpose: string): unknown[] => bodies.filter((body) => body.purpose === purpose).map((body) => body.value);
  const notes = bodyValues('commenting');
  const own = isObject(annotation.policyLens) ? annotation.policyLens : {};
  const time = isoTime(annotation.created) ?? now.toISOString();
  return {
    id: annotation.id.startsWith(ITEM_ID_PREFIX) ? annotation.id.slice(ITEM_ID_PREFIX.length) : annotation.id,
    url: target.source,
    title: own.title ?? target.source,
    kind: own.kind ?? 'highlight',
    ...(own.subtype === undefined ? {} : { subtype: own.subtype }),
    ...(own.pageItemId === undefined ? {} : { pageItemId: own.pageItemId }),
    text: own.text ?? exact,
    fields: own.fields ?? {},
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
      position: { type: 'TextPositionSelector', start, end: start + (typeof exact === 'string' ? exact.length : 0) },
      ...(isObject(position) ? { codePoints: { start: position.start, end: position.end } } : {}),
    },
    note: notes.length <= 1 ? (notes[0] ?? '') : notes.join('\n'),
    tags: bodyValues('tagging'),
    createdAt: time,
    updatedAt: isoTime(annotation.modified) ?? time,
  };
}

/** A time another tool wrote (any form `Date` reads, offsets included) in the form items are stored with. */
function isoTime(value: unknown): string | undefined {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return undefined;
  return new Date(value).toISOString();
}
