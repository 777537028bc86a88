/**
 * One report page on 127.0.0.1 whose text the test changes between loads, as
 * a site edits a report after the analyst saved from it. Served like the
 * demo server's pages: same HTML, stylesheet and Content-Security-Policy.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REPORT_PAGE_CSP, REPORT_STYLESHEET, REPORT_STYLESHEET_PATH, renderReportPage } from '../../../src/demo/report-pages';

/** The page's address, a way to change its text, and the server's end. */
export interface EditablePage {
  /** The page's URL; it never changes. */
  url: string;
  /** Serves `text` (one paragraph a line, the first the heading) from the next load on. */
  setText(text: string): void;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Serves a report page at a free port of 127.0.0.1. */
export async function serveEditablePage(name: string, text: string): Promise<EditablePage> {
  let current = text;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === REPORT_STYLESHEET_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8' }).end(REPORT_STYLESHEET);
    } else if (path === `/reports/${name}.html`) {
      res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': REPORT_PAGE_CSP, 'Cache-Control': 'no-store' })
        .end(renderReportPage({ name, text: current }));
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/reports/${name}.html`,
    setText(text) {
      current = text;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
