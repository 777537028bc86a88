/** The scorer's matching and attribute rules, on a sentence of the county speech (004, traditional). */
import { describe, expect, it } from 'vitest';
import type { CommitmentItem, IndicatorItem } from '../../src/extractor/types';
import { namesAgree, valueAgrees } from '../../src/evaluation/attributes';
import type { GoldItem } from '../../src/evaluation/gold';
import { commitmentCovered, isFound, matches, standIn } from '../../src/evaluation/match';
import { rates, scoreDocument } from '../../src/evaluation/score';

const TEXT = '以縣上確定的22個重點建設項目和76個上爭外引項目為基礎,確保此項工作今年有大的突破。';
const at = (s: string): { start: number; end: number } => {
  const start = TEXT.indexOf(s);
  return { start, end: start + s.length };
};

/** A predicted indicator on `span`, its value on `value` (both substrings of TEXT). */
function indicator(span: string, value: string, extra: Partial<IndicatorItem> = {}): IndicatorItem {
  const { start, end } = at(span);
  const v = at(value);
  return { kind: 'indicator', start, end, text: span, subtype: 'count', status: 'actual', value: null, valueText: value, valueStart: v.start, valueEnd: v.end, ...extra };
}

function commitment(text: string, extra: Partial<CommitmentItem> = {}): CommitmentItem {
  return { kind: 'commitment', ...at(text), text, subtype: 'pledge', indicators: [], ...extra };
}

const gold22: GoldItem = { kind: 'indicator', ...at('22個'), subtype: 'count', status: 'actual', metric: '重點建設項目' };
const gold76: GoldItem = { kind: 'indicator', ...at('76個'), subtype: 'count', status: 'actual', metric: '上爭外引項目' };
const goldPledge: GoldItem = { kind: 'commitment', ...at('確保此項工作今年有大的突破。'), subtype: 'target', deadline: '今年' };

describe('matching', () => {
  it('finds an indicator by any overlap with the gold value', () => {
    expect(matches('indicator', at('2個重點'), gold22)).toBe(true);
    expect(matches('indicator', at('重點建設項目'), gold22)).toBe(false);
  });

  it('matches a commitment lying mostly inside the gold sentence and covering a quarter of it', () => {
    expect(matches('commitment', at('確保此項工作今年'), goldPledge)).toBe(true);
    expect(matches('commitment', at('確保此'), goldPledge)).toBe(false); // under a quarter of the sentence
    expect(matches('commitment', { start: 0, end: TEXT.length }, goldPledge)).toBe(false); // mostly outside it
  });

  it('finds a gold sentence read as clauses too short to match alone', () => {
    const clauses = [at('確保此'), at('項工作'), at('今年有')];
    expect(clauses.some((c) => matches('commitment', c, goldPledge))).toBe(false);
    expect(commitmentCovered(clauses, goldPledge)).toBe(true);
    expect(isFound('commitment', clauses, goldPledge)).toBe(true);
  });

  it('compares attributes on the overlapping prediction with the largest overlap, the first on ties', () => {
    const small = indicator('2個', '2個');
    const whole = indicator('22個重點建設項目', '22個');
    expect(standIn('indicator', [small, whole], gold22)).toBe(whole);
    expect(standIn('indicator', [whole, indicator('22個重點', '22個')], gold22)).toBe(whole);
  });
});

describe('attributes', () => {
  it('disagrees on a number read in part, unless another prediction reads it whole', () => {
    const part = indicator('2個', '2個');
    expect(valueAgrees(TEXT, gold22, [part])).toBe(false);
    expect(valueAgrees(TEXT, gold22, [part, indicator('22個', '22個')])).toBe(true);
  });

  it('agrees when the gold value lies in a prediction outside its value', () => {
    expect(valueAgrees(TEXT, gold22, [indicator('22個重點', '重點')])).toBe(true);
  });

  it('compares names across scripts, punctuation and containment', () => {
    expect(namesAgree('重點建設項目', '重点建设项目')).toBe(true);
    expect(namesAgree('“十一五”期間', '十一五期间')).toBe(true);
    expect(namesAgree('今年', '今年年底前')).toBe(true);
    expect(namesAgree('重點建設項目', '上爭外引項目')).toBe(false);
    expect(namesAgree('重點建設項目', undefined)).toBe(false);
    expect(namesAgree('重點建設項目', '“”')).toBe(false);
  });
});

describe('scoreDocument', () => {
  const gold = [gold22, gold76, goldPledge];

  it('counts found gold items, right predictions and each attribute', () => {
    const items = [
      indicator('22個重點建設項目', '22個', { metric: '重点建设项目' }),
      indicator('76個', '76個', { status: 'target' }),
      indicator('此項', '此項'), // a false alarm
      commitment('確保此項工作今年有大的突破', { deadline: '今年' }),
    ];
    const score = scoreDocument('004', TEXT, gold, items);
    expect(score.counts.indicator).toEqual({ gold: 2, found: 2, predicted: 3, right: 2 });
    expect(score.counts.commitment).toEqual({ gold: 1, found: 1, predicted: 1, right: 1 });
    expect(score.agreement).toEqual({
      status: { compared: 2, agreed: 1 },
      value: { compared: 2, agreed: 2 },
      metric: { compared: 2, agreed: 1 },
      deadline: { compared: 1, agreed: 1 },
    });
    expect(score.findings.map((f) => `${f.type} ${f.start}`)).toEqual([
      `status ${gold76.start}`,
      `metric ${gold76.start}`,
      `false ${at('此項').start}`,
    ]);
    expect(rates(score.counts.indicator)).toEqual({ precision: 2 / 3, recall: 1, f1: 0.8 });
  });

  it('lists every gold item as missed when nothing is found', () => {
    const score = scoreDocument('004', TEXT, gold, []);
    expect(score.findings.map((f) => f.type)).toEqual(['miss', 'miss', 'miss']);
    expect(rates(score.counts.commitment)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
