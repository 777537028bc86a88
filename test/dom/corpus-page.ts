/**
 * Corpus reports (`eval/corpus`) as the demo server
 * renders them: one `<p>` per line with text.
 */
import { corpusText } from '../shared/corpus-fixtures';

/** The lines of a corpus file that carry text. */
export function corpusLines(file: string): string[] {
  return corpusText(file)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

/** Replaces the body of `document` with one paragraph per line. */
export function renderParagraphs(document: Document, lines: readonly string[]): void {
  const paragraphs = lines.map((line) => {
    const paragraph = document.createElement('p');
    paragraph.textContent = line;
    return paragraph;
  });
  document.body.replaceChildren(...paragraphs);
}
