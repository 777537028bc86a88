/**
 * The built content scripts are single self-contained files: the modules the
 * main one imports dynamically (to set them up after its first task) are
 * inlined, so that it loads no other file of the extension and the manifest
 * exposes none to pages.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { DIST_DIR } from './support/extension-browser';

/** The built manifest's parts this test reads. */
interface Manifest {
  /** The content scripts' files, by entry. */
  content_scripts: { js: string[] }[];
  /** Files of the extension that pages may load. */
  web_accessible_resources?: unknown[];
}

const manifest = JSON.parse(readFileSync(resolve(DIST_DIR, 'manifest.json'), 'utf8')) as Manifest;

test('each content script is one file that imports nothing, and no file is exposed to pages', () => {
  const files = manifest.content_scripts.flatMap((entry) => entry.js);
  expect(files).toHaveLength(2);
  for (const file of files) {
    const code = readFileSync(resolve(DIST_DIR, file), 'utf8');
    expect(code, file).not.toMatch(/\bimport\s*\(|^\s*import[\s{*]/m);
  }
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
});
