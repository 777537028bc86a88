/**
 * What the mood scorer sees of a sentence: hashed features.
 *
 * - the characters of the normalised sentence, one to three at a time, digits
 *   read as one digit and Latin letters as one letter (mood lies in function
 *   words and endings: 了, 已, 将, 要, 完成, 力争, 年底前, not in the numbers);
 * - the first characters and the closing mark apart (a sentence's head
 *   carries its speaker and its mood: 我们将, 一是, 去年);
 * - what the rules decided (the rule that took it, the veto that set it
 *   aside, or nothing), the mood of the report's section, how much of its
 *   paragraph recounts the past, and these together;
 * - the lexicon's word classes it holds (markers, directives, past markers,
 *   words of the future...), at its head or further on;
 * - its length, the values inside it and whether they state a change.
 *
 * The n-grams of sentences the rules took and of those they did not are
 * counted apart: what they learn is where the rules go wrong.
 *
 * Each feature is a 32-bit FNV-1a hash of a namespace and the characters,
 * reduced to a bucket of the weight table; no string is built per n-gram.
 */
import type { ParagraphTally } from '../../extractor/commitments';
import { alternation, words, type WordList } from '../../extractor/lexicon/build';
import { OTHER_BODIES, SPEAKER_SIDE } from '../../extractor/lexicon/actors';
import { DIRECTIVES, PLANNED_ACTIONS, STRONG_MARKERS } from '../../extractor/lexicon/markers';
import { REPORTING_VERBS } from '../../extractor/lexicon/metric';
import { FORWARD_WORDS, MANNER_MARKERS, PAST_MARKERS, PERFECT_MARKERS, SCHEDULED_WORKS, WISH_WORDS } from '../../extractor/lexicon/mood';
import { PLAN_WORDS, REACHED_WORDS, TARGET_VERBS } from '../../extractor/lexicon/status';
import type { SectionMood } from '../../extractor/section-mood';

/** What the rules and the context say of one sentence, beside its text. */
export interface SentenceFacts {
  /** The rule that made the sentence a commitment, or the veto that set it aside, or undefined when neither. */
  outcome: string | undefined;
  /** Whether the rules took it: its n-grams are weighed apart, so they learn what the rules miss or take wrongly. */
  taken: boolean;
  /** The mood of the report's section the sentence stands in. */
  mood: SectionMood;
  /** How many values (indicators) the sentence holds. */
  values: number;
  /** Whether one of them states a change (增长8%). */
  change: boolean;
  /** How many sentences of its paragraph report past work, and how many it has. */
  paragraph: ParagraphTally;
}

/**
 * Word classes of the lexicon, as plain words (the rules' guards left out:
 * the weights learn how far each class counts). A class found in a sentence
 * is a feature, and another when it stands at the head.
 */
const WORD_CLASSES: readonly (readonly [string, RegExp])[] = Object.entries({
  strong: STRONG_MARKERS,
  directive: DIRECTIVES,
  planned: PLANNED_ACTIONS,
  past: PAST_MARKERS,
  perfect: PERFECT_MARKERS,
  forward: FORWARD_WORDS,
  reached: REACHED_WORDS,
  plan: PLAN_WORDS,
  target: TARGET_VERBS,
  reporting: REPORTING_VERBS,
  speaker: SPEAKER_SIDE,
  others: OTHER_BODIES,
  works: SCHEDULED_WORKS,
  manner: MANNER_MARKERS,
  wish: WISH_WORDS,
} satisfies Record<string, WordList>).map(([name, list]) => [name, new RegExp(alternation(words(list)))] as const);

/** How far into a sentence a word class still stands at its head, in characters. */
const CLASS_HEAD = 6;

/** How many first characters of a sentence make its head. */
const HEAD = 4;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Mixes one 16-bit code into a running FNV-1a hash (two bytes). */
function mix(hash: number, code: number): number {
  hash = Math.imul(hash ^ (code & 0xff), FNV_PRIME);
  return Math.imul(hash ^ (code >>> 8), FNV_PRIME);
}

/** The hash of a namespace tag followed by a string's characters. */
function hashString(tag: number, s: string): number {
  let h = mix(FNV_OFFSET, tag);
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return h >>> 0;
}

/** A character as the n-grams see it: every digit as 0, every Latin letter as a. */
function fold(code: number): number {
  if (code >= 48 && code <= 57) return 48;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 97;
  return code;
}

/** Namespace tags: n-grams of the body, of the head, of the closing, and the named facts. */
const enum Tag {
  Gram = 1,
  Head = 2,
  Close = 3,
  Fact = 4,
}

/** A coarse size: 0, 1, 2, 3 or more. */
const few = (n: number): number => Math.min(n, 3);

/**
 * A sentence's features as buckets of a table: its n-grams (a long sentence
 * has many, so together they weigh as one feature, each by one over the
 * square root of their count) and its named facts, each weighing one.
 * Buckets may repeat: a feature counted twice weighs twice.
 */
export interface SentenceFeatures {
  /** Buckets of the n-grams of the body, the head and the closing mark. */
  grams: number[];
  /** Buckets of the named facts (outcome of the rules, mood, length, values). */
  facts: number[];
}

/**
 * The features of `sentence` (normalised text) with `facts`, in a table of
 * `buckets` entries (a power of two).
 */
export function sentenceFeatures(sentence: string, facts: SentenceFacts, buckets: number): SentenceFeatures {
  const mask = buckets - 1;
  const out: number[] = [];
  const codes: number[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const code = sentence.charCodeAt(i);
    if (code !== 32) codes.push(fold(code)); // spaces left in PDF text say nothing of mood
  }
  const side = facts.taken ? 1 : 0;
  for (let i = 0; i < codes.length; i++) {
    let h = mix(mix(FNV_OFFSET, Tag.Gram), side);
    for (let n = 0; n < 3 && i + n < codes.length; n++) {
      h = mix(h, codes[i + n]!);
      out.push((h >>> 0) & mask);
    }
  }
  let head = mix(mix(FNV_OFFSET, Tag.Head), side);
  for (let i = 0; i < HEAD && i < codes.length; i++) {
    head = mix(head, codes[i]!);
    out.push((head >>> 0) & mask);
  }
  if (codes.length > 0) out.push((mix(mix(mix(FNV_OFFSET, Tag.Close), side), codes[codes.length - 1]!) >>> 0) & mask);
  const outcome = facts.outcome ?? 'none';
  // Whether the paragraph recounts the past: none of it, some, a third or more.
  const { past, total } = facts.paragraph;
  const recounts = past === 0 ? 'none' : past * 3 >= total ? 'much' : 'some';
  const mood = facts.mood ?? 'none';
  const named: number[] = [];
  for (const fact of [
    `outcome=${outcome}`,
    `mood=${mood}`,
    `mood=${mood}&outcome=${outcome}`,
    `length=${Math.round(Math.log2(1 + codes.length))}`,
    `values=${few(facts.values)}`,
    `change=${facts.change}`,
    `past=${recounts}`,
    `past=${recounts}&mood=${mood}`,
    `past=${recounts}&outcome=${outcome}`,
    `values=${few(facts.values)}&mood=${mood}`,
    ...WORD_CLASSES.flatMap(([name, pattern]) => {
      const found = pattern.exec(sentence);
      if (!found) return [];
      return found.index < CLASS_HEAD ? [`class=${name}`, `class=${name}@head`, `class=${name}&taken=${facts.taken}`] : [`class=${name}`, `class=${name}&taken=${facts.taken}`];
    }),
  ]) {
    named.push(hashString(Tag.Fact, fact) & mask);
  }
  return { grams: out, facts: named };
}
