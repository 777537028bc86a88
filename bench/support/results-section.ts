/**
 * Results files shared by several benchmarks. A benchmark that adds its
 * figures to another's file writes them as a marked section at its end, which
 * it alone rewrites (the page benchmark keeps the end of bench/PAGE-TASKS.md,
 * from its notes on, from one run to the next).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const opening = (name: string): string => `<!-- section ${name}: written by its benchmark -->`;
const closing = (name: string): string => `<!-- end of section ${name} -->`;

/** Every marked section of `text`, markers included, in order. */
function markedSections(text: string): string[] {
  return [...text.matchAll(/<!-- section (\S+): written by its benchmark -->[\s\S]*?<!-- end of section \1 -->/g)].map((match) => match[0]);
}

/**
 * Writes `body` as the marked section `name` of the Markdown file `file`:
 * the section is replaced where it is, or added at the end; the rest of the
 * file stays as it is.
 */
export function writeSection(file: URL, name: string, body: string): void {
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const section = `${opening(name)}\n${body.trim()}\n${closing(name)}`;
  const old = markedSections(before).find((text) => text.startsWith(opening(name)));
  writeFileSync(file, old ? before.replace(old, () => section) : `${before.trimEnd()}\n\n${section}\n`.trimStart());
}
