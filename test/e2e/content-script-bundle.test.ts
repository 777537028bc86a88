/**
 * The built content script is a single self-contained file: the modules it
 * imports dynamically (to set them up after its first task) are inlined, so
 * that it loads no other file of the extension and the manifest exposes none
 * to pages. It is injected once the page is parsed, never at `document_start`;
 * the highlights' style sheet is a file the browser inserts itself before the
 * page is parsed, built from the same palette the content script knows.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { highlightCss } from '../../src/content/paint/layers';
import { DIST_DIR } from './support/extension-browser';

/** The built manifest's parts this test reads. */
interface Manifest {
  /** The content scripts' files, their style sheets and when the scripts are injected, by entry. */
  content_scripts: { js: string[]; css?: string[]; run_at?: string }[];
  /** Files of the extension that pages may load. */
  web_accessible_resources?: unknown[];
}

const manifest = JSON.parse(readFileSync(resolve(DIST_DIR, 'manifest.json'), 'utf8')) as Manifest;

test('the content script is one file that imports nothing, and no file is exposed to pages', () => {
  const files = manifest.content_scripts.flatMap((entry) => entry.js);
  expect(files).toHaveLength(1);
  for (const file of files) {
    const code = readFileSync(resolve(DIST_DIR, file), 'utf8');
    expect(code, file).not.toMatch(/\bimport\s*\(|^\s*import[\s{*]/m);
  }
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
});

// Any script injected at document_start, an empty one too, made Chromium render a frame of the page before its body
// was parsed far more often, and then lay out nearly all of a large page in one long task (bench/PAGE-TASKS.md).
test('no content script is injected before the page is parsed', () => {
  expect(manifest.content_scripts.map((entry) => entry.run_at)).not.toContain('document_start');
});

test('the style sheet inserted before the page is parsed is the highlights\' sheet, built from the palette', () => {
  const sheets = manifest.content_scripts.flatMap((entry) => entry.css ?? []);
  expect(sheets).toHaveLength(1);
  expect(readFileSync(resolve(DIST_DIR, sheets[0]!), 'utf8').trim()).toBe(highlightCss());
});
