/**
 * The mood scorer: a logistic regression over hashed sentence features
 * (`features.ts`) that reviews the rules' commitments, rescuing a sentence
 * they set aside when its score is high and dropping one they took when it
 * is low. Trained on labelled candidates (`candidates.ts`), with the two
 * thresholds chosen on scores of documents left out of training
 * (leave-one-document-out inside the training documents).
 *
 * Deterministic: documents in name order, sentences in text order, a
 * fixed-seed shuffle; the same documents give the same model.
 */
import type { CommitmentItem, Item } from '../../extractor';
import { isFound, matches } from '../match';
import { MOOD_BUCKETS, type Candidate, type CandidateDocument } from './candidates';
import type { SentenceFeatures } from './features';

/** Settings of the fit. */
export interface FitSettings {
  /** Passes over the examples. */
  epochs: number;
  /** AdaGrad's step size. */
  learningRate: number;
  /** L2 penalty per step, pulling rare n-grams towards zero. */
  l2: number;
}

/** The settings used: a few gentle passes (more passes or a weaker penalty scored no better). */
export const FIT: FitSettings = { epochs: 5, learningRate: 0.05, l2: 1e-3 };

const SEED = 20261201;

/** A fitted logistic regression. */
export interface Fit {
  /** The weight of each bucket. */
  weights: Float64Array;
  /** The score of a sentence with no feature. */
  bias: number;
}

/** A fit with the thresholds at which it overrules the rules. */
export interface Reviewer extends Fit {
  /** A sentence the rules set aside becomes a commitment when its score (a logit) is above this. */
  rescue: number;
  /** A sentence the rules took is dropped when its score is below this. */
  veto: number;
}

/** What each of `count` n-grams weighs: together they weigh as one feature, however long the sentence. */
const gramWeight = (count: number): number => (count > 0 ? 1 / Math.sqrt(count) : 0);

/** The score (a logit) of a sentence's features. */
export function score(fit: Fit, { grams, facts }: SentenceFeatures): number {
  let sum = 0;
  for (const f of grams) sum += fit.weights[f]!;
  sum *= gramWeight(grams.length);
  for (const f of facts) sum += fit.weights[f]!;
  return sum + fit.bias;
}

/** A small fixed-seed generator (mulberry32), for the order of the examples. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fits a logistic regression (AdaGrad, L2) to the labelled candidates, in the order given, shuffled by a fixed seed each pass. */
export function fit(examples: readonly Candidate[], { epochs, learningRate, l2 }: FitSettings = FIT): Fit {
  const labelled = examples.filter((c) => c.label !== undefined);
  const weights = new Float64Array(MOOD_BUCKETS);
  const squared = new Float64Array(MOOD_BUCKETS).fill(1e-8);
  let bias = 0;
  let biasSquared = 1e-8;
  const next = random(SEED);
  const order = labelled.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { features, label } = labelled[index]!;
      const gradient = 1 / (1 + Math.exp(-score({ weights, bias }, features))) - label!;
      const gram = gramWeight(features.grams.length);
      const step = (f: number, x: number): void => {
        const g = gradient * x + l2 * weights[f]!;
        squared[f]! += g * g;
        weights[f]! -= (learningRate * g) / Math.sqrt(squared[f]!);
      };
      for (const f of features.grams) step(f, gram);
      for (const f of features.facts) step(f, 1);
      biasSquared += gradient * gradient;
      bias -= (learningRate * gradient) / Math.sqrt(biasSquared);
    }
  }
  return { weights, bias };
}

/** What the review changed in one document. */
export interface ReviewChanges {
  /** Commitments of the rules it dropped. */
  dropped: Candidate[];
  /** Sentences it made commitments. */
  added: Candidate[];
}

/** The decisions of `reviewer` on a document's candidates, given their scores. */
export function decide(reviewer: Pick<Reviewer, 'rescue' | 'veto'>, candidates: readonly Candidate[], scores: readonly number[]): ReviewChanges {
  const changes: ReviewChanges = { dropped: [], added: [] };
  candidates.forEach((c, i) => {
    if (c.taken && scores[i]! < reviewer.veto) changes.dropped.push(c);
    else if (!c.taken && scores[i]! > reviewer.rescue) changes.added.push(c);
  });
  return changes;
}

/** The rules' items with the review's changes: dropped commitments left out, added sentences as commitments. */
export function reviewedItems(d: CandidateDocument, { dropped, added }: ReviewChanges): Item[] {
  const gone = new Set(dropped.map((c) => `${c.start}:${c.end}`));
  const kept = d.items.filter((i) => i.kind !== 'commitment' || !gone.has(`${i.start}:${i.end}`));
  const rescued = added.map((c): CommitmentItem => ({
    kind: 'commitment', start: c.start, end: c.end, text: d.text.slice(c.start, c.end), subtype: 'pledge', rule: 'mood-scorer', indicators: [],
  }));
  return [...kept, ...rescued].sort((a, b) => a.start - b.start);
}

/** Thresholds tried, as logits, the most cautious first; ±Infinity is "never". */
const RESCUE_GRID = [Infinity, 6, 5, 4, 3.5, 3, 2.5, 2, 1.5, 1, 0.5, 0];
const VETO_GRID = [-Infinity, -6, -5, -4, -3.5, -3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1];

/** Commitment F1 over documents, each with its candidates' scores, at the given thresholds. */
function commitmentF1(documents: readonly CandidateDocument[], scores: readonly (readonly number[])[], thresholds: Pick<Reviewer, 'rescue' | 'veto'>): number {
  let predicted = 0, right = 0, found = 0, gold = 0;
  documents.forEach((d, i) => {
    const items = reviewedItems(d, decide(thresholds, d.candidates, scores[i]!)).filter((x) => x.kind === 'commitment');
    const g = d.gold.filter((x) => x.kind === 'commitment');
    predicted += items.length;
    right += items.filter((p) => g.some((x) => matches('commitment', p, x))).length;
    found += g.filter((x) => isFound('commitment', items, x)).length;
    gold += g.length;
  });
  const p = predicted ? right / predicted : 0;
  const r = gold ? found / gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/**
 * The reviewer trained on `documents`: weights fitted on all of them,
 * thresholds that give the best commitment F1 on each one's scores by a fit
 * on the others (on ties the more cautious ones, met first).
 */
export function trainReviewer(documents: readonly CandidateDocument[], settings: FitSettings = FIT): Reviewer {
  const heldOut = documents.map((d) => {
    const others = fit(documents.filter((o) => o !== d).flatMap((o) => o.candidates), settings);
    return d.candidates.map((c) => score(others, c.features));
  });
  let best = { rescue: Infinity, veto: -Infinity, f1: -1 };
  for (const rescue of RESCUE_GRID) {
    for (const veto of VETO_GRID) {
      const f1 = commitmentF1(documents, heldOut, { rescue, veto });
      if (f1 > best.f1 + 1e-9) best = { rescue, veto, f1 };
    }
  }
  return { ...fit(documents.flatMap((d) => d.candidates), settings), rescue: best.rescue, veto: best.veto };
}
