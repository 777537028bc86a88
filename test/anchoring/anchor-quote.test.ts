import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../src/anchoring/anchor-quote';
import {
  ENERGY_DROP,
  FIRM_COUNT,
  industrialZoneSpeech,
  lineIndexOf,
  moveLineFirst,
  PLEDGE,
  savedTarget,
  spanOf,
  TWO_GROWTH_FIGURES,
} from './report-pages';

const speech = industrialZoneSpeech();
const NEW_PARAGRAPH = '(本文根据录音整理,有删节。)\n';

describe('anchorQuote on an unchanged page', () => {
  it('takes the stored position when quote and context are still there', () => {
    const target = savedTarget(speech, PLEDGE);
    expect(anchorQuote(speech, target)).toEqual({ ...target.position, method: 'position', score: 1 });
  });

  it('finds the quote by its text when no position was stored', () => {
    const { position, ...withoutPosition } = savedTarget(speech, FIRM_COUNT);
    expect(anchorQuote(speech, withoutPosition)).toMatchObject({ ...position, method: 'exact' });
  });
});

describe('anchorQuote on an edited page', () => {
  it('follows text inserted before the item', () => {
    for (const snippet of [PLEDGE, FIRM_COUNT, ENERGY_DROP]) {
      const target = savedTarget(speech, snippet);
      const edited = NEW_PARAGRAPH + speech;
      expect(anchorQuote(edited, target)).toMatchObject({ ...spanOf(edited, snippet), method: 'exact' });
    }
  });

  it('follows a word inserted right before a short item, into its prefix', () => {
    const target = savedTarget(speech, FIRM_COUNT);
    const edited = speech.replace(`以上的${FIRM_COUNT}`, `以上的全部${FIRM_COUNT}`);
    expect(anchorQuote(edited, target)).toMatchObject({ ...spanOf(edited, FIRM_COUNT), method: 'exact' });
  });

  it('finds a commitment after a small edit inside it, spanning the edited sentence', () => {
    const target = savedTarget(speech, PLEDGE);
    const revised = PLEDGE.replace('高度关注在谈项目', '高度重视在谈项目');
    const edited = NEW_PARAGRAPH + speech.replace(PLEDGE, revised);
    const anchor = anchorQuote(edited, target);
    expect(anchor).toMatchObject({ ...spanOf(edited, revised), method: 'fuzzy' });
    expect(anchor!.score).toBeGreaterThan(0.9);
  });

  it('finds a short figure whose number was revised, whole', () => {
    const target = savedTarget(speech, ENERGY_DROP);
    const edited = speech.replace(ENERGY_DROP, '下降4.25%');
    expect(anchorQuote(edited, target)).toMatchObject({ ...spanOf(edited, '下降4.25%'), method: 'fuzzy' });
  });

  it('finds items in a paragraph moved to the front of the page', () => {
    const edited = moveLineFirst(speech, lineIndexOf(speech, PLEDGE));
    for (const snippet of [PLEDGE, FIRM_COUNT, ENERGY_DROP]) {
      expect(anchorQuote(edited, savedTarget(speech, snippet))).toMatchObject(spanOf(edited, snippet));
    }
  });

  it('finds a paragraph-opening commitment whose preceding paragraph changed', () => {
    const opening = speech.split('\n')[lineIndexOf(speech, PLEDGE)]!.slice(0, 40);
    const target = savedTarget(speech, opening);
    const edited = moveLineFirst(speech, lineIndexOf(speech, PLEDGE));
    expect(anchorQuote(edited, target)).toMatchObject(spanOf(edited, opening));
  });

  it('reports a deleted item as an orphan instead of placing it elsewhere', () => {
    for (const snippet of [PLEDGE, ENERGY_DROP]) {
      const target = savedTarget(speech, snippet);
      const sentence = snippet === PLEDGE ? PLEDGE : sentenceAround(speech, snippet);
      expect(anchorQuote(speech.replace(sentence, ''), target)).toBeUndefined();
    }
  });

  it('reports an item as an orphan on a page of another report', () => {
    expect(anchorQuote(TWO_GROWTH_FIGURES, savedTarget(speech, FIRM_COUNT))).toBeUndefined();
  });
});

describe('anchorQuote with the same quote twice in the page', () => {
  const figure = '增长19%';

  it('chooses each occurrence by its context, wherever the page moved it', () => {
    const first = savedTarget(TWO_GROWTH_FIGURES, figure, 0);
    const second = savedTarget(TWO_GROWTH_FIGURES, figure, 1);
    const swapped = moveLineFirst(TWO_GROWTH_FIGURES, 1);
    expect(anchorQuote(swapped, first)).toMatchObject({ ...spanOf(swapped, figure, 1), method: 'exact' });
    expect(anchorQuote(swapped, second)).toMatchObject({ ...spanOf(swapped, figure, 0), method: 'exact' });
  });

  it('does not jump to the other occurrence when the saved one was revised', () => {
    const second = savedTarget(TWO_GROWTH_FIGURES, figure, 1);
    const edited = TWO_GROWTH_FIGURES.replace('确保增长19%', '确保增长18%');
    expect(anchorQuote(edited, second)).toMatchObject({ ...spanOf(edited, '增长18%'), method: 'fuzzy' });
  });

  it('does not take the other occurrence for a deleted one', () => {
    const first = savedTarget(TWO_GROWTH_FIGURES, figure, 0);
    const edited = TWO_GROWTH_FIGURES.split('\n')[1]!;
    expect(anchorQuote(edited, first)).toBeUndefined();
  });

  it('prefers the occurrence nearest the stored position when contexts tie', () => {
    const sentence = '收入增长19%。';
    const page = `${sentence}\n${sentence}`;
    const target = savedTarget(page, figure, 1);
    expect(anchorQuote(NEW_PARAGRAPH + page, target)).toMatchObject(spanOf(NEW_PARAGRAPH + page, figure, 1));
  });
});

/** The sentence (up to 。 or ;) of `text` holding `snippet`. */
function sentenceAround(text: string, snippet: string): string {
  const at = text.indexOf(snippet);
  const start = Math.max(text.lastIndexOf('。', at), text.lastIndexOf(';', at)) + 1;
  const end = text.indexOf('。', at) + 1;
  return text.slice(start, end);
}
