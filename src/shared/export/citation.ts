/**
 * Citations of a quoted item: a line to paste into a text ("copy as
 * citation") and CSL-JSON, which Zotero and other reference managers import.
 */
import { siteOf } from '../../ui/site';
import { localDate, type ExportItem } from './export-item';

/** What a citation names: the quote, its page and when it was read. */
export interface CitationSource {
  /** The quoted text. */
  text: string;
  /** The page's title. */
  title: string;
  /** The page's address. */
  url: string;
  /** When the page was read or the item saved. */
  date: Date;
}

/** A one-line citation: `“quote” Title, site, 2026-11-23. URL`. */
export function citationText(source: CitationSource): string {
  const quote = source.text.replace(/\s+/g, ' ').trim();
  const where = [source.title, siteOf(source.url), localDate(source.date)].filter(Boolean).join(', ');
  return `“${quote}” ${where}. ${source.url}`;
}

/** The citation source of an exported item, dated by its save time (or `now` when it has none). */
export function citationSourceOf(item: ExportItem, now: Date): CitationSource {
  return { text: item.text, title: item.title, url: item.url, date: item.createdAt ? new Date(item.createdAt) : now };
}

/** One CSL-JSON entry: a web page, accessed on the day the item was saved, with the quote in its note. */
export interface CslItem {
  /** The item's id (or its position in the file when it has none). */
  id: string;
  /** Always `webpage`. */
  type: 'webpage';
  /** The page's title. */
  title: string;
  /** The site, as the container of the page. */
  'container-title': string;
  /** The page's address. */
  URL: string;
  /** The day the item was saved. */
  accessed: { 'date-parts': [[number, number, number]] };
  /** The quoted text, with the analyst's note after it when there is one. */
  note: string;
}

/** The items as a CSL-JSON file: one entry per item, so each quote keeps its page. */
export function toCslJson(items: readonly ExportItem[], now: Date): string {
  const entries = items.map((item, index): CslItem => {
    const { date } = citationSourceOf(item, now);
    return {
      id: item.id ?? `item-${index + 1}`,
      type: 'webpage',
      title: item.title,
      'container-title': siteOf(item.url) ?? '',
      URL: item.url,
      accessed: { 'date-parts': [[date.getFullYear(), date.getMonth() + 1, date.getDate()]] },
      note: item.note ? `“${item.text}” ${item.note}` : `“${item.text}”`,
    };
  });
  return JSON.stringify(entries, null, 2) + '\n';
}
