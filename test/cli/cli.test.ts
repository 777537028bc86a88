import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import packageJson from '../../package.json';
import { extract } from '../../src/extractor';
import { CSV_COLUMNS } from '../../src/shared/export/csv';
import { parseCsv } from '../shared/export/csv-reader';
import { corpusText } from '../shared/corpus-fixtures';
import { runCli } from './run-cli';
import { parseJsonLines, tempFiles } from './temp-files';

/** The first paragraphs of a corpus report: a speech summing up an industrial zone's economy. */
const excerpt = corpusText('003_4ef620bd1e3cb09d.txt')
  .split('\n')
  .slice(0, 16)
  .join('\n');

// Each test starts the command line, some several times: on a busy machine that takes seconds.
vi.setConfig({ testTimeout: 60_000 });

const { dir, write: fixture } = tempFiles('policy-lens-cli-');

const textFile = fixture('excerpt.txt', excerpt);

describe('policy-lens extract on a text file', () => {
  it('prints the extractor items as JSON Lines, offsets into the file text', () => {
    const run = runCli(['extract', textFile]);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const items = parseJsonLines(run.stdout);
    expect(items).toEqual(JSON.parse(JSON.stringify(extract(excerpt))));
    for (const item of items as { start: number; end: number; text: string }[]) {
      expect(excerpt.slice(item.start, item.end)).toBe(item.text);
    }
  });

  it('reads standard input for -', () => {
    expect(runCli(['extract', '-'], excerpt).stdout).toBe(runCli(['extract', textFile]).stdout);
  });

  it('prints one JSON array with --format json', () => {
    const run = runCli(['extract', textFile, '--format', 'json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(parseJsonLines(runCli(['extract', textFile]).stdout));
  });

  it('prints CSV as the extension exports it with --format csv, the file as the page, no save time', () => {
    const run = runCli(['extract', textFile, '--format', 'csv']);
    const [header, ...rows] = parseCsv(run.stdout.slice(1));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(extract(excerpt).length);
    const url = pathToFileURL(textFile).href;
    expect(rows.every((row) => row.slice(-3).join() === `excerpt.txt,${url},`)).toBe(true);
  });

  it('prints Markdown grouped by file with --format md, one entry per item', () => {
    const run = runCli(['extract', textFile, '--format', 'md']);
    expect(run.stdout.split('\n')[0]).toBe(`# Policy Lens: ${extract(excerpt).length} items from 1 page`);
    expect(run.stdout.match(/^- \*\*/gm)).toHaveLength(extract(excerpt).length);
  });

  it('prints W3C annotations with --format w3c and CSL-JSON with --format csl', () => {
    const w3c = JSON.parse(runCli(['extract', textFile, '--format', 'w3c']).stdout);
    expect(w3c).toMatchObject({ type: 'AnnotationCollection', total: extract(excerpt).length });
    const [first] = extract(excerpt);
    expect(w3c.first.items[0].target.selector[1]).toEqual({ type: 'TextPositionSelector', start: first!.start, end: first!.end });
    const csl = JSON.parse(runCli(['extract', textFile, '--format', 'csl']).stdout);
    expect(csl[0]).toMatchObject({ type: 'webpage', title: 'excerpt.txt', URL: pathToFileURL(textFile).href });
  });
});

describe('policy-lens extract --format w3c, read back by policy-lens anchor', () => {
  it('gives annotations that anchor places back exactly where the items are, astral characters before them included', () => {
    // A rare ideograph outside the BMP in front of the report: code point and string offsets differ after it.
    const page = fixture('astral.txt', `𠀀${excerpt}`);
    const annotations = fixture('astral.jsonld', runCli(['extract', page, '--format', 'w3c']).stdout);
    const placed = parseJsonLines(runCli(['anchor', annotations, page]).stdout);
    const items = extract(`𠀀${excerpt}`);
    expect(items.length).toBeGreaterThan(0);
    expect(placed).toEqual(items.map((item, i) => ({ id: `urn:policy-lens:item:${i + 1}`, start: item.start, end: item.end })));
  });
});

describe('policy-lens extract on many reports', () => {
  const reports = ['000_575128201b72bb82.txt', '003_4ef620bd1e3cb09d.txt', '004_d509771d086070bc.txt'];
  const folder = join(dir, 'reports');
  mkdirSync(join(folder, 'traditional'), { recursive: true });
  for (const name of reports.slice(0, 2)) writeFileSync(join(folder, name), corpusText(name));
  writeFileSync(join(folder, 'traditional', reports[2]!), corpusText(reports[2]!));
  const paths = [join(folder, reports[0]!), join(folder, reports[1]!), join(folder, 'traditional', reports[2]!)];

  it('takes a folder, names each item’s file and keeps the files in name order', () => {
    const run = runCli(['extract', folder]);
    expect(run.status).toBe(0);
    const items = parseJsonLines(run.stdout) as { file: string }[];
    const expected = paths.flatMap((path, i) => extract(corpusText(reports[i]!)).map((item) => ({ file: path, ...item })));
    expect(items).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('takes a glob, quoted so the shell leaves it alone, and several files', () => {
    expect(runCli(['extract', `${folder}/**/*.txt`]).stdout).toBe(runCli(['extract', folder]).stdout);
    expect(runCli(['extract', ...paths]).stdout).toBe(runCli(['extract', folder]).stdout);
    const one = runCli(['extract', `${folder}/0?3_*.txt`]);
    expect(new Set((parseJsonLines(one.stdout) as { file: string }[]).map((item) => item.file))).toEqual(new Set([paths[1]]));
  });

  it('writes one CSV for all with a file column to --out, traditional text kept', () => {
    const out = join(dir, 'all.csv');
    const run = runCli(['extract', folder, '--format', 'csv', '--out', out]);
    expect(run).toMatchObject({ status: 0, stdout: '' });
    const [header, ...rows] = parseCsv(readFileSync(out, 'utf8').slice(1));
    expect(header).toEqual(['file', ...CSV_COLUMNS]);
    const counts = paths.map((path) => rows.filter((row) => row[0] === path).length);
    expect(counts).toEqual(reports.map((name) => extract(corpusText(name)).length));
    expect(rows.some((row) => row[0] === paths[2] && /[縣發]/.test(row.join()))).toBe(true);
  });

  it('prints one line per file on standard error when it is not a terminal', () => {
    const run = runCli(['extract', folder, '--format', 'json']);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual(paths.map((path, i) => `policy-lens: [${i + 1}/3] ${path}`));
    expect(JSON.parse(run.stdout)).toHaveLength(parseJsonLines(runCli(['extract', folder]).stdout).length);
  });

  it('skips a PDF, a binary file and text in no known encoding, naming each with the reason, then exits 1', () => {
    const mixed = join(dir, 'mixed');
    mkdirSync(mixed, { recursive: true });
    writeFileSync(join(mixed, 'a-report.txt'), corpusText(reports[1]!));
    writeFileSync(join(mixed, 'b-scan.pdf'), '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj');
    writeFileSync(join(mixed, 'c-image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(mixed, 'd-latin1.txt'), Buffer.from([0x81, 0x20, 0x81, 0x20]));
    writeFileSync(join(mixed, 'e-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(corpusText(reports[2]!), 'utf16le')]));
    const run = runCli(['extract', mixed]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`cannot read ${join(mixed, 'b-scan.pdf')}: a PDF file, not text (convert it to text or HTML first) (skipped)`);
    expect(run.stderr).toContain(`cannot read ${join(mixed, 'c-image.txt')}: a binary file (it holds NUL bytes), not text (skipped)`);
    expect(run.stderr).toContain(`cannot read ${join(mixed, 'd-latin1.txt')}: not text in a known encoding`);
    expect(run.stderr).toContain('policy-lens: 3 of 5 files skipped');
    const files = new Set((parseJsonLines(run.stdout) as { file: string }[]).map((item) => item.file));
    expect(files).toEqual(new Set([join(mixed, 'a-report.txt'), join(mixed, 'e-utf16.txt')]));
  });
});

describe('policy-lens extract on an HTML page', () => {
  const paragraphs = excerpt.split('\n').filter((line) => line.trim() !== '');
  const page = fixture(
    'report.html',
    `<!doctype html>
<html lang="zh">
<head><meta charset="utf-8"><title>工业区经济发展建设总结讲话</title><style>.menu { display: none }</style></head>
<body>
  <nav class="menu">首页 共有12个栏目</nav>
  ${paragraphs.map((line) => `<p>${line.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`).join('\n  ')}
  <script>var visits = "增长12%";</script>
</body>
</html>`,
  );

  it('finds the items of the page text the extension reads: one line a paragraph, no hidden menu, no script', () => {
    const pageText = paragraphs.join('\n');
    const run = runCli(['extract', page]);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const items = parseJsonLines(run.stdout);
    expect(items.length).toBeGreaterThan(0);
    expect(items).toEqual(JSON.parse(JSON.stringify(extract(pageText))));
  });
});

describe('policy-lens as an npm command', () => {
  it('is found by npx inside the project without installing anything', () => {
    const root = new URL('../..', import.meta.url);
    const run = spawnSync('npx', ['--no-install', 'policy-lens', 'extract', textFile], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(runCli(['extract', textFile]).stdout);
  });
});

describe('policy-lens usage errors', () => {
  it.each([[[]], [['extract']], [['extract', 'a.txt', '--format', 'xml']], [['convert', 'a.txt']]])(
    '%j prints the usage and exits 2',
    (args) => {
      const run = runCli(args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('usage: policy-lens extract FILE...');
    },
  );

  it('--help prints the usage on standard output', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('usage: policy-lens extract FILE...');
  });

  it('--version prints the version of the package', () => {
    expect(runCli(['--version'])).toMatchObject({ status: 0, stdout: `${packageJson.version}\n` });
  });
});

describe('policy-lens with an unreadable file', () => {
  it('names a missing file and says why, exit 1', () => {
    const missing = join(dir, 'no-such-report.txt');
    const run = runCli(['extract', missing]);
    expect(run).toMatchObject({ status: 1, stdout: '', stderr: `policy-lens: cannot read ${missing}: no such file\n` });
  });

  it('names a glob that matches nothing, exit 1', () => {
    const run = runCli(['extract', `${dir}/*.docx`]);
    expect(run).toMatchObject({ status: 1, stderr: `policy-lens: cannot read ${dir}/*.docx: no file matches\n` });
  });
});
