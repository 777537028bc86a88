/**
 * Results files shared by several benchmarks. A benchmark that adds its
 * figures to another's file writes them as a marked section, which it alone
 * rewrites; the file's owner rewrites the rest and keeps the marked sections.
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

/**
 * Writes `report` to `file` in place of what it held, keeping the marked
 * sections other benchmarks wrote there, after the report.
 */
export function writeKeepingSections(file: URL, report: string): void {
  const kept = existsSync(file) ? markedSections(readFileSync(file, 'utf8')) : [];
  writeFileSync(file, [report.trimEnd(), ...kept].join('\n\n') + '\n');
}
