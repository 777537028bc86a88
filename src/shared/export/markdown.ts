/**
 * Markdown export, ready to paste into a report: one section per page (its
 * title linked to its address), each item with its fields, quote and note.
 */
import { byPage, changeText, rangeText, sentenceText, targetsOf, type ExportItem } from './export-item';

/** The items as a Markdown document, grouped by page in order of each page's first item. */
export function toMarkdown(items: readonly ExportItem[]): string {
  const pages = byPage(items);
  const sections = pages.map((page) => {
    const heading = page.url ? `[${inline(page.title || page.url)}](${linkTarget(page.url)})` : inline(page.title);
    const source = page.file === undefined ? '' : `\n\nFile: ${inline(page.file)}`;
    return `## ${heading}${source}\n\n${page.items.map(itemBlock).join('\n\n')}`;
  });
  const count = `${items.length} ${items.length === 1 ? 'item' : 'items'} from ${pages.length} ${pages.length === 1 ? 'page' : 'pages'}`;
  return `# Policy Lens: ${count}\n\n${sections.join('\n\n')}\n`;
}

/** One item: a list entry naming it, its fields, its quote and sentence as block quotes, its note and tags. */
function itemBlock(item: ExportItem): string {
  const kind = [item.kind, item.subtype, item.fields.status].filter(Boolean).join(', ');
  const lines = [`- **${inline(item.fields.metric ?? item.fields.marker ?? item.fields.valueText ?? item.kind)}** (${kind})`];
  const fields = fieldList(item);
  if (fields) lines.push(`  ${fields}`);
  lines.push(`  > ${inline(item.text)}`);
  const sentence = sentenceText(item);
  if (sentence && sentence !== item.text) lines.push('  >', `  > ${inline(sentence)}`);
  if (item.note) lines.push(`  Note: ${inline(item.note)}`);
  if (item.tags.length > 0) lines.push(`  Tags: ${item.tags.map(inline).join(', ')}`);
  return lines.join('\n');
}

/** The item's fields on one line: `Value: 2523万元 · Change: 同比增长58.9%`, `Value: 2至3% · Range: 2–3%`. */
function fieldList(item: ExportItem): string {
  const { fields } = item;
  const targets = targetsOf(item);
  const entries: [string, string | undefined][] = [
    ['Metric', fields.metric],
    ['Value', item.kind === 'indicator' ? fields.valueText : undefined],
    // A commitment shows its targets as written instead (三至五个), several of them perhaps.
    ['Range', item.kind === 'indicator' ? rangeText(item) : undefined],
    ['Change', changeText(item)],
    ['Period', fields.period],
    ['Marker', fields.marker],
    ['Deadline', fields.deadline],
    [targets.length === 1 ? 'Target' : 'Targets', targets.join(' · ') || undefined],
  ];
  return entries
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([label, value]) => `${label}: ${inline(value)}`)
    .join(' · ');
}

/**
 * Page text as Markdown text on one line: line breaks become spaces and every
 * character Markdown or HTML would read as markup is escaped, a list or
 * heading mark at its start included.
 */
export function inline(text: string): string {
  return text
    .replace(/\r\n|[\r\n]/g, ' ')
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/^[-+#>]/, (c) => `\\${c}`);
}

/** A URL as a link target: spaces and parentheses encoded so the link does not end early. */
function linkTarget(url: string): string {
  return `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
}
