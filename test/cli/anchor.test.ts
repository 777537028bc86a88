import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { pageTextOf } from '../../src/cli/page-text';
import { extract } from '../../src/extractor';
import { toW3cJson } from '../../src/shared/export/w3c';
import { toPageItem } from '../../src/shared/page-item';
import { newSavedItemFrom } from '../../src/shared/saved-item';
import { escapeHtml } from '../../src/demo/report-pages';
import { ENERGY_DROP, industrialZoneSpeech, LEADING_FIRMS, PLEDGE, savedTarget, TWO_GROWTH_FIGURES } from '../anchoring/report-pages';
import { runCli } from './run-cli';
import { parseJsonLines, tempFiles } from './temp-files';

const { dir, write: fixture } = tempFiles('policy-lens-anchor-');

// Each case starts the command line (node and, for HTML, jsdom) once or several times.
vi.setConfig({ testTimeout: 60_000 });

/** A W3C annotation of `snippet` in `text`, positions in code points as the model counts them. */
function annotation(id: string, text: string, snippet: string, occurrence = 0) {
  const { exact, prefix, suffix, position } = savedTarget(text, snippet, occurrence);
  const codePoints = (offset: number) => [...text.slice(0, offset)].length;
  return {
    id,
    type: 'Annotation',
    target: {
      source: 'http://127.0.0.1/reports/industrial-zone-economy.html',
      selector: [
        { type: 'TextQuoteSelector', exact, prefix, suffix },
        { type: 'TextPositionSelector', start: codePoints(position!.start), end: codePoints(position!.end) },
      ],
    },
  };
}

/** Annotations in an AnnotationCollection with its first page embedded. */
function collection(items: unknown[]) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

// A rare ideograph of CJK Extension B (two code units) opens the page, so code points and string offsets differ.
const speech = `𠀐${industrialZoneSpeech()}`;
const saved = [
  annotation('urn:uuid:pledge', speech, PLEDGE),
  annotation('urn:uuid:firms', speech, LEADING_FIRMS),
  annotation('urn:uuid:energy', speech, ENERGY_DROP),
];
const annotationsFile = fixture('annotations.json', JSON.stringify(collection(saved)));

/** The speech a day later: a paragraph added at the top and the energy target's sentence deleted. */
const energySentence = speech.slice(speech.lastIndexOf('。', speech.indexOf(ENERGY_DROP)) + 1, speech.indexOf('。', speech.indexOf(ENERGY_DROP)) + 1);
const revised = `𠀐(本文根据录音整理,有删节。)\n${speech.slice(2).replace(energySentence, '')}`;

describe('policy-lens anchor', () => {
  it('places each annotation in the changed text page, string offsets, and reports the deleted one as orphan', () => {
    const run = runCli(['anchor', annotationsFile, fixture('revised.txt', revised)]);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const lines = parseJsonLines(run.stdout);
    expect(lines).toEqual([
      { id: 'urn:uuid:pledge', start: revised.indexOf(PLEDGE), end: revised.indexOf(PLEDGE) + PLEDGE.length },
      { id: 'urn:uuid:firms', start: revised.indexOf(LEADING_FIRMS), end: revised.indexOf(LEADING_FIRMS) + LEADING_FIRMS.length },
      { id: 'urn:uuid:energy', orphan: true },
    ]);
  });

  it('places annotations in an HTML page by the page text that extract reads', async () => {
    const html = `<!doctype html><meta charset="utf-8"><title>讲话</title><script>var x = "${PLEDGE}";</script>${revised
      .split('\n')
      .map((line) => `<p>${escapeHtml(line)}</p>`)
      .join('')}`;
    const run = runCli(['anchor', annotationsFile, fixture('revised.html', html)]);
    expect(run.status).toBe(0);
    const text = await pageTextOf(new TextEncoder().encode(html));
    const [pledge, firms, energy] = parseJsonLines(run.stdout) as { start: number; end: number; orphan?: true }[];
    expect(text.slice(pledge!.start, pledge!.end)).toBe(PLEDGE);
    expect(text.slice(firms!.start, firms!.end)).toBe(LEADING_FIRMS);
    expect(energy).toMatchObject({ orphan: true });
  });

  it('tells the same quote twice apart by context and position', () => {
    const both = [annotation('a', TWO_GROWTH_FIGURES, '增长19%', 0), annotation('b', TWO_GROWTH_FIGURES, '增长19%', 1)];
    const swapped = TWO_GROWTH_FIGURES.split('\n').reverse().join('\n');
    const run = runCli(['anchor', fixture('twice.json', JSON.stringify(both)), fixture('swapped.txt', swapped)]);
    const first = swapped.indexOf('增长19%');
    const second = swapped.indexOf('增长19%', first + 1);
    expect(parseJsonLines(run.stdout)).toEqual([
      { id: 'a', start: second, end: second + 5 },
      { id: 'b', start: first, end: first + 5 },
    ]);
  });

  it('reads pages chained by next, a single page and a target without selectors', () => {
    const [pledge, firms] = saved;
    const chained = { type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [pledge], next: { type: 'AnnotationPage', items: [firms] } } };
    const run = runCli(['anchor', fixture('chained.json', JSON.stringify(chained)), fixture('speech.txt', speech)]);
    expect((parseJsonLines(run.stdout) as { id: string }[]).map((line) => line.id)).toEqual(['urn:uuid:pledge', 'urn:uuid:firms']);

    const page = { type: 'AnnotationPage', items: [{ id: 'link-only', type: 'Annotation', target: 'http://127.0.0.1/x.html' }] };
    const linkOnly = runCli(['anchor', fixture('page.json', JSON.stringify(page)), join(dir, 'speech.txt')]);
    expect(linkOnly.stdout).toBe('{"id":"link-only","orphan":true}\n');
  });
});

describe('policy-lens anchor errors', () => {
  const page = fixture('page.txt', speech);

  it('exits with 2 and its usage when the files are not two', () => {
    for (const args of [['anchor'], ['anchor', annotationsFile], ['anchor', annotationsFile, page, page], ['anchor', '--strict', annotationsFile, page]]) {
      const run = runCli(args);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('usage: policy-lens anchor ANNOTATIONS.json PAGE');
      expect(run.stdout).toBe('');
    }
  });

  it('exits with 1 naming the file when it is missing, not JSON or not annotation data', () => {
    const cases: [string, string][] = [
      [join(dir, 'missing.json'), 'no such file'],
      [fixture('broken.json', '{"type": "AnnotationCollection", '), 'not JSON'],
      [fixture('no-id.json', JSON.stringify([{ type: 'Annotation', target: saved[0]!.target }])), '$[0].id'],
      [fixture('linked.json', JSON.stringify({ type: 'AnnotationCollection', first: 'http://127.0.0.1/page1' })), 'only a link'],
      [fixture('bad-position.json', JSON.stringify([{ ...saved[0], target: { selector: { type: 'TextPositionSelector', start: -1, end: 2 } } }])), 'start'],
    ];
    for (const [file, reason] of cases) {
      const run = runCli(['anchor', file, page]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(file);
      expect(run.stderr).toContain(reason);
      expect(run.stdout).toBe('');
    }
  });

  it('prints its usage on --help', () => {
    const run = runCli(['anchor', '--help']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toContain('AnnotationCollection');
  });
});

describe('policy-lens anchor on the W3C export', () => {
  const report = `𠀐${industrialZoneSpeech()}`;
  const items = extract(report).map((item) => newSavedItemFrom(toPageItem(item, report), { url: 'http://127.0.0.1/reports/industrial-zone-economy.html', title: '讲话' }));
  const exported = fixture('export.jsonld', toW3cJson(items, new Date('2026-11-23T08:00:00.000Z')));

  it('places every exported item back exactly where it was written from', () => {
    const run = runCli(['anchor', exported, fixture('report.txt', report)]);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const lines = parseJsonLines(run.stdout) as { start: number; end: number }[];
    expect(lines.map(({ start, end }) => [start, end])).toEqual(items.map(({ selectors: { position } }) => [position.start, position.end]));
  });

  it('places them after a paragraph was added above, shifted by its length', () => {
    const added = '各位领导、同志们:\n';
    const run = runCli(['anchor', exported, fixture('report-added.txt', added + report)]);
    const lines = parseJsonLines(run.stdout) as { start: number; end: number }[];
    expect(lines.map(({ start, end }) => [start, end])).toEqual(
      items.map(({ selectors: { position } }) => [position.start + added.length, position.end + added.length]),
    );
  });
});
