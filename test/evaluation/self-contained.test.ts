/**
 * A fresh clone tests alone: no source, test, benchmark or script reads the
 * shared evaluation folder that CI puts beside the repository. Only the
 * scorer comparison (`npm run score:compare`, outside `npm test`) looks there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = resolve('.');
/** The one file allowed to name it: the comparison with the reference scorer. */
const ALLOWED = new Set(['src/evaluation/main.ts']);
/** A path into the shared folder's corpus, gold, tools or spec (not `test/shared/corpus-fixtures`). */
const SHARED_PATH = /shared\/(?:corpus|gold|tools|spec)(?![\w-])/;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(?:ts|tsx|mjs|js|json)$/.test(entry.name)) yield path;
  }
}

it('reads the evaluation data from eval/, never from beside the repository', () => {
  const roots = ['src', 'test', 'bench', 'eval'].map((d) => join(ROOT, d));
  const topLevel = readdirSync(ROOT).filter((f) => /^(?:package\.json|vite.*\.ts|vitest.*\.ts|tsconfig.*\.json)$/.test(f)).map((f) => join(ROOT, f));
  const offending = [...roots.flatMap((d) => [...files(d)]), ...topLevel]
    .map((path) => relative(ROOT, path))
    .filter((path) => !ALLOWED.has(path) && SHARED_PATH.test(readFileSync(join(ROOT, path), 'utf8')));
  expect(offending).toEqual([]);
});
