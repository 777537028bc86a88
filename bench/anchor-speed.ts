/**
 * Measures how long finding saved items again takes on the largest corpus
 * report (what the content script does after every scan): all of its items
 * saved, then placed in the report edited in the ways the tests edit pages.
 * Also the worst single cases: an edited item (fuzzy search) and a deleted
 * one (every search runs and fails).
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { anchorQuote } from '../src/anchoring/anchor-quote';
import type { AnchorTarget } from '../src/anchoring/types';
import { extract } from '../src/extractor';
import { createSelectors } from '../src/shared/selectors';

const LARGEST_REPORT = '001_66774ca9e7b2c39c.txt';
const RUNS = 7;

/** One measured case. */
interface Row {
  /** What was placed where. */
  label: string;
  /** Saved items placed. */
  targets: number;
  /** How many were found (the rest are orphans). */
  found: number;
  /** Median wall time of placing them all, in milliseconds. */
  ms: number;
}

function targetOf(text: string, start: number, end: number): AnchorTarget {
  const { quote } = createSelectors(text, start, end);
  return { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, position: { start, end } };
}

function measure(label: string, text: string, targets: readonly AnchorTarget[]): Row {
  let found = 0;
  const times: number[] = [];
  for (let run = -1; run < RUNS; run++) {
    const started = performance.now();
    found = targets.filter((target) => anchorQuote(text, target) !== undefined).length;
    // Run -1 only warms up.
    if (run >= 0) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { label, targets: targets.length, found, ms: times[Math.floor(RUNS / 2)]! };
}

/** Runs every case on the report in `corpusDir` and returns the results as Markdown. */
export function anchorBench(corpusDir: string): string {
  const text = readFileSync(join(corpusDir, LARGEST_REPORT), 'utf8');
  const items = extract(text);
  const all = items.map((item) => targetOf(text, item.start, item.end));
  const inserted = `各位领导、同志们:\n${text}`;
  // Items the page holds once: this report repeats some speeches, with small changes, and a copy would be found.
  const once = (item: { text: string }) => {
    const opening = item.text.slice(0, 12);
    return text.indexOf(opening) === text.lastIndexOf(opening);
  };
  const commitment = items.find((item) => item.kind === 'commitment' && item.text.length > 60 && once(item))!;
  const indicator = items.find((item) => item.kind === 'indicator' && item.text.length < 10 && once(item))!;
  // Edited: one character inside changed; deleted: the item's text taken out of the page.
  const edit = (item: { start: number; end: number }) =>
    text.slice(0, item.start + 2) + '〇' + text.slice(item.start + 3);
  const cut = (item: { start: number; end: number }) => text.slice(0, item.start) + text.slice(item.end);
  const rows = [
    measure('every item, page unchanged (stored position)', text, all),
    measure('every item, a paragraph inserted at the top (exact search)', inserted, all),
    measure(`one commitment of ${commitment.text.length} characters, edited inside (fuzzy search)`, edit(commitment), [all[items.indexOf(commitment)]!]),
    measure(`one indicator (${indicator.text}), edited inside (fuzzy search)`, edit(indicator), [all[items.indexOf(indicator)]!]),
    measure('the same commitment deleted (an orphan: every search runs and fails)', cut(commitment), [all[items.indexOf(commitment)]!]),
    measure(`the same indicator deleted (orphan)`, cut(indicator), [all[items.indexOf(indicator)]!]),
  ];
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return [
    `Anchoring on ${LARGEST_REPORT} (${text.length.toLocaleString('en')} characters, ${items.length} items), median of ${RUNS} runs.`,
    // Other work on the machine slows every figure: the load is written down with them.
    `Node ${process.version}, ${cpu}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}, ${new Date().toISOString()}.`,
    '',
    '| case | saved items | found | time (ms) |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.label} | ${row.targets} | ${row.found} | ${row.ms.toFixed(1)} |`),
    '',
  ].join('\n');
}
