/**
 * Renders report texts (one paragraph per line, as in the corpus) as plain
 * HTML pages, the way an analyst meets them on a government web site.
 */

/** A report text to serve as a page. */
export interface ReportText {
  /** File name without `.txt`; also the page's name in its URL. */
  name: string;
  /** The report's text exactly as read from its file. */
  text: string;
}

/** Path of the stylesheet every report page links to. */
export const REPORT_STYLESHEET_PATH = '/report.css';

/**
 * The stylesheet of the report pages. It is served as a file, not inlined,
 * so that the pages can carry a strict Content-Security-Policy.
 */
export const REPORT_STYLESHEET = `body {
  max-width: 46em;
  margin: 2em auto;
  padding: 0 1em;
  font: 17px/1.8 "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", serif;
  color: #1d1d1f;
  background: #fbfaf7;
}
h1 { font-size: 1.5em; line-height: 1.4; }
p { margin: 0 0 0.8em; text-indent: 2em; }
ul { line-height: 2; }
`;

/**
 * Content-Security-Policy of the report pages: no scripts, no connections,
 * styles only from the server. The extension must work under it unchanged.
 */
export const REPORT_PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self'";

/** Escapes the characters that are markup in HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The lines of a report that carry text, without their line ends and trailing spaces. */
function reportLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
}

/** The report's title: its first line with text, or its name when it has none. */
export function reportTitle(report: ReportText): string {
  return reportLines(report.text)[0]?.trim() ?? report.name;
}

/** URL path of a report's page. */
export function reportPath(name: string): string {
  return `/reports/${encodeURIComponent(name)}.html`;
}

function htmlDocument(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="google" content="notranslate">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${REPORT_STYLESHEET_PATH}">
</head>
<body>
${body}
</body>
</html>
`;
}

/** A report as an HTML page: its first line as the heading, then one `<p>` per line. */
export function renderReportPage(report: ReportText): string {
  const [heading = report.name, ...paragraphs] = reportLines(report.text);
  const body = [
    `<h1>${escapeHtml(heading.trim())}</h1>`,
    ...paragraphs.map((line) => `<p>${escapeHtml(line)}</p>`),
  ].join('\n');
  return htmlDocument(reportTitle(report), body);
}

/** The index page: a link to every report page. */
export function renderIndexPage(reports: readonly ReportText[]): string {
  const links = reports
    .map((r) => `<li><a href="${reportPath(r.name)}">${escapeHtml(reportTitle(r))}</a> <small>${escapeHtml(r.name)}</small></li>`)
    .join('\n');
  return htmlDocument('Policy Lens demo reports', `<h1>Policy Lens demo reports</h1>\n<ul>\n${links}\n</ul>`);
}
