// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { LiveTextModel, type DomChange } from '../../src/dom/live-text-model';
import { buildTextModel, type TextModel } from '../../src/dom/text-model';
import { runAtOnce } from '../../src/extractor/steps';
import { corpusLines, renderParagraphs } from './corpus-page';
import { pageChanger, seededRandom } from './page-changes';

/** Watches the body, and hands the changes made since the last call over as the model takes them. */
function recorder(): { take(): DomChange; stop(): void } {
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  return {
    take() {
      const records = observer.takeRecords();
      const touched: Node[] = [];
      const removed: Node[] = [];
      for (const record of records) {
        if (record.type === 'characterData') touched.push(record.target);
        touched.push(...record.addedNodes);
        removed.push(...record.removedNodes);
      }
      return { touched, removed };
    },
    stop: () => observer.disconnect(),
  };
}

/** The text and the segment table, as compared between two models. */
function shapeOf(model: TextModel): { text: string; segments: [string, number][] } {
  return { text: model.text, segments: model.segments.map(({ node, start }) => [node.data, start]) };
}

/** Expects the live model to be, node for node, the model read from scratch. */
function expectSameAsScratch(live: LiveTextModel): void {
  const scratch = buildTextModel(document.body);
  expect(shapeOf(live.model)).toEqual(shapeOf(scratch));
  expect(live.model.segments.map((segment) => segment.node)).toEqual(scratch.segments.map((segment) => segment.node));
}

let watching: ReturnType<typeof recorder> | undefined;
afterEach(() => watching?.stop());

describe('LiveTextModel', () => {
  const lines = corpusLines('003_4ef620bd1e3cb09d.txt');

  it('reads the page as a model built from scratch does', () => {
    renderParagraphs(document, lines.slice(0, 60));
    const live = new LiveTextModel(document.body);
    runAtOnce(live.rebuild());
    expectSameAsScratch(live);
  });

  it('after any sequence of inserts, removals, moves and text edits, equals a model built from scratch', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const random = seededRandom(seed);
      renderParagraphs(document, lines.slice(seed, seed + 8));
      const live = new LiveTextModel(document.body);
      runAtOnce(live.rebuild());
      watching?.stop();
      watching = recorder();
      const change = pageChanger(random, lines);
      for (let round = 0; round < 12; round++) {
        const count = 1 + Math.floor(random() * 6);
        for (let i = 0; i < count; i++) change();
        runAtOnce(live.update(watching.take()));
        try {
          expectSameAsScratch(live);
        } catch (error) {
          throw new Error(`seed ${seed}, round ${round}: ${(error as Error).message}`);
        }
      }
    }
  }, 30_000);

  it('stays right when the page changes while it is reading, paused between nodes', () => {
    for (let seed = 100; seed < 130; seed++) {
      const random = seededRandom(seed);
      renderParagraphs(document, lines.slice(seed, seed + 20));
      watching?.stop();
      watching = recorder();
      const live = new LiveTextModel(document.body);
      const change = pageChanger(random, lines);
      // The first read and every update are paused at random steps, and the page changes at each pause.
      const runChanging = (steps: Generator<void, unknown>): void => {
        for (let step = steps.next(); !step.done; step = steps.next()) if (random() < 0.1) change();
      };
      runChanging(live.rebuild());
      for (let round = 0; round < 6; round++) runChanging(live.update(watching.take()));
      runAtOnce(live.update(watching.take()));
      try {
        expectSameAsScratch(live);
      } catch (error) {
        throw new Error(`seed ${seed}: ${(error as Error).message}`);
      }
    }
  }, 30_000);

  it('tells the span of the new text and how far the text stayed as it was', () => {
    renderParagraphs(document, ['第一段。', '第二段。']);
    const live = new LiveTextModel(document.body);
    runAtOnce(live.rebuild());
    watching = recorder();
    const added = document.createElement('p');
    added.textContent = '新增100亿元。';
    document.body.insertBefore(added, document.body.lastChild);
    const change = runAtOnce(live.update(watching.take()));
    expect(live.model.text).toBe('第一段。\n新增100亿元。\n第二段。');
    expect(change.previous.text).toBe('第一段。\n第二段。');
    expect(change.unchangedBefore).toBe('第一段。'.length);
    expect(change.fresh.map(({ start, end }) => live.model.text.slice(start, end))).toEqual(['新增100亿元。']);
  });

  it('finds nothing new when nothing the model reads changed', () => {
    renderParagraphs(document, ['第一段。']);
    const live = new LiveTextModel(document.body);
    runAtOnce(live.rebuild());
    watching = recorder();
    const hidden = document.createElement('div');
    hidden.hidden = true;
    hidden.textContent = '隐藏';
    document.body.append(hidden);
    document.body.append(document.createComment('注释'));
    const change = runAtOnce(live.update(watching.take()));
    expect(change.fresh).toEqual([]);
    expect(change.unchangedBefore).toBe(change.previous.text.length);
    expect(live.model).toBe(change.previous);
  });
});
