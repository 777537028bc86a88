/**
 * Reading W3C Web Annotation data (https://www.w3.org/TR/annotation-model/)
 * for `policy-lens anchor`: an AnnotationCollection whose pages are embedded
 * (`first`, then each page's `next`), a single AnnotationPage, a plain array
 * of annotations or one annotation. Only what anchoring needs is taken: each
 * annotation's id and the TextQuoteSelector and TextPositionSelector of its
 * first target that has a quote.
 */
import { isObject } from '../shared/is-object';

/** What anchoring needs of one annotation. */
export interface AnnotationToAnchor {
  /** The annotation's `id` as written. */
  id: string;
  /** Its quote, absent when no target has a TextQuoteSelector (it cannot be placed then). */
  quote?: { exact: string; prefix: string; suffix: string };
  /** Its TextPositionSelector, in code points as the model counts them; absent when none goes with the quote. */
  position?: { start: number; end: number };
}

/** Annotation data that does not follow the model; the message says where and how. */
export class AnnotationFormatError extends Error {
  override name = 'AnnotationFormatError';
}

/** The annotations of a parsed JSON document, in order. Throws an `AnnotationFormatError` for anything else. */
export function readAnnotations(json: unknown): AnnotationToAnchor[] {
  return annotationsOf(json, '$').map(([annotation, path]) => readAnnotation(annotation, path));
}

/** The annotation objects of a document, each with its path for messages. */
function annotationsOf(json: unknown, path: string): [unknown, string][] {
  if (Array.isArray(json)) return json.map((annotation, index) => [annotation, `${path}[${index}]`]);
  if (!isObject(json)) throw new AnnotationFormatError(`${path}: expected an annotation collection, page, list or annotation`);
  if (hasType(json, 'AnnotationCollection')) {
    if (json.first === undefined) return [];
    return pagesFrom(json.first, `${path}.first`);
  }
  if (hasType(json, 'AnnotationPage')) return pagesFrom(json, path);
  if (hasType(json, 'Annotation')) return [[json, path]];
  throw new AnnotationFormatError(`${path}: expected type AnnotationCollection, AnnotationPage or Annotation`);
}

/** The annotations of a page and of the pages embedded after it through `next`. */
function pagesFrom(first: unknown, firstPath: string): [unknown, string][] {
  const annotations: [unknown, string][] = [];
  let page = first;
  let path = firstPath;
  while (page !== undefined) {
    if (typeof page === 'string') {
      throw new AnnotationFormatError(`${path}: the page is only a link (${page}); embed the page's annotations in the file`);
    }
    if (!isObject(page) || !Array.isArray(page.items)) {
      throw new AnnotationFormatError(`${path}: expected an AnnotationPage with an items list`);
    }
    annotations.push(...page.items.map((item, index): [unknown, string] => [item, `${path}.items[${index}]`]));
    page = page.next;
    path = `${path}.next`;
  }
  return annotations;
}

function readAnnotation(annotation: unknown, path: string): AnnotationToAnchor {
  if (!isObject(annotation)) throw new AnnotationFormatError(`${path}: expected an annotation object`);
  const id = annotation.id;
  if (typeof id !== 'string' || id === '') throw new AnnotationFormatError(`${path}.id: expected the annotation's id`);
  const targets = Array.isArray(annotation.target) ? annotation.target : [annotation.target];
  for (const [index, target] of targets.entries()) {
    const targetPath = Array.isArray(annotation.target) ? `${path}.target[${index}]` : `${path}.target`;
    const found = selectorsOf(target, targetPath);
    if (found.quote) return { id, ...found };
  }
  return { id };
}

/** The quote and position selectors of one target (a link without selectors has neither). */
function selectorsOf(target: unknown, path: string): Omit<AnnotationToAnchor, 'id'> {
  if (!isObject(target) || target.selector === undefined) return {};
  const selectors = Array.isArray(target.selector) ? target.selector : [target.selector];
  const found: Omit<AnnotationToAnchor, 'id'> = {};
  for (const [index, selector] of selectors.entries()) {
    const at = Array.isArray(target.selector) ? `${path}.selector[${index}]` : `${path}.selector`;
    if (!isObject(selector)) throw new AnnotationFormatError(`${at}: expected a selector object`);
    if (hasType(selector, 'TextQuoteSelector') && !found.quote) found.quote = quoteOf(selector, at);
    if (hasType(selector, 'TextPositionSelector') && !found.position) found.position = positionOf(selector, at);
  }
  return found;
}

function quoteOf(selector: Record<string, unknown>, path: string): NonNullable<AnnotationToAnchor['quote']> {
  const exact = selector.exact;
  if (typeof exact !== 'string' || exact === '') throw new AnnotationFormatError(`${path}.exact: expected the quoted text`);
  return { exact, prefix: optionalText(selector.prefix, `${path}.prefix`), suffix: optionalText(selector.suffix, `${path}.suffix`) };
}

function positionOf(selector: Record<string, unknown>, path: string): NonNullable<AnnotationToAnchor['position']> {
  const { start, end } = selector;
  if (!isOffset(start)) throw new AnnotationFormatError(`${path}.start: expected a whole number of at least 0`);
  if (!isOffset(end) || end < start) throw new AnnotationFormatError(`${path}.end: expected a whole number not below start`);
  return { start, end };
}

function optionalText(value: unknown, path: string): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') throw new AnnotationFormatError(`${path}: expected text`);
  return value;
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Whether a resource has this `type`, written alone or in a list as JSON-LD allows. */
function hasType(resource: Record<string, unknown>, type: string): boolean {
  return Array.isArray(resource.type) ? resource.type.includes(type) : resource.type === type;
}
