import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extractor';
import type { IndicatorItem } from '../../src/extractor/types';
import type { SavedItem } from '../../src/shared/messages';
import { CSV_COLUMNS, UTF8_BOM, itemsToCsv, toCsv } from '../../src/shared/export/csv';
import { exportFile } from '../../src/shared/export';
import { readJsonExport, toJsonExport } from '../../src/shared/export/json';
import {
  COUNTY_PAGE,
  PARKS_PAGE,
  SAFETY_PAGE,
  corpusText,
  dashHighlight,
  projectTarget,
  reformPledge,
  taxIndicator,
} from './corpus-fixtures';

/** Stored versions of the corpus samples, saved one second apart. */
function savedSamples(): SavedItem[] {
  return [taxIndicator(), reformPledge(), projectTarget(), dashHighlight()].map((item, i) => {
    const time = `2026-11-23T08:00:0${i}.000Z`;
    return { ...item, id: `item-${i + 1}`, createdAt: time, updatedAt: time };
  });
}

/**
 * A strict RFC 4180 reader for checking what was written: fields separated by
 * commas, records ended by CRLF, quoted fields with doubled quotes inside.
 */
function parseCsv(content: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < content.length) {
    let field = '';
    if (content[i] === '"') {
      i++;
      for (;;) {
        if (i >= content.length) throw new Error('unterminated quoted field');
        if (content[i] === '"') {
          if (content[i + 1] !== '"') break;
          i++;
        }
        field += content[i++];
      }
      i++;
    } else {
      while (i < content.length && !/[,\r\n"]/.test(content[i]!)) field += content[i++];
      if (content[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
    }
    record.push(field);
    if (content[i] === ',') {
      i++;
    } else if (content.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else {
      throw new Error(`expected a comma or CRLF at ${i}, got ${JSON.stringify(content[i])}`);
    }
  }
  if (record.length > 0) throw new Error('last record not ended by CRLF');
  return records;
}

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

  it('writes one row per item with its fields, page and time', () => {
    const rows = csvRows(toCsv(savedSamples()));
    expect(rows).toEqual([
      csvRow({
        kind: 'indicator',
        subtype: 'amount',
        metric: '纳税',
        value: '2523',
        unit: '万元',
        change: '同比增长58.9%',
        period: '截至九月份',
        text: '纳税2523万元,超过去年全年的总额,同比增长58.9%',
        'page title': SAFETY_PAGE.title,
        URL: SAFETY_PAGE.url,
        'saved at': '2026-11-23T08:00:00.000Z',
      }),
      csvRow({
        kind: 'commitment',
        subtype: 'pledge',
        text: '一是继续集中力量攻坚,确保"大而盈"、"大而难"企业改制任务顺利完成。',
        'page title': SAFETY_PAGE.title,
        URL: SAFETY_PAGE.url,
        'saved at': '2026-11-23T08:00:01.000Z',
      }),
      csvRow({
        kind: 'commitment',
        subtype: 'target',
        value: '3',
        unit: '个',
        deadline: '今明两年',
        text: projectTarget().text,
        'page title': PARKS_PAGE.title,
        URL: PARKS_PAGE.url,
        'saved at': '2026-11-23T08:00:02.000Z',
      }),
      csvRow({
        kind: 'highlight',
        text: "'- 上一篇:高校網絡德育工作論文",
        'page title': COUNTY_PAGE.title,
        URL: COUNTY_PAGE.url,
        'saved at': '2026-11-23T08:00:03.000Z',
      }),
    ]);
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
    expect(rows[0]!.text).toBe('各位领导、同志们:\r\n大家好!');
  });

  it.each([
    ['=', '=HYPERLINK("http://127.0.0.1/","年度报告")'],
    ['+', '+86 0539 市安监局'],
    ['-', '- 下一篇:小城鎮建設座談會匯報講話'],
    ['@', '@SUM(1+1)*cmd|安全生产'],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
  ])('neutralises a cell starting with %s by a leading apostrophe', (_, title) => {
    const [item] = savedSamples();
    const rows = csvRows(toCsv([{ ...item!, title, fields: { ...item!.fields, metric: title } }]));
    expect(rows[0]!['page title']).toBe(`'${title}`);
    expect(rows[0]!.metric).toBe(`'${title}`);
  });

  it('leaves a cell alone when the formula character is not at its start', () => {
    const [item] = savedSamples();
    const rows = csvRows(toCsv([{ ...item!, title: '增长率=12.4%' }]));
    expect(rows[0]!['page title']).toBe('增长率=12.4%');
  });

  it('writes only the header when nothing is saved', () => {
    expect(toCsv([])).toBe(`${UTF8_BOM}${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('CSV of freshly extracted items', () => {
  it('fills the item columns and leaves the page columns empty', () => {
    const item: IndicatorItem = {
      kind: 'indicator',
      start: 0,
      end: 12,
      text: '地区生产总值320.31亿元',
      subtype: 'amount',
      status: 'actual',
      metric: '地区生产总值',
      value: 320.31,
      valueText: '320.31亿元',
      valueStart: 6,
      valueEnd: 15,
      unit: '亿元',
      change: { direction: 'up', amount: 12.4, unit: '%', text: '增长12.4%' },
    };
    expect(csvRows(itemsToCsv([item]))).toEqual([
      csvRow({
        kind: 'indicator',
        subtype: 'amount',
        metric: '地区生产总值',
        value: '320.31',
        unit: '亿元',
        change: '增长12.4%',
        text: '地区生产总值320.31亿元',
      }),
    ]);
  });

  it('writes one readable row per item the extractor finds in a corpus report', () => {
    const items = extract(corpusText('003_4ef620bd1e3cb09d.txt'));
    const rows = csvRows(itemsToCsv(items));
    expect(items.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(items.length);
    rows.forEach((row, i) => {
      expect(row.kind).toBe(items[i]!.kind);
      expect(row.text.replace(/^'/, '')).toBe(items[i]!.text);
    });
  });
});

describe('JSON export', () => {
  it('wraps the items in a versioned envelope', () => {
    const content = toJsonExport(savedSamples(), new Date('2026-11-23T09:30:00Z'));
    expect(JSON.parse(content)).toEqual({
      format: 'policy-lens',
      version: 1,
      exportedAt: '2026-11-23T09:30:00.000Z',
      items: savedSamples(),
    });
  });

  it('reads back exactly the items it wrote', () => {
    const items = savedSamples();
    expect(readJsonExport(toJsonExport(items, new Date()))).toEqual({ ok: true, value: items });
  });

  it.each([
    ['{', 'not a JSON file'],
    ['[]', 'not a Policy Lens export'],
    ['{"format":"zotero","version":1,"items":[]}', 'not a Policy Lens export'],
    ['{"format":"policy-lens","version":2,"items":[]}', 'unsupported export version 2 (this version reads 1)'],
    ['{"format":"policy-lens","items":[]}', 'unsupported export version none'],
    ['{"format":"policy-lens","version":1}', 'items: expected an array, got undefined'],
    ['{"format":"policy-lens","version":1,"items":[{"id":"a"}]}', 'items[0].url: missing'],
  ])('rejects %s with a clear message', (content, error) => {
    const result = readJsonExport(content);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(error);
  });

  it('rejects an item whose times are not ISO 8601', () => {
    const [item] = savedSamples();
    const content = JSON.stringify({ format: 'policy-lens', version: 1, items: [{ ...item, createdAt: '昨天' }] });
    expect(readJsonExport(content)).toEqual({
      ok: false,
      error: 'items[0].createdAt: expected an ISO 8601 time, got "昨天"',
    });
  });
});

describe('export files', () => {
  const noon = new Date(2026, 10, 23, 12, 0, 0);

  it('names a CSV file by the local date and types it as UTF-8 CSV', () => {
    const file = exportFile(savedSamples(), 'csv', noon);
    expect(file).toEqual({
      filename: 'policy-lens-2026-11-23.csv',
      mimeType: 'text/csv;charset=utf-8',
      content: toCsv(savedSamples()),
    });
  });

  it('makes a JSON file stamped with the export time', () => {
    const file = exportFile(savedSamples(), 'json', noon);
    expect(file.filename).toBe('policy-lens-2026-11-23.json');
    expect(file.mimeType).toBe('application/json');
    expect(readJsonExport(file.content)).toEqual({ ok: true, value: savedSamples() });
    expect(JSON.parse(file.content).exportedAt).toBe(noon.toISOString());
  });
});
