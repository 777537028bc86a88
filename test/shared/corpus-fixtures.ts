/**
 * Saved items built from real report sentences of the corpus (`eval/corpus`), located by their text so the offsets are the real ones.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extract } from '../../src/extractor';
import type { CommitmentItem, IndicatorItem } from '../../src/extractor/types';
import type { NewSavedItem } from '../../src/shared/messages';
import { toPageItem } from '../../src/shared/page-item';
import { newSavedItemFrom } from '../../src/shared/saved-item';
import { createSelectors } from '../../src/shared/selectors';

/**
 * The corpus folder, found from the working directory (the repository root
 * under Vitest): in a jsdom test, Vite would turn a path made with
 * `new URL(..., import.meta.url)` into an asset import and refuse it.
 */
export const CORPUS_DIR = resolve(process.cwd(), 'eval/corpus');

/** The text of a corpus file. */
export function corpusText(file: string): string {
  return readFileSync(resolve(CORPUS_DIR, file), 'utf8');
}

/** The span of `snippet` in `text`; fails loudly when the corpus no longer holds it. */
function spanOf(text: string, snippet: string): { start: number; end: number } {
  const start = text.indexOf(snippet);
  if (start === -1) throw new Error(`corpus snippet not found: ${snippet}`);
  return { start, end: start + snippet.length };
}

const SAFETY_FILE = '000_575128201b72bb82.txt';
const PARKS_FILE = '001_66774ca9e7b2c39c.txt';
const COUNTY_FILE = '004_d509771d086070bc.txt';

/** Page addresses as the demo server gives them: a safety conference speech, */
export const SAFETY_PAGE = { url: 'http://127.0.0.1:8080/000_575128201b72bb82.html', title: '安全大会表态发言稿' };
/** an industrial parks meeting speech, */
export const PARKS_PAGE = { url: 'http://127.0.0.1:8080/001_66774ca9e7b2c39c.html', title: '工业园区工作会议讲话' };
/** and a county leader's speech on industry (traditional characters). */
export const COUNTY_PAGE = { url: 'http://127.0.0.1:8080/004_d509771d086070bc.html', title: '縣領導工業講話' };

/** 公司纳税2523万元 ... 同比增长58.9%: an indicator with metric, unit and change. */
export function taxIndicator(): NewSavedItem {
  const text = corpusText(SAFETY_FILE);
  const snippet = '纳税2523万元,超过去年全年的总额,同比增长58.9%';
  const { start, end } = spanOf(text, snippet);
  const valueStart = start + '纳税'.length;
  const item: IndicatorItem = {
    kind: 'indicator',
    start,
    end,
    text: snippet,
    subtype: 'amount',
    status: 'actual',
    metric: '纳税',
    value: 2523,
    valueText: '2523万元',
    valueStart,
    valueEnd: valueStart + '2523万元'.length,
    unit: '万元',
    change: { direction: 'up', amount: 58.9, unit: '%', text: '增长58.9%' },
    basis: '同比',
    period: '截至九月份',
  };
  return newSavedItemFrom(toPageItem(item, text), SAFETY_PAGE);
}

/** A pledge sentence with ASCII commas and double quotes, as scraped. */
export function reformPledge(): NewSavedItem {
  const text = corpusText(SAFETY_FILE);
  const snippet = '一是继续集中力量攻坚,确保"大而盈"、"大而难"企业改制任务顺利完成。';
  const { start, end } = spanOf(text, snippet);
  const item: CommitmentItem = {
    kind: 'commitment',
    start,
    end,
    text: snippet,
    subtype: 'pledge',
    marker: '确保',
    indicators: [],
  };
  return newSavedItemFrom(toPageItem(item, text), SAFETY_PAGE);
}

/** 工业在GDP中占比…提高1.5-2个百分点: a range, read by the extractor with its low and high end. */
export function shareRange(): NewSavedItem {
  const text = corpusText(SAFETY_FILE);
  const item = extract(text).find((found) => found.kind === 'indicator' && found.valueText === '1.5-2个百分点');
  if (!item) throw new Error('corpus range 1.5-2个百分点 not found');
  return newSavedItemFrom(toPageItem(item, text), SAFETY_PAGE);
}

/** A target sentence with a deadline and a target value inside. */
export function projectTarget(): NewSavedItem {
  const text = corpusText(PARKS_FILE);
  const snippet = '二是德山开发区和有条件的区县(市)要突出抓好大项目的招商,主攻一批大公司、大集团,力争今明两年全市引进成功三至五个象创元铝业这样的大项目。';
  const { start, end } = spanOf(text, snippet);
  const valueText = '三至五个';
  const valueStart = start + snippet.indexOf(valueText);
  const target: IndicatorItem = {
    kind: 'indicator',
    start: valueStart,
    end: valueStart + valueText.length,
    text: valueText,
    subtype: 'count',
    status: 'target',
    value: 3,
    valueHigh: 5,
    valueText,
    valueStart,
    valueEnd: valueStart + valueText.length,
    unit: '个',
  };
  const item: CommitmentItem = {
    kind: 'commitment',
    start,
    end,
    text: snippet,
    subtype: 'target',
    marker: '力争',
    deadline: '今明两年',
    indicators: [target],
  };
  return newSavedItemFrom(toPageItem(item, text), PARKS_PAGE);
}

/** A passage picked by hand that starts with "-": a spreadsheet would read it as a formula. */
export function dashHighlight(): NewSavedItem {
  const text = corpusText(COUNTY_FILE);
  const snippet = '- 上一篇:高校網絡德育工作論文';
  const { start, end } = spanOf(text, snippet);
  return {
    url: COUNTY_PAGE.url,
    title: COUNTY_PAGE.title,
    kind: 'highlight',
    text: snippet,
    fields: {},
    selectors: createSelectors(text, start, end),
    note: '导航链接,非正文',
    tags: ['导航'],
  };
}
