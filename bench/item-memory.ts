/**
 * What the content script keeps per item, in bytes of Node's heap, on the
 * text of the benchmark's 5 MB page (`long-page-5mb`, its paragraphs joined
 * as the page text model joins them): the extractor's items in the item
 * index, as kept now, against page items made when found (id, selectors,
 * sentence) and indexed by id, as kept before; and each part of a page item
 * apart. Also the CPU time of making page items on demand: all of them, and
 * a slice. Needs `--expose-gc` (run through bench/memory.mjs).
 */
import { cpus, loadavg } from 'node:os';
import { codePointOffsets } from '../src/anchoring/code-points';
import { eachLine, extractionSteps } from '../src/content/extract-lines';
import { ItemIndex } from '../src/content/item-index';
import type { Item } from '../src/extractor/types';
import { pageItemId, toPageItem } from '../src/shared/page-item';
import { createSelectors } from '../src/shared/selectors';
import { sentenceOf } from '../src/shared/sentence-of';
import { longPageLines } from './support/load-pages';

/** Runs of each measure; the median is kept. */
const RUNS = 3;
/** Items in the slice made on demand, as a popup page of items asks. */
const SLICE = 200;

/** One measured structure. */
interface Row {
  /** What is kept. */
  label: string;
  /** Bytes of heap per item (median of the runs). */
  bytesPerItem: number;
  /** MB of heap in all. */
  mb: number;
}

/** The heap in use after full collections. */
function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc (npm run bench:memory)');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The heap that what `build` returns holds, per item: kept alive until measured, dropped after. */
function measure(label: string, count: number, build: () => unknown): Row {
  const sizes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const before = heapUsed();
    let kept: unknown = build();
    sizes.push(heapUsed() - before);
    // Read after the measure, so that the structure stays alive until then.
    if (kept === undefined) throw new Error(`${label}: nothing built`);
    kept = undefined;
  }
  const bytes = median(sizes);
  return { label, bytesPerItem: bytes / count, mb: bytes / 1e6 };
}

/** CPU milliseconds of `run` (median of the runs). */
function cpuMs(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return median(times);
}

/** The heap per item of each way of keeping the items, and the cost of making page items when asked. */
export function itemMemoryReport(corpusDir: string): string {
  const text = longPageLines(corpusDir).join('\n');
  const extractAll = (): Item[] => [...extractionSteps(text, eachLine(text))].flat();
  const items = extractAll();
  const n = items.length;
  const indexed = (): ItemIndex => {
    const index = new ItemIndex();
    index.add(extractAll());
    return index;
  };
  const rows: Row[] = [
    measure('page items made when found, in a list and a map by id (before)', n, () => {
      const pageItems = extractAll().map((item) => toPageItem(item, text));
      return { pageItems, byId: new Map(pageItems.map((item) => [item.id, item])) };
    }),
    measure("the extractor's items in the item index (now)", n, indexed),
    measure('  their ids alone', n, () => items.map(pageItemId)),
    measure('  their selectors alone', n, () => items.map((item) => createSelectors(text, item.start, item.end))),
    measure('  their sentences alone', n, () => items.map((item) => (item.kind === 'indicator' ? sentenceOf(text, item.start, item.end) : undefined))),
  ];

  const index = indexed();
  const offsets = codePointOffsets(text);
  const make = (from: number, to: number) => index.slice(from, to).map((item) => toPageItem(item, text, pageItemId(item), offsets));
  const allMs = cpuMs(() => make(0, n));
  const sliceMs = cpuMs(() => make(n - SLICE, n));

  const lines = [
    '## What the content script keeps per item',
    '',
    `Run of \`npm run bench:memory\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; Node ${process.version}, ` +
      `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}.`,
    '',
    `The 5 MB page's text (${text.length.toLocaleString('en')} characters, kept in every row), ${n.toLocaleString('en')} items. ` +
      `Heap used after two full collections, with and without each structure, median of ${RUNS} runs. ` +
      'Node keeps full 8-byte pointers; Chromium compresses them to 4 bytes, so a tab holds less per item.',
    '',
    '| kept | bytes per item | MB |',
    '| --- | ---: | ---: |',
    ...rows.map((row) => `| ${row.label} | ${row.bytesPerItem.toFixed(0)} | ${row.mb.toFixed(1)} |`),
    '',
    `Making page items when asked (CPU, median of ${RUNS}): all ${n.toLocaleString('en')} in ${allMs.toFixed(0)} ms, ` +
      `the last ${SLICE} in ${sliceMs.toFixed(1)} ms.`,
    '',
  ];
  return lines.join('\n');
}
