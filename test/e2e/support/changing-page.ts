/**
 * A report page whose own script keeps changing it for a while, as a live
 * page does: it adds paragraphs of the corpus's reports, edits paragraphs
 * (a new text node, or the same text node given new text) and removes some,
 * at irregular short intervals, then stops. The changes follow a fixed
 * pseudo-random sequence, so every run makes the same ones.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { escapeHtml } from '../../../src/demo/report-pages';

/** How the page changes. */
export interface ChangingPageOptions {
  /** The report paragraphs the page shows at first. */
  initial: readonly string[];
  /** The paragraphs its script brings in, in turn (added, or written over an existing paragraph). */
  incoming: readonly string[];
  /** How long the script changes the page, ms. */
  durationMs: number;
}

/** What the page tells of its changes, as `window.pageChanges`. */
export interface PageChanges {
  /** Paragraphs added. */
  added: number;
  /** Paragraphs given new text. */
  edited: number;
  /** Paragraphs removed. */
  removed: number;
  /** True once the script has stopped changing the page. */
  done: boolean;
}

/** The served page and the server's end. */
export interface ChangingPage {
  /** The page's URL. */
  url: string;
  /** Stops the server. */
  close(): Promise<void>;
}

/** The page's own script, run as a file of its own (the page allows its own scripts only). */
function pageScript({ incoming, durationMs }: ChangingPageOptions): string {
  return `(() => {
const incoming = ${JSON.stringify(incoming).replace(/</g, '\\u003c')};
const changes = { added: 0, edited: 0, removed: 0, done: false };
window.pageChanges = changes;
let seed = 20261201;
const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
const pick = (list) => list[Math.floor(random() * list.length)];
let next = 0;
const nextText = () => incoming[next++ % incoming.length];
const main = document.querySelector('main');
const started = performance.now();
function change() {
  const paragraphs = [...main.querySelectorAll('p')];
  const roll = random();
  if (paragraphs.length < 60 && (roll < 0.45 || paragraphs.length < 10)) {
    const p = document.createElement('p');
    p.textContent = nextText();
    main.insertBefore(p, random() < 0.5 ? null : pick(paragraphs));
    changes.added++;
  } else if (roll < 0.8) {
    const p = pick(paragraphs);
    // Half the edits replace the paragraph's text node, half rewrite the node it has.
    if (random() < 0.5 || !p.firstChild) p.textContent = nextText();
    else p.firstChild.data = nextText();
    changes.edited++;
  } else {
    pick(paragraphs).remove();
    changes.removed++;
  }
  if (performance.now() - started >= ${durationMs}) changes.done = true;
  else setTimeout(change, 40 + random() * 300);
}
setTimeout(change, 100);
})();`;
}

/** Serves the page at a free port of 127.0.0.1. */
export async function serveChangingPage(options: ChangingPageOptions): Promise<ChangingPage> {
  const html =
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>不断更新的报告</title></head><body><main>\n' +
    options.initial.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n') +
    '\n</main><script src="/changes.js"></script></body></html>';
  const script = pageScript(options);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const body = path === '/report.html' ? html : path === '/changes.js' ? script : undefined;
    res.writeHead(body === undefined ? 404 : 200, {
      'Content-Type': path.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; script-src 'self'",
      'Cache-Control': 'no-store',
    });
    res.end(body ?? 'Not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/report.html`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
