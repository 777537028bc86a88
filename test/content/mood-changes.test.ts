// @vitest-environment jsdom
/**
 * The lines whose section mood changed, found in bounded steps, are those a
 * plain look at each line finds: its mood now and the mood where its text
 * stood before, each read afresh from the start of its text.
 */
import { expect, it } from 'vitest';
import { eachLine, HEADING_CHARS_PER_STEP, type Span } from '../../src/content/extract-lines';
import { linesWithNewMood } from '../../src/content/mood-changes';
import { buildTextModel, type TextModel } from '../../src/dom/text-model';
import { runAtOnce } from '../../src/extractor/steps';
import { sectionMoodReader, type SectionMood } from '../../src/extractor';
import { corpusLines } from '../dom/corpus-page';
import { seededRandom } from '../dom/page-changes';

/** The mood in force at `offset` of `text`, read from the start of the text. */
const moodAt = (text: string, offset: number): SectionMood => sectionMoodReader(text)(offset);

/** Each line of `current` that was on the page before, looked at by itself, without steps. */
function expectedLines(previous: TextModel, current: TextModel): Span[] {
  const changed: Span[] = [];
  let lastBefore = -1;
  for (const line of eachLine(current.text)) {
    const point = current.pointAt(line.start);
    if (!point || !previous.segments.some((segment) => segment.node === point.node)) continue;
    const before = previous.offsetAt(point.node, point.offset)!;
    if (before < lastBefore || moodAt(previous.text, before) !== moodAt(current.text, line.start)) changed.push(line);
    lastBefore = Math.max(lastBefore, before);
  }
  return changed;
}

const paragraph = (text: string): HTMLParagraphElement => Object.assign(document.createElement('p'), { textContent: text });

it('finds, in steps, the lines a heading added, edited or removed gave another mood, as a look at each line does', () => {
  // A work report four times over (each 一、 opens a new report), with its review and plan headings: more lines and text nodes than one step takes.
  const report = corpusLines('005_national-gwr-2010.txt');
  const headings = report.filter((line) => /^[一二]、/.test(line.trim()));
  expect(headings).toHaveLength(2);
  document.body.replaceChildren(...[...report, ...report, ...report, ...report].map(paragraph));
  const random = seededRandom(20261201);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let rounds = 0;
  let found = 0;
  let mostSteps = 0;
  for (let round = 0; round < 30; round++) {
    const previous = buildTextModel(document.body);
    const paragraphs = [...document.body.querySelectorAll('p')];
    const roll = random();
    if (roll < 0.25) document.body.insertBefore(paragraph(pick(headings)), pick(paragraphs));
    else if (roll < 0.5) (pick(paragraphs).firstChild as Text).data = pick(headings);
    else if (roll < 0.75) pick(paragraphs.filter((p) => headings.includes(p.textContent!))).remove();
    else {
      // A long passage taken out, and as long a one put back at the end.
      const from = Math.floor((random() * paragraphs.length) / 2);
      for (const p of paragraphs.slice(from, from + report.length)) p.remove();
      document.body.append(...report.map(paragraph));
    }
    const current = buildTextModel(document.body);
    const steps = linesWithNewMood(previous, current, eachLine(current.text));
    let count = 0;
    let result: Span[] | undefined;
    for (let step = steps.next(); ; step = steps.next(), count++) {
      if (step.done) {
        result = step.value;
        break;
      }
    }
    const expected = expectedLines(previous, current);
    expect(result, `round ${round}`).toEqual(expected);
    expect(runAtOnce(linesWithNewMood(previous, current, eachLine(current.text)))).toEqual(expected);
    rounds++;
    found += expected.length;
    mostSteps = Math.max(mostSteps, count);
  }
  expect(rounds).toBe(30);
  // Not vacuous: headings did turn lines, and the pass took steps over the text nodes, the lines and a removed passage.
  expect(found).toBeGreaterThan(100);
  expect(mostSteps).toBeGreaterThanOrEqual(3);
}, 60_000);

it('reads the text before a line far into the page for headings a share at a time, in the page now as before', () => {
  // A paragraph that was alone on the page, now after a whole report put before it.
  const last = paragraph('加强民主法制建设。');
  document.body.replaceChildren(last);
  const previous = buildTextModel(document.body);
  const report = corpusLines('005_national-gwr-2010.txt');
  document.body.replaceChildren(...Array.from({ length: 8 }, () => report).flat().map(paragraph), last);
  const current = buildTextModel(document.body);
  const lines = [...eachLine(current.text)];
  const steps = linesWithNewMood(previous, current, lines.slice(-1));
  let count = 0;
  while (!steps.next().done) count++;
  // One text node and one line give no step of their own: each step is a stretch of the text before the line.
  expect(current.text.length).toBeGreaterThan(5 * HEADING_CHARS_PER_STEP);
  expect(count).toBeGreaterThanOrEqual(Math.floor(lines.at(-1)!.start / HEADING_CHARS_PER_STEP));
});
