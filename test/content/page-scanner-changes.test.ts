// @vitest-environment jsdom
/**
 * The scanner under a page that keeps changing: after every change (a report
 * paragraph added, rewritten or removed, part headings included), once it is
 * ready, its items are exactly those of one read of the whole page.
 */
import { readdirSync } from 'node:fs';
import { expect, it, vi } from 'vitest';
import { PageScanner } from '../../src/content/page-scanner';
import type { Painter } from '../../src/content/paint/painter';
import { isHiddenByMarkup } from '../../src/dom/element-kinds';
import { buildPageModel } from '../../src/dom/text-model';
import { extract } from '../../src/extractor';
import type { PageItem } from '../../src/shared/messages';
import { CORPUS_DIR } from '../shared/corpus-fixtures';
import { corpusLines } from '../dom/corpus-page';

/** An item as the extractor gives it, in a form that compares whole. */
const asRead = ({ id: _id, selectors: _selectors, sentence: _sentence, ...item }: PageItem): string => JSON.stringify(item);

it('after each of 300 changes of a report page, the items are those one read of the whole page finds', async () => {
  const incoming = readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => corpusLines(name).slice(0, 40));
  const main = document.createElement('main');
  main.append(...corpusLines('003_4ef620bd1e3cb09d.txt').map(paragraph));
  document.body.replaceChildren(main);
  const painter: Painter = {
    splitsTextNodes: false,
    paint: () => undefined,
    moved: () => undefined,
    erase: () => undefined,
    flash: () => undefined,
    waiting: false,
    drawn: () => Promise.resolve(),
    pageChanged: () => undefined,
  };
  const scanner = new PageScanner({ document, painter, isHidden: isHiddenByMarkup, debounceMs: 1 });
  scanner.watch();
  await scanner.scanPage();

  let seed = 20261201;
  const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let next = 0;
  const nextLine = (): string => incoming[next++ % incoming.length]!;
  for (let step = 0; step < 300; step++) {
    const paragraphs = [...main.querySelectorAll('p')];
    const roll = random();
    if (paragraphs.length < 60 && (roll < 0.45 || paragraphs.length < 10)) main.insertBefore(paragraph(nextLine()), random() < 0.5 ? null : pick(paragraphs));
    else if (roll < 0.8) {
      const p = pick(paragraphs);
      // A new text node, or the same node given new text.
      if (random() < 0.5) p.textContent = nextLine();
      else (p.firstChild as Text).data = nextLine();
    } else pick(paragraphs).remove();

    await new Promise((resolve) => setTimeout(resolve, 0));
    await vi.waitFor(() => expect(scanner.state).toBe('ready'), { timeout: 5000, interval: 2 });
    await scanner.idle();
    const { text } = buildPageModel(document, { isHidden: isHiddenByMarkup });
    expect(scanner.items().map(asRead), `after change ${step}`).toEqual(extract(text).map((item) => JSON.stringify(item)));
  }
  scanner.stop();
}, 120_000);

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}
