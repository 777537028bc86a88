/**
 * Measures the library page's first render with 100 and with 10,000 saved
 * items: from mounting the page to the first rows on screen, with the saved
 * items answered from memory. The list renders only the rows in view, so the
 * two should take about the same time; the ratio is the figure to watch.
 * Runs on jsdom: it times the page's own work (filtering, grouping, rendering),
 * not the browser's layout.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { h, render } from 'preact';
import { extract } from '../src/extractor';
import { LibraryApp } from '../src/library/components/LibraryApp';
import type { LibraryClient } from '../src/library/library-client';
import type { SavedItem } from '../src/shared/messages';
import { toPageItem } from '../src/shared/page-item';
import { newSavedItemFrom } from '../src/shared/saved-item';

/** Saved-item counts measured. */
const SIZES = [100, 10_000];

/** Timed renders per size, after one warm-up. */
const RUNS = 21;

/** One size's result. */
export interface RenderTiming {
  /** Saved items in the library. */
  items: number;
  /** Median time to the first rendered rows, in milliseconds. */
  medianMs: number;
  /** Item rows in the DOM after the render. */
  rowsRendered: number;
}

/** `count` saved items made from what the extractor finds in the corpus, spread over its reports. */
function savedItems(corpusDir: string, count: number): SavedItem[] {
  const pages = readdirSync(corpusDir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(corpusDir, file), 'utf8');
      const page = { url: `http://127.0.0.1:8080/${file.replace(/\.txt$/, '.html')}`, title: text.split('\n')[0]!.trim() };
      return extract(text).map((item) => newSavedItemFrom(toPageItem(item, text), page));
    });
  const all = pages.flat();
  return Array.from({ length: count }, (_, index) => {
    const item = all[index % all.length]!;
    const time = new Date(Date.UTC(2026, 10, 1) + index * 60_000).toISOString();
    return { ...item, id: `saved-${index}`, createdAt: time, updatedAt: time };
  });
}

/** Runs the benchmark on the corpus in `corpusDir`. */
export async function runLibraryBench(corpusDir: string): Promise<RenderTiming[]> {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const globals = globalThis as Record<string, unknown>;
  for (const name of ['window', 'document', 'Node', 'Element', 'HTMLElement', 'Event', 'KeyboardEvent', 'requestAnimationFrame', 'cancelAnimationFrame']) {
    globals[name] = (dom.window as unknown as Record<string, unknown>)[name];
  }
  // jsdom lays nothing out: give the list the viewport of a laptop window.
  Object.defineProperty(dom.window.HTMLElement.prototype, 'clientHeight', {
    get(this: HTMLElement) {
      return this.classList.contains('virtual-list') ? 800 : 0;
    },
  });
  const cases = SIZES.map((size) => {
    const items = savedItems(corpusDir, size);
    // Only listing runs during a first render; the rest answers as a store that does nothing.
    const client: LibraryClient = {
      listAll: async () => items,
      update: async () => items[0]!,
      remove: async () => [],
      restore: async () => undefined,
      onChange: () => () => undefined,
      exportItems: async () => ({ filename: '', mimeType: '', content: '' }),
      importFile: async () => ({ added: 0, alreadyThere: 0 }),
    };
    return { size, client, times: [] as number[], rowsRendered: 0 };
  });
  // The sizes take turns, run after run, so that both meet the same load on a shared machine.
  for (let run = 0; run <= RUNS; run++) {
    for (const measured of cases) {
      // A collection left over from the last run would fall into this one's time.
      (globalThis as { gc?: () => void }).gc?.();
      const root = dom.window.document.createElement('div');
      dom.window.document.body.append(root);
      const start = performance.now();
      render(h(LibraryApp, { client: measured.client }), root);
      while (root.querySelector('.item-row') === null) await new Promise((resolve) => setImmediate(resolve));
      const elapsed = performance.now() - start;
      measured.rowsRendered = root.querySelectorAll('.item-row').length;
      render(null, root);
      root.remove();
      if (run > 0) measured.times.push(elapsed);
    }
  }
  const results = cases.map(({ size, times, rowsRendered }) => {
    const sorted = [...times].sort((a, b) => a - b);
    return { items: size, medianMs: sorted[Math.floor(sorted.length / 2)]!, rowsRendered };
  });
  return results;
}

/** The results as a Markdown section for bench/RESULTS.md. */
export function formatLibraryReport(results: readonly RenderTiming[]): string {
  const base = results[0]!;
  const rows = results.map(
    (result) => `| ${result.items} | ${result.medianMs.toFixed(1)} | ${(result.medianMs / base.medianMs).toFixed(2)} | ${result.rowsRendered} |`,
  );
  return [
    '',
    '## Library first render',
    '',
    `The library page (jsdom, a window 800 px high) from mounting to its first rows, saved items answered from memory;`,
    `median of ${RUNS} renders after a warm-up, the two sizes taking turns. The list renders only the rows in view, so the time hardly grows with the items.`,
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores: on a busy machine the figures vary from run to run.`,
    '',
    '| saved items | first render ms | ratio to 100 items | item rows in the DOM |',
    '| ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
}
