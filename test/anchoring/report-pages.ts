/**
 * Real report text to anchor in, and ways to edit it: the industrial zone
 * speech kept in the repository for the demo, and two paragraphs of a
 * work-safety conference report that both say 增长19%.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AnchorTarget } from '../../src/anchoring/types';
import { createSelectors } from '../../src/shared/selectors';

/** The industrial zone speech (corpus document 003), one paragraph a line. */
export function industrialZoneSpeech(): string {
  return readFileSync(resolve(process.cwd(), 'src/demo/pages/industrial-zone-economy.txt'), 'utf8');
}

/** Two paragraphs of corpus document 000 with the same figure, 增长19%, in different sentences. */
export const TWO_GROWTH_FIGURES = [
  '今年,技术收入在去年增长的同时,继续保持良好的发展势头,与去年同期相比收入增长19%。',
  '今年全市工业与科技工作主要奋斗目标是:1、规模以上工业增加值确保增长19%,力争接近和达到全省平均水平,工业在GDP中占比提高1.5-2个百分点;',
].join('\n');

/** A commitment of the speech: a whole sentence. */
export const PLEDGE = '二是要抓好项目储备,高度关注在谈项目,提早介入对接,加强前期服务,努力做到尽早签约、尽快落地开工。';
/** A short indicator of the speech, in the energy-saving sentence. */
export const FIRM_COUNT = '53家';
/** Another short indicator of the speech, in an earlier paragraph. */
export const LEADING_FIRMS = '45家';
/** A change of the speech, at the end of a commitment. */
export const ENERGY_DROP = '下降4.2%';

/** The saved selectors of the `occurrence`-th (from 0) `snippet` in `text`, as the extension saves them. */
export function savedTarget(text: string, snippet: string, occurrence = 0): AnchorTarget {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(snippet, start + 1);
    if (start === -1) throw new Error(`snippet not found: ${snippet}`);
  }
  const { quote } = createSelectors(text, start, start + snippet.length);
  return { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, position: { start, end: start + snippet.length } };
}

/** Where `snippet` is in `text` (its `occurrence`-th time), as a span. */
export function spanOf(text: string, snippet: string, occurrence = 0): { start: number; end: number } {
  const { start, end } = savedTarget(text, snippet, occurrence).position!;
  return { start, end };
}

/** The lines of `text` with line `index` moved to the front. */
export function moveLineFirst(text: string, index: number): string {
  const lines = text.split('\n');
  const [moved] = lines.splice(index, 1);
  return [moved, ...lines].join('\n');
}

/** The line of `text` holding `snippet`. */
export function lineIndexOf(text: string, snippet: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(snippet));
  if (index === -1) throw new Error(`snippet not found: ${snippet}`);
  return index;
}
