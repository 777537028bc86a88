/**
 * Lines whose report section changed its mood when the page changed: a part
 * heading (一、…工作回顾, 二、…主要任务) added, edited or removed above them
 * changes how their sentences read, so they are read again.
 */
import type { TextModel } from '../dom/text-model';
import { sectionMoodReader } from '../extractor';
import type { Span } from './extract-lines';

/**
 * The lines of `current` (in text order) that were on the page in `previous`
 * too, followed by their first text node, and stood there under another
 * section mood than they do now. Lines new to the page are left out: they are
 * read anyway.
 */
export function linesWithNewMood(previous: TextModel, current: TextModel, lines: readonly Span[]): Span[] {
  const moodNow = sectionMoodReader(current.text);
  const moodBefore = sectionMoodReader(previous.text);
  const wasThere = new Set(previous.segments.map((segment) => segment.node));
  const changed: Span[] = [];
  let lastBefore = -1;
  for (const line of lines) {
    const now = moodNow(line.start);
    const point = current.pointAt(line.start);
    if (!point || !wasThere.has(point.node)) continue;
    const before = previous.offsetAt(point.node, point.offset)!;
    // Nodes keep their order in the document; should they not, the line is read again rather than its mood guessed.
    if (before < lastBefore || moodBefore(before) !== now) changed.push(line);
    lastBefore = Math.max(lastBefore, before);
  }
  return changed;
}
