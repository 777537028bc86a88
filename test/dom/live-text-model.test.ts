// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { LiveTextModel, type DomChange } from '../../src/dom/live-text-model';
import { buildTextModel, type TextModel } from '../../src/dom/text-model';
import { runAtOnce } from '../../src/dom/text-tokens';
import { corpusLines, renderParagraphs } from './corpus-page';

/** A seeded generator of numbers in [0, 1) (mulberry32), so that a failing sequence can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

/** Random changes to the page, of the kinds pages make: paragraphs, inline runs, line breaks, hidden parts, scripts, preformatted text, edits, removals and moves. */
function pageChanger(random: () => number, lines: readonly string[]) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const snippet = (): string => {
    const line = pick(lines);
    const from = Math.floor(random() * line.length);
    return line.slice(from, from + 1 + Math.floor(random() * 40));
  };
  const element = (tag: string, text?: string): HTMLElement => {
    const created = document.createElement(tag);
    if (text !== undefined) created.textContent = text;
    return created;
  };
  const fragments: (() => Node)[] = [
    () => element('p', snippet()),
    () => element('span', snippet()),
    () => document.createTextNode(snippet()),
    () => document.createTextNode(pick(['', ' ', '\n  ', '\t'])),
    () => element('br'),
    () => {
      const div = element('div');
      div.append(element('p', snippet()), document.createTextNode('\n'), element('span', snippet()));
      return div;
    },
    () => Object.assign(element('span', snippet()), { hidden: random() < 0.5 }),
    () => element('script', 'var x = "1亿元";'),
    () => element('pre', `${snippet()}\n${snippet()}\t`),
    () => {
      const list = element('ul');
      list.append(element('li', snippet()), element('li', snippet()));
      return list;
    },
  ];
  const nodesUnder = (root: Node): Node[] => {
    const nodes: Node[] = [];
    const walker = document.createTreeWalker(root);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
    return nodes;
  };
  const containers = (): Node[] => [document.body, ...nodesUnder(document.body).filter((node) => node.nodeType === node.ELEMENT_NODE && (node as Element).localName !== 'br')];
  const placeAt = (node: Node): void => {
    const parent = pick(containers());
    parent.insertBefore(node, pick([...parent.childNodes, null]));
  };

  return function change(): void {
    const roll = random();
    const existing = nodesUnder(document.body);
    if (roll < 0.45 || existing.length === 0) placeAt(pick(fragments)());
    else if (roll < 0.65) {
      const removed = pick(existing);
      removed.parentNode?.removeChild(removed);
    }
    else if (roll < 0.85) {
      const texts = existing.filter((node): node is Text => node.nodeType === node.TEXT_NODE);
      if (texts.length > 0) pick(texts).data = random() < 0.8 ? snippet() : pick(['', ' ', '\n']);
    } else {
      const moved = pick(existing);
      moved.parentNode?.removeChild(moved);
      placeAt(moved);
    }
  };
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
    for (let seed = 1; seed <= 40; seed++) {
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
  });

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
  });

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
