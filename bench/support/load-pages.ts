/**
 * The pages of the load benchmark, built from the corpus's report texts and
 * served on 127.0.0.1: a whole report in one paragraph, a very long page, a
 * page of many small elements, and a page that keeps adding paragraphs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { escapeHtml } from '../../src/demo/report-pages';

/** One page of the benchmark. */
export interface LoadPage {
  /** Short name, also its path. */
  name: string;
  /** What the page is, for the results. */
  description: string;
  /** The HTML. */
  html: string;
  /** True for the page whose own script keeps changing it. */
  storm: boolean;
}

/** How long the changing page adds paragraphs, and how often. */
export const STORM = { durationMs: 10_000, everyMs: 10 };

/** The report lines of the corpus, in file order. */
function corpusLines(corpusDir: string): string[] {
  return readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => readFileSync(join(corpusDir, name), 'utf8').split(/\r?\n/))
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Entries of `list` taken in turn, over and over, until their UTF-8 size reaches `bytes`. */
function repeatTo(list: readonly string[], bytes: number): string[] {
  const out: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const entry = list[i % list.length]!;
    out.push(entry);
    size += Buffer.byteLength(entry);
  }
  return out;
}

const page = (title: string, body: string, script = ''): string =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}${script}</body></html>`;

/** The paragraphs of the long page (`long-page-5mb`): the corpus lines taken in turn until they make 5 MB. */
export function longPageLines(corpusDir: string): string[] {
  return repeatTo(corpusLines(corpusDir), 5_000_000);
}

/** The benchmark's pages, from the report texts in `corpusDir`. */
export function loadPages(corpusDir: string): LoadPage[] {
  const lines = corpusLines(corpusDir);
  const clauses = lines.flatMap((line) => line.split(/(?<=[,,。;;])/)).filter((clause) => clause.trim() !== '');
  const elements: string[] = [];
  const spans = clauses.slice(0, 50_000);
  while (spans.length < 50_000) spans.push(...clauses.slice(0, 50_000 - spans.length));
  for (let i = 0; i < spans.length; i += 10) {
    elements.push(`<p>${spans.slice(i, i + 10).map((clause) => `<span>${escapeHtml(clause)}</span>`).join('')}</p>`);
  }
  // The changing page: a short report, then a paragraph more every few ms from its own timer, which counts its runs.
  const storm = `<script>
const lines = ${JSON.stringify(lines.slice(0, 3000)).replace(/</g, '\\u003c')};
const state = { fires: 0, done: false };
window.storm = state;
const started = performance.now();
const timer = setInterval(() => {
  state.fires++;
  const p = document.createElement('p');
  p.textContent = lines[state.fires % lines.length];
  document.body.append(p);
  if (performance.now() - started >= ${STORM.durationMs}) { clearInterval(timer); state.done = true; }
}, ${STORM.everyMs});
</script>`;
  return [
    {
      name: 'one-paragraph-1mb',
      description: 'the corpus reports joined into one `<p>` of 1 MB',
      html: page('一段', `<p>${escapeHtml(repeatTo(lines, 1_000_000).join(''))}</p>`),
      storm: false,
    },
    {
      name: 'long-page-5mb',
      description: 'the corpus lines as paragraphs, repeated to 5 MB',
      html: page('长页', longPageLines(corpusDir).map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')),
      storm: false,
    },
    {
      name: 'elements-50k',
      description: '50,000 `<span>` elements, a corpus clause each, ten to a paragraph',
      html: page('五万个元素', elements.join('\n')),
      storm: false,
    },
    {
      name: 'mutation-storm',
      description: `a short report whose own timer adds a corpus paragraph every ${STORM.everyMs} ms for ${STORM.durationMs / 1000} s`,
      html: page('不断变化', lines.slice(0, 40).map((line) => `<p>${escapeHtml(line)}</p>`).join('\n'), storm),
      storm: true,
    },
  ];
}

/** A server of the pages; also serves mark.js for the reference run. */
export interface LoadPageServer {
  /** URL of a page by name. */
  url(name: string): string;
  /** URL of mark.js. */
  markJsUrl: string;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Serves `pages` on 127.0.0.1 at a free port. */
export async function serveLoadPages(pages: readonly LoadPage[]): Promise<LoadPageServer> {
  const byPath = new Map(pages.map((p) => [`/${p.name}.html`, p.html]));
  const markJs = readFileSync(resolve('node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const body = path === '/mark.js' ? markJs : byPath.get(path);
    res.writeHead(body === undefined ? 404 : 200, {
      'Content-Type': path.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
    });
    res.end(body ?? 'Not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (name) => `${origin}/${name}.html`,
    markJsUrl: `${origin}/mark.js`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
