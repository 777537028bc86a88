/** The learned sentence scorer of `npm run score:lodo`: its candidates, its features and its training. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommitmentItem } from '../../src/extractor';
import { readEvalSet } from '../../src/evaluation/corpus';
import { candidateDocument, MOOD_BUCKETS, type CandidateDocument } from '../../src/evaluation/mood/candidates';
import { sentenceFeatures, type SentenceFacts } from '../../src/evaluation/mood/features';
import { formatLodo, type LodoRow } from '../../src/evaluation/mood/lodo';
import { decide, fit, reviewedItems, score, trainReviewer } from '../../src/evaluation/mood/training';

const documents = readEvalSet(resolve('eval'));

describe('the candidates of a corpus document', () => {
  const d = candidateDocument(documents.find((x) => x.doc.startsWith('003'))!);

  it('are its sentences in text order, the rules\' commitments among them taken', () => {
    const starts = d.candidates.map((c) => c.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const taken = d.candidates.filter((c) => c.taken).map((c) => `${c.start}:${c.end}`);
    const single = d.items.filter((i): i is CommitmentItem => i.kind === 'commitment').map((i) => `${i.start}:${i.end}`);
    expect(taken.length).toBeGreaterThan(0);
    for (const t of taken) expect(single).toContain(t);
  });

  it('are labelled from the gold commitments', () => {
    const gold = d.gold.filter((g) => g.kind === 'commitment');
    const positives = d.candidates.filter((c) => c.label === 1);
    expect(positives.length).toBe(gold.length);
    for (const c of positives) expect(gold.some((g) => g.start <= c.start && g.end >= c.end)).toBe(true);
  });
});

describe('sentence features', () => {
  const facts: SentenceFacts = { outcome: 'rule:speaker-will', taken: true, mood: 'plan', values: 0, change: false, paragraph: { past: 0, total: 1 } };

  it('are buckets of the table, the same every time', () => {
    const a = sentenceFeatures('我们将加快推进园区建设。', facts, MOOD_BUCKETS);
    expect(sentenceFeatures('我们将加快推进园区建设。', facts, MOOD_BUCKETS)).toEqual(a);
    for (const f of [...a.grams, ...a.facts]) expect(f >= 0 && f < MOOD_BUCKETS).toBe(true);
  });

  it('read every digit alike, and weigh the n-grams of taken sentences apart', () => {
    expect(sentenceFeatures('增长8%。', facts, MOOD_BUCKETS).grams).toEqual(sentenceFeatures('增长9%。', facts, MOOD_BUCKETS).grams);
    const other = sentenceFeatures('我们将加快推进园区建设。', { ...facts, taken: false }, MOOD_BUCKETS);
    expect(other.grams).not.toEqual(sentenceFeatures('我们将加快推进园区建设。', facts, MOOD_BUCKETS).grams);
  });
});

/**
 * A made-up document whose rules take every sentence: pledges (我们将…),
 * which the gold bears out, and accounts of past work (去年…完成了…), which
 * it does not.
 */
function madeUp(name: string, from: number): CandidateDocument {
  const sentences = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? `我们将推进第${from + i}项重点工程建设。` : `去年完成了第${from + i}项重点工程建设。`));
  const text = sentences.join('');
  const items: CommitmentItem[] = [];
  const candidates: CandidateDocument['candidates'] = [];
  let at = 0;
  sentences.forEach((s, i) => {
    const span = { start: at, end: at + s.length };
    at += s.length;
    items.push({ kind: 'commitment', ...span, text: s, subtype: 'pledge', rule: 'speaker-will', indicators: [] });
    const facts: SentenceFacts = { outcome: 'rule:speaker-will', taken: true, mood: undefined, values: 0, change: false, paragraph: { past: 6, total: 12 } };
    candidates.push({ ...span, features: sentenceFeatures(s, facts, MOOD_BUCKETS), taken: true, label: i % 2 === 0 ? 1 : 0 });
  });
  const gold = items.filter((_, i) => i % 2 === 0).map(({ start, end }) => ({ kind: 'commitment' as const, start, end, subtype: 'pledge' }));
  return { doc: name, text, candidates, items, gold };
}

describe('training', () => {
  const training = [madeUp('a', 0), madeUp('b', 20), madeUp('c', 40)];

  it('gives the same weights from the same documents', () => {
    const examples = training.flatMap((d) => d.candidates);
    expect(fit(examples).weights).toEqual(fit(examples).weights);
  });

  it('learns to drop what the rules take wrongly, with thresholds chosen on documents left out', () => {
    const reviewer = trainReviewer(training);
    expect(Number.isFinite(reviewer.veto)).toBe(true);
    const unseen = madeUp('d', 60);
    const changes = decide(reviewer, unseen.candidates, unseen.candidates.map((c) => score(reviewer, c.features)));
    expect(changes.dropped.map((c) => c.label)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(changes.added).toEqual([]);
    expect(reviewedItems(unseen, changes).map((i) => i.text)).toEqual(unseen.items.filter((_, i) => i % 2 === 0).map((i) => i.text));
  });

  it('overrules nothing when nothing learnt helps on the documents left out', () => {
    // Every sentence alike: the gold cannot be told from the rules.
    const same = training.map((d) => ({ ...d, candidates: d.candidates.map((c) => ({ ...c, features: d.candidates[0]!.features })) }));
    expect(trainReviewer(same)).toMatchObject({ rescue: Infinity, veto: -Infinity });
  });
});

describe('the leave-one-document-out table', () => {
  it('puts the rules alone beside the rules with the scorer, and sums them', () => {
    const counts = { gold: 10, found: 8, predicted: 10, right: 8 };
    const row: LodoRow = {
      doc: '003_x', title: 'a speech', rules: counts, scored: { ...counts, predicted: 9 },
      reviewer: { rescue: Infinity, veto: -2 }, changes: { dropped: [], added: [] }, rightChanges: { dropped: 0, added: 0 },
    };
    const table = formatLodo([row]).split('\n');
    expect(table[2]).toBe('| 003 a speech | 0.800 | 0.800 | 0.800 | 0.889 | 0.800 | 0.842 | 0 (0) | 0 (0) | never / -2 |');
    expect(table[3]).toMatch(/^\| \*\*all\*\* \| 0\.800 \| 0\.800 \| 0\.800 \| 0\.889 /);
  });
});
