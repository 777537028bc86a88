import { afterAll, beforeAll, expect, test } from 'vitest';
import { REPORT_PAGE_CSP } from '../../src/demo/report-pages';
import { startReportServer, type ReportServer } from '../../src/demo/report-server';

let server: ReportServer;

beforeAll(async () => {
  server = await startReportServer([{ name: 'speech', text: '县工业领导组扩大会上的讲话\n全年工业总产值增长12.4%。' }]);
});

afterAll(() => server.close());

test('listens on 127.0.0.1 only, at a free port', () => {
  expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test('serves each report as a UTF-8 HTML page under a strict Content-Security-Policy', async () => {
  const response = await fetch(server.report('speech').url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(response.headers.get('content-security-policy')).toBe(REPORT_PAGE_CSP);
  expect(await response.text()).toContain('<p>全年工业总产值增长12.4%。</p>');
});

test('serves the index and the stylesheet; anything else is not found', async () => {
  expect((await fetch(server.origin)).status).toBe(200);
  expect((await fetch(new URL('/report.css', server.origin))).headers.get('content-type')).toBe('text/css; charset=utf-8');
  expect((await fetch(new URL('/reports/other.html', server.origin))).status).toBe(404);
});

test('asking for a report it does not serve names the ones it does', () => {
  expect(() => server.report('other')).toThrow('No report named "other" is served (have: speech)');
});
