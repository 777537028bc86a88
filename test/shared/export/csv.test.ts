import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, UTF8_BOM, toCsv } from '../../../src/shared/export/csv';
import { localTime } from '../../../src/shared/export/export-item';
import { COUNTY_PAGE, PARKS_PAGE, SAFETY_PAGE, corpusText, projectTarget, shareRange } from '../corpus-fixtures';
import { parseCsv } from './csv-reader';
import { savedSamples } from './samples';

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/** The CSV rows after the header, as column → cell objects. */
function csvRows(content: string): CsvRow[] {
  expect(content.startsWith(UTF8_BOM)).toBe(true);
  const [header, ...rows] = parseCsv(content.slice(UTF8_BOM.length));
  expect(header).toEqual([...CSV_COLUMNS]);
  return rows.map((row) => Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, row[i]!])) as CsvRow);
}

/** An expected row: these cells, and every other cell empty. */
function csvRow(cells: Partial<CsvRow>): CsvRow {
  return { ...(Object.fromEntries(CSV_COLUMNS.map((column) => [column, ''])) as CsvRow), ...cells };
}

describe('CSV of saved items', () => {
  it('starts with the UTF-8 byte order mark and the header, and ends every row with CRLF', () => {
    const csv = toCsv(savedSamples());
    expect(csv.slice(0, 12)).toBe('\uFEFFkind,subtyp');
    expect(csv.split('\r\n')).toHaveLength(6);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('writes one row per item with its fields, quote, sentence, note, tags, page and local save time', () => {
    const [tax, pledge, project, dash] = savedSamples();
    expect(csvRows(toCsv(savedSamples()))).toEqual([
      csvRow({
        kind: 'indicator',
        subtype: 'amount',
        status: 'actual',
        metric: '纳税',
        value: '2523',
        unit: '万元',
        scale: '10000',
        change: '增长58.9%',
        basis: '同比',
        period: '截至九月份',
        quote: '纳税2523万元,超过去年全年的总额,同比增长58.9%',
        sentence: tax!.fields.sentence,
        'page title': SAFETY_PAGE.title,
        URL: SAFETY_PAGE.url,
        'saved at': localTime('2026-11-23T08:00:00.000Z'),
      }),
      csvRow({
        kind: 'commitment',
        subtype: 'pledge',
        marker: '确保',
        quote: pledge!.text,
        sentence: pledge!.text,
        'page title': SAFETY_PAGE.title,
        URL: SAFETY_PAGE.url,
        'saved at': localTime('2026-11-23T08:00:01.000Z'),
      }),
      csvRow({
        kind: 'commitment',
        subtype: 'target',
        value: '3',
        'value high': '5',
        unit: '个',
        marker: '力争',
        deadline: '今明两年',
        targets: '三至五个',
        quote: project!.text,
        sentence: project!.text,
        'page title': PARKS_PAGE.title,
        URL: PARKS_PAGE.url,
        'saved at': localTime('2026-11-23T08:00:02.000Z'),
      }),
      csvRow({
        kind: 'highlight',
        quote: "'- 上一篇:高校網絡德育工作論文",
        note: '导航链接,非正文',
        tags: '导航',
        'page title': COUNTY_PAGE.title,
        URL: COUNTY_PAGE.url,
        'saved at': localTime(dash!.createdAt),
      }),
    ]);
  });

  it('keeps the indicator’s sentence from the page text, the basis written once', () => {
    const [tax] = savedSamples();
    expect(tax!.fields.sentence).toBe(
      '公司纳税2523万元,超过去年全年的总额,同比增长58.9%,居全县第12位,民营企业第4位,同行业高居第一位,是全县纳税千万元以上企业中增幅最高的。',
    );
    expect(toCsv([tax!])).not.toContain('同比同比');
  });

  it('lists every target of a commitment', () => {
    const project = projectTarget();
    const item = { ...savedSamples()[2]!, fields: { ...project.fields, targets: ['5000亿元', '8%', '100家'] } };
    expect(csvRows(toCsv([item]))[0]!.targets).toBe('5000亿元 · 8% · 100家');
  });

  it('gives the save time as local time with its offset', () => {
    expect(localTime('2026-11-23T08:00:01.000Z', 480)).toBe('2026-11-23 16:00:01 +08:00');
    expect(localTime('2026-11-23T02:30:00.000Z', -300)).toBe('2026-11-22 21:30:00 -05:00');
    expect(localTime('2026-11-23T08:00:01.000Z', 0)).toBe('2026-11-23 08:00:01 +00:00');
    expect(localTime('2026-11-23T08:00:01.000Z', 345)).toBe('2026-11-23 13:45:01 +05:45');
  });

  it('quotes cells with commas and doubles the quotes inside, as RFC 4180 asks', () => {
    const csv = toCsv(savedSamples());
    expect(csv).toContain(',"纳税2523万元,超过去年全年的总额,同比增长58.9%",');
    expect(csv).toContain(',"一是继续集中力量攻坚,确保""大而盈""、""大而难""企业改制任务顺利完成。",');
  });

  it('keeps a line break inside a hand-picked passage within its quoted cell', () => {
    const lines = corpusText('000_575128201b72bb82.txt').split('\n');
    const passage = `${lines[2]}\r\n${lines[3]}`;
    const [item] = savedSamples().slice(3);
    const rows = csvRows(toCsv([{ ...item!, text: passage }]));
    expect(rows[0]!.quote).toBe('各位领导、同志们:\r\n大家好!');
  });

  it.each([
    ['=', '=HYPERLINK("http://127.0.0.1/","年度报告")'],
    ['+', '+86 0539 市安监局'],
    ['-', '- 下一篇:小城鎮建設座談會匯報講話'],
    ['@', '@SUM(1+1)*cmd|安全生产'],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
    ['full-width =', '＝HYPERLINK("http://127.0.0.1/","年度報告")'],
    ['full-width +', '＋86 0539 市安監局'],
    ['full-width -', '－ 下一篇:小城鎮建設座談會匯報講話'],
    ['full-width @', '＠SUM(1+1)'],
  ])('neutralises a text cell starting with %s by a leading apostrophe', (_, text) => {
    const [item] = savedSamples();
    const rows = csvRows(toCsv([{ ...item!, title: text, note: text, tags: [text], fields: { ...item!.fields, metric: text } }]));
    for (const column of ['page title', 'metric', 'note', 'tags'] as const) expect(rows[0]![column]).toBe(`'${text}`);
  });

  it('keeps numbers as numbers, negative ones included', () => {
    const [item] = savedSamples();
    const fall = { ...item!, fields: { ...item!.fields, value: -3.5, unit: '%' } };
    const row = csvRows(toCsv([fall]))[0]!;
    expect(row.value).toBe('-3.5');
    expect(row.scale).toBe('');
  });

  it('gives a range its low end under value and its high end under value high', () => {
    const row = csvRows(toCsv([shareRange()]))[0]!;
    expect(row).toMatchObject({ value: '1.5', 'value high': '2', unit: '个百分点', status: 'target' });
    expect(csvRows(toCsv(savedSamples()))[0]!['value high']).toBe('');
  });

  it('leaves a cell alone when the formula character is not at its start', () => {
    const [item] = savedSamples();
    expect(csvRows(toCsv([{ ...item!, title: '增长率=12.4%' }]))[0]!['page title']).toBe('增长率=12.4%');
  });

  it('writes only the header when nothing is saved', () => {
    expect(toCsv([])).toBe(`${UTF8_BOM}${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('adds a file column in front when asked', () => {
    const [item] = savedSamples();
    const [header, row] = parseCsv(toCsv([{ ...item!, file: 'reports/000.txt' }], { fileColumn: true }).slice(1));
    expect(header![0]).toBe('file');
    expect(row![0]).toBe('reports/000.txt');
    expect(row![1]).toBe('indicator');
  });
});
