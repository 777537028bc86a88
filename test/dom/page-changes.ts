/** Random changes to a page, repeatable from a seed, for tests of what follows the page's changes. */

/** A seeded generator of numbers in [0, 1) (mulberry32), so that a failing sequence can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random changes to the page, of the kinds pages make: paragraphs, inline runs, line breaks, hidden parts, scripts, preformatted text, edits, removals and moves. */
export function pageChanger(random: () => number, lines: readonly string[]): () => void {
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

