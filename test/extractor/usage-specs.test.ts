/**
 * Runs every example spec, `specs/<usage>/<area>.jsonl`: each line a named
 * test, `zh-HK/commitments.jsonl:3 — note` (format in `spec-cases.ts`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extractor';
import { checkCase, parseSpecLine, SPEC_USAGES, type SpecCase } from './spec-cases';

/** Found from the working directory (the repository root under Vitest), as the corpus fixtures are. */
const SPEC_DIR = resolve(process.cwd(), 'test/extractor/specs');

const usages = readdirSync(SPEC_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

it('names every spec folder after a usage', () => {
  expect(usages.filter((u) => !(SPEC_USAGES as readonly string[]).includes(u))).toEqual([]);
});

for (const usage of usages) {
  const files = readdirSync(join(SPEC_DIR, usage)).filter((f) => f.endsWith('.jsonl')).sort();
  if (files.length === 0) continue; // an empty folder is no failure: its usage has no case yet
  describe(usage, () => {
    for (const file of files) {
      const lines = readFileSync(join(SPEC_DIR, usage, file), 'utf8').split('\n');
      lines.forEach((line, index) => {
        if (!line.trim()) return;
        const where = `${usage}/${file}:${index + 1}`;
        let spec: SpecCase;
        try {
          spec = parseSpecLine(line);
        } catch (error) {
          it(`${where} — malformed`, () => {
            throw new Error(`${where}: ${(error as Error).message}`);
          });
          return;
        }
        it(spec.note ? `${where} — ${spec.note}` : where, () => {
          expect(checkCase(spec, extract(spec.input)), spec.input).toEqual([]);
        });
      });
    }
  });
}
