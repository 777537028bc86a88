/**
 * Lines whose report section changed its mood when the page changed: a part
 * heading (一、…工作回顾, 二、…主要任务) added, edited or removed above them
 * changes how their sentences read, so they are read again.
 */
import type { TextModel } from '../dom/text-model';
import { steppedMoodReader, type Span } from './extract-lines';

/** Text nodes, or lines, taken in one step. */
const ENTRIES_PER_STEP = 256;

/**
 * The lines of `current` (from `lines`, in text order) that were on the page
 * in `previous` too, followed by their first text node, and stood there under
 * another section mood than they do now. Lines new to the page are left out:
 * they are read anyway. A generator of bounded steps, each a share of the
 * text nodes, of the lines or of the text before a line (earlier or now),
 * whose result is the lines.
 */
export function* linesWithNewMood(previous: TextModel, current: TextModel, lines: Iterable<Span>): Generator<unknown, Span[], undefined> {
  const moodNow = steppedMoodReader(current.text);
  const moodBefore = steppedMoodReader(previous.text);
  // Where each text node stood in the earlier text; a node not there was not on the page.
  const startBefore = new Map<Node, number>();
  for (const segment of previous.segments) {
    startBefore.set(segment.node, segment.start);
    if (startBefore.size % ENTRIES_PER_STEP === 0) yield;
  }
  const changed: Span[] = [];
  let lastBefore = -1;
  let taken = 0;
  for (const line of lines) {
    if (++taken % ENTRIES_PER_STEP === 0) yield;
    const now = yield* moodNow(line.start);
    const point = current.pointAt(line.start);
    const nodeStart = point ? startBefore.get(point.node) : undefined;
    if (point === null || nodeStart === undefined) continue;
    const before = nodeStart + point.offset;
    // Nodes keep their order in the document; should they not, the line is read again rather than its mood guessed.
    if (before < lastBefore) {
      changed.push(line);
      continue;
    }
    // The earlier text up to the line is read for headings in steps: the page may have dropped a long passage here.
    if ((yield* moodBefore(before)) !== now) changed.push(line);
    lastBefore = before;
  }
  return changed;
}
