/**
 * Page items built by hand from real report sentences of the corpus
 * (`eval/corpus`), so tests can assert exact values.
 * The page text is a few corpus lines joined as the page text model joins paragraphs.
 */
import type { CommitmentItem, IndicatorItem } from '../../src/extractor/types';
import type { PageItem } from '../../src/shared/messages';
import { toPageItem } from '../../src/shared/page-item';
import { corpusText } from './corpus-fixtures';

/** The lines of a corpus file holding each snippet, in the order given. */
function corpusLinesWith(file: string, snippets: readonly string[]): string[] {
  const lines = corpusText(file).split(/\r?\n/);
  return snippets.map((snippet) => {
    const line = lines.find((candidate) => candidate.includes(snippet));
    if (!line) throw new Error(`corpus snippet not found: ${snippet}`);
    return line;
  });
}

/** Text of the report page the fixtures come from. */
export const PAGE_TEXT = [
  ...corpusLinesWith('000_575128201b72bb82.txt', [
    '全市144家建筑业企业共完成建筑业产值124亿元',
    '公司纳税2523万元',
    '2、工业投入确保完成330亿元',
  ]),
  ...corpusLinesWith('003_4ef620bd1e3cb09d.txt', ['力争这些项目尽早尽快建成投产', '力争在今年实现企业上市零的突破']),
].join('\n');

/** The page the fixtures are on, as the content script reports it. */
export const PAGE = { url: 'http://127.0.0.1:8080/000_575128201b72bb82.html', title: '工业经济工作会议讲话' };

/** The span of `snippet` in the page text, searching from `from`. */
function spanOf(snippet: string, from = 0): { start: number; end: number } {
  const start = PAGE_TEXT.indexOf(snippet, from);
  if (start === -1) throw new Error(`snippet not in the page text: ${snippet}`);
  return { start, end: start + snippet.length };
}

type IndicatorFields = Omit<IndicatorItem, 'kind' | 'start' | 'end' | 'text' | 'valueStart' | 'valueEnd'>;

/** An indicator whose span is `snippet` and whose value is `fields.valueText` inside it. */
function indicator(snippet: string, fields: IndicatorFields): IndicatorItem {
  const { start, end } = spanOf(snippet);
  const valueStart = start + snippet.indexOf(fields.valueText);
  return { kind: 'indicator', start, end, text: snippet, valueStart, valueEnd: valueStart + fields.valueText.length, ...fields };
}

/** A commitment whose span is the sentence `snippet`. */
function commitment(snippet: string, fields: Omit<CommitmentItem, 'kind' | 'start' | 'end' | 'text'>): CommitmentItem {
  return { kind: 'commitment', ...spanOf(snippet), text: snippet, ...fields };
}

const builders = indicator('144家', { subtype: 'count', status: 'actual', value: 144, valueText: '144家', unit: '家' });

const output = indicator('建筑业产值124亿元,同比增长17%', {
  subtype: 'amount',
  status: 'actual',
  metric: '建筑业产值',
  value: 124,
  valueText: '124亿元',
  unit: '亿元',
  change: { direction: 'up', amount: 17, unit: '%', text: '增长17%' },
  basis: '同比',
});

const taxes = indicator('上交税收3.8亿元', {
  subtype: 'amount',
  status: 'actual',
  metric: '上交税收',
  value: 3.8,
  valueText: '3.8亿元',
  unit: '亿元',
});

const companyTax = indicator('纳税2523万元', {
  subtype: 'amount',
  status: 'actual',
  metric: '纳税',
  value: 2523,
  valueText: '2523万元',
  unit: '万元',
});

const countyRank = indicator('第12位', { subtype: 'rank', status: 'actual', value: 12, valueText: '第12位', unit: '位' });

const investmentFloor = indicator('330亿元', {
  subtype: 'amount',
  status: 'target',
  metric: '工业投入',
  value: 330,
  valueText: '330亿元',
  unit: '亿元',
});

const investmentGoal = indicator('370亿元', { subtype: 'amount', status: 'target', value: 370, valueText: '370亿元', unit: '亿元' });

const investmentTarget = commitment(
  '2、工业投入确保完成330亿元,力争370亿元,其中规模以上投入同比增长60%,工业投入占全社会固定资产总投资的60%以上,技术装备投资占工业投入的60%以上;',
  { subtype: 'target', marker: '确保', indicators: [investmentFloor, investmentGoal] },
);

const projectsPledge = commitment(
  '一是要继续抓好年初确定的40只重点工业项目的组织实施,对照目标进度要求,跟踪督促,加强服务,加大投入,力争这些项目尽早尽快建成投产。',
  { subtype: 'pledge', marker: '力争', indicators: [] },
);

const listingTarget = commitment(
  '特别是要高度关注拟在近期上市的两家企业的进展情况,有关部门一定要发挥好职能优势,紧紧抓住目前企业上市遇到的历史性机遇,做好跟踪服务工作,力争在今年实现企业上市零的突破。',
  { subtype: 'target', marker: '力争', deadline: '今年', indicators: [] },
);

const handMade = {
  builders,
  output,
  taxes,
  companyTax,
  countyRank,
  investmentFloor,
  investmentGoal,
  investmentTarget,
  projectsPledge,
  listingTarget,
};

/** The page items of the fixture page, by name. */
export const ITEMS = Object.fromEntries(
  Object.entries(handMade).map(([name, item]) => [name, toPageItem(item, PAGE_TEXT)]),
) as Record<keyof typeof handMade, PageItem>;

/** Every item of the fixture page in text order: 7 indicators (5 amount, 1 count, 1 rank), 3 commitments (2 target, 1 pledge). */
export const PAGE_ITEMS: PageItem[] = Object.values(ITEMS).sort((a, b) => a.start - b.start || b.end - a.end);
