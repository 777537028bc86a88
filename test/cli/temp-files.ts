/** Input files for the command line's tests, in a temporary folder removed after the test file. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** A fresh temporary folder, removed after the test file: `write` puts a file there and gives its path. */
export function tempFiles(prefix: string): { dir: string; write(name: string, content: string): string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

/** The objects of JSON Lines output. */
export function parseJsonLines(output: string): unknown[] {
  return output
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as unknown);
}
