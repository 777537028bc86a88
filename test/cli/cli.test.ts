import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extractor';
import { corpusText } from '../shared/corpus-fixtures';
import { runCli } from './run-cli';
import { parseJsonLines, tempFiles } from './temp-files';

/** The first paragraphs of a corpus report: a speech summing up an industrial zone's economy. */
const excerpt = corpusText('003_4ef620bd1e3cb09d.txt')
  .split('\n')
  .slice(0, 16)
  .join('\n');

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

  it('prints CSV for spreadsheets with --format csv, one row per item, page columns empty', () => {
    const run = runCli(['extract', textFile, '--format', 'csv']);
    const rows = run.stdout.split('\r\n').filter(Boolean);
    expect(rows[0]).toBe('\uFEFFkind,subtype,metric,value,unit,change,period,deadline,text,page title,URL,saved at');
    expect(rows).toHaveLength(1 + extract(excerpt).length);
    expect(rows.slice(1).every((row) => row.endsWith(',,,'))).toBe(true);
  });

  it('prints a Markdown table with one row per item with --format md', () => {
    const run = runCli(['extract', textFile, '--format', 'md']);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('| kind | subtype | status | text | fields | offsets |');
    expect(lines).toHaveLength(2 + extract(excerpt).length);
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
      expect(run.stderr).toContain('usage: policy-lens extract FILE');
    },
  );

  it('--help prints the usage on standard output', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('usage: policy-lens extract FILE');
  });
});

describe('policy-lens with an unreadable file', () => {
  it('names a missing file and says why, exit 1', () => {
    const missing = join(dir, 'no-such-report.txt');
    const run = runCli(['extract', missing]);
    expect(run).toMatchObject({ status: 1, stdout: '', stderr: `policy-lens: cannot read ${missing}: no such file\n` });
  });

  it('names a directory given as the file, exit 1', () => {
    const run = runCli(['extract', dir]);
    expect(run).toMatchObject({ status: 1, stderr: `policy-lens: cannot read ${dir}: is a directory, not a file\n` });
  });
});
