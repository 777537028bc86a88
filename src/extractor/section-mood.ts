/**
 * The mood of each sentence's section: reports review the past year under
 * one part's heading (一、2009年工作回顾) and set the year's work under
 * another (二、2010年主要任务). A part heading's words decide; one without
 * such words keeps the mood (三、加强政府自身建设), unless it opens a new
 * report (一、…). Lower headings (（五）大力加强文化建设) never change it.
 *
 * A heading is a line of its own, so the mood can be carried from line to
 * line: the content script, which reads a page a line at a time, gets the
 * same moods as one pass over the whole text.
 */
import { alternation } from './lexicon/build';
import { PLAN_HEADINGS, REVIEW_HEADINGS } from './lexicon/sections';
import { normalize } from './normalize';
import type { Sentence } from './sentences';

/** `review`: the section recounts work done; `plan`: it sets work to do; undefined: no heading has said. */
export type SectionMood = 'review' | 'plan' | undefined;

/** The longest heading, in characters of the normalised text: a speech's part headings run to some 45 (三、着眼…,必须转变理念,强化服务,强力推进项目建设,…). */
const MAX_HEADING = 48;

/** The longest line of a page looked at for a heading, before normalising (glosses and spaces make it longer). */
const MAX_RAW_HEADING = 4 * MAX_HEADING;

/** How many indent characters may stand before a heading on its line. */
const MAX_INDENT = 8;

const REVIEW = new RegExp(alternation(REVIEW_HEADINGS));
const PLAN = new RegExp(alternation(PLAN_HEADINGS));

/** A part's number: 一、 二、 (mainland), 壹、 贰、 (Taiwan), 第三部分. */
const PART_NUMBER = /^(?:[一二三四五六七八九十]{1,3}、|[壹贰叁参肆伍陆柒捌玖拾]{1,3}、|第[一二三四五六七八九十]{1,3}部分)/;

/** A new report's first part (一、…) opens a section of unknown mood. */
const FIRST_PART = /^(?:一|壹)、|^第一部分/;

const isLineBreak = (ch: string | undefined): boolean => ch === undefined || ch === '\n' || ch === '\r';

/**
 * Whether a line's normalised, trimmed text is a part's heading: short,
 * numbered, closed by no sentence mark but `?` (a heading may ask, and
 * scraped pages put `?` for a lost character, often a heading's trailing space).
 */
function isPartHeadingText(line: string): boolean {
  return line.length > 0 && line.length <= MAX_HEADING && !/[。!;:,]$/.test(line) && PART_NUMBER.test(line);
}

/** The mood after a line; `line` is normalised and trimmed. */
function moodAfter(line: string, mood: SectionMood): SectionMood {
  if (!isPartHeadingText(line)) return mood;
  // A review heading wins: 一、过去一年工作回顾 speaks of the past even with 一年.
  if (REVIEW.test(line)) return 'review';
  if (PLAN.test(line)) return 'plan';
  return FIRST_PART.test(line) ? undefined : mood;
}

/** Whether the sentence is a part's heading standing alone on its line (indent allowed). */
export function isPartHeading(text: string, s: Sentence): boolean {
  if (!isLineBreak(text[s.end]) || !isPartHeadingText(text.slice(s.start, s.end))) return false;
  let i = s.start;
  while (i > 0 && s.start - i < MAX_INDENT && /[ \t]/.test(text[i - 1]!)) i--;
  return i === 0 || isLineBreak(text[i - 1]);
}

/** The mood of the section each sentence stands in, the headings themselves included; `initial` is the mood where the text starts. */
export function sectionMoods(text: string, sentences: readonly Sentence[], initial: SectionMood = undefined): SectionMood[] {
  let mood = initial;
  return sentences.map((s) => {
    if (isPartHeading(text, s)) mood = moodAfter(text.slice(s.start, s.end), mood);
    return mood;
  });
}

/**
 * A reader of the mood in force at line starts of the original,
 * un-normalised `text`, from the headings on the lines before: call it with
 * line starts in text order; it reads each line once, as far as asked.
 */
export function sectionMoodReader(text: string): (lineStart: number) => SectionMood {
  let mood: SectionMood;
  let read = 0;
  return (lineStart) => {
    while (read < lineStart) {
      const newline = text.indexOf('\n', read);
      const lineEnd = newline === -1 ? text.length : newline;
      if (lineEnd - read <= MAX_RAW_HEADING) mood = moodAfter(normalize(text.slice(read, lineEnd)).text.trim(), mood);
      read = lineEnd + 1;
    }
    return mood;
  };
}
