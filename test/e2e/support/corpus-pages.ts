/**
 * The corpus reports served as HTML pages on 127.0.0.1, and what the
 * extractor finds in each page when run in Node on the same page text.
 */
import { JSDOM } from 'jsdom';
import { buildTextModel } from '../../../src/dom/text-model';
import { extract, type Item } from '../../../src/extractor';
import { renderReportPage } from '../../../src/demo/report-pages';
import { readReportTexts, startReportServer, type ReportServer, type ServedReport } from '../../../src/demo/report-server';
import { CORPUS_DIR } from '../../shared/corpus-fixtures';

/** The corpus folder, for tests that serve it with pages of their own. */
export { CORPUS_DIR };

/** The smallest report: quick to load, still has items of both kinds. */
export const SMALL_REPORT = '003_4ef620bd1e3cb09d';
/** The largest report, for the tests that must hold on a long page. */
export const LARGEST_REPORT = '001_66774ca9e7b2c39c';

/** Serves every corpus report on 127.0.0.1. */
export async function serveCorpus(): Promise<ReportServer> {
  return startReportServer(await readReportTexts([CORPUS_DIR]));
}

/**
 * The items the extractor finds in a report page, read the way the content
 * script reads it: the page text model of the rendered HTML, built on jsdom.
 */
export function expectedItems(report: ServedReport): Item[] {
  const { document } = new JSDOM(renderReportPage(report)).window;
  return extract(buildTextModel(document.body).text);
}
