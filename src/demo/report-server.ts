/**
 * A small HTTP server on 127.0.0.1 that serves report texts as HTML pages:
 * the demo pages of `npm start` and the pages of the end-to-end tests.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import {
  REPORT_PAGE_CSP,
  REPORT_STYLESHEET,
  REPORT_STYLESHEET_PATH,
  renderIndexPage,
  renderReportPage,
  reportPath,
  reportTitle,
  type ReportText,
} from './report-pages';

/** A report page the server serves. */
export interface ServedReport extends ReportText {
  /** The page's title, as in its `<title>`. */
  title: string;
  /** Absolute URL of the page. */
  url: string;
}

/** A running report server. */
export interface ReportServer {
  /** URL of the index page, e.g. `http://127.0.0.1:43117/`. */
  origin: string;
  /** The served reports, in file-name order. */
  reports: ServedReport[];
  /** The served report with this name; throws when there is none. */
  report(name: string): ServedReport;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Reads every `*.txt` file of the given folders, in file-name order within each folder. */
export async function readReportTexts(folders: readonly string[]): Promise<ReportText[]> {
  const reports: ReportText[] = [];
  for (const folder of folders) {
    const files = (await readdir(folder)).filter((f) => f.endsWith('.txt')).sort();
    for (const file of files) {
      reports.push({ name: basename(file, '.txt'), text: await readFile(join(folder, file), 'utf8') });
    }
  }
  return reports;
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

/**
 * Serves the reports on 127.0.0.1 at a free port (or `port`): the index at `/`,
 * each report at `/reports/<name>.html`.
 */
export async function startReportServer(reports: readonly ReportText[], port = 0): Promise<ReportServer> {
  const pages = new Map(reports.map((r) => [reportPath(r.name), renderReportPage(r)]));
  const index = renderIndexPage(reports);

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const page = pages.get(path);
    if (page !== undefined) {
      send(res, 200, 'text/html; charset=utf-8', page, { 'Content-Security-Policy': REPORT_PAGE_CSP });
    } else if (path === '/') {
      send(res, 200, 'text/html; charset=utf-8', index, { 'Content-Security-Policy': REPORT_PAGE_CSP });
    } else if (path === REPORT_STYLESHEET_PATH) {
      send(res, 200, 'text/css; charset=utf-8', REPORT_STYLESHEET);
    } else {
      send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const served = reports.map((r) => ({ ...r, title: reportTitle(r), url: new URL(reportPath(r.name), origin).href }));

  return {
    origin,
    reports: served,
    report(name) {
      const found = served.find((r) => r.name === name);
      if (!found) throw new Error(`No report named "${name}" is served (have: ${served.map((r) => r.name).join(', ')})`);
      return found;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
