/** The gold annotations: one JSON object a line per corpus document. */
import { SCORED_KINDS, type ScoredKind } from './match';

/** One hand-checked item of a corpus document (format in `eval/gold/README.md`). */
export interface GoldItem {
  /** Indicator or commitment. */
  kind: ScoredKind;
  /** Start of the value expression (indicator) or of the sentence (commitment), a JavaScript string index into the document. */
  start: number;
  /** End of that span, exclusive. */
  end: number;
  /** amount | rate | count | rank for an indicator, target | pledge for a commitment. */
  subtype: string;
  /** Indicator: `actual` or `target`. */
  status?: string;
  /** Indicator: the quantity's name, when the clause states it. */
  metric?: string;
  /** Commitment: the deadline, when stated. */
  deadline?: string;
}

/** A gold file that does not hold what the format says; the message names the file and line. */
export class GoldFormatError extends Error {
  override name = 'GoldFormatError';
}

/** Reads the lines of a gold file (`file` names it in error messages). Throws a `GoldFormatError` on a malformed line. */
export function parseGold(content: string, file: string): GoldItem[] {
  const items: GoldItem[] = [];
  content.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${file}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new GoldFormatError(`${where}: not JSON (${(error as Error).message})`);
    }
    items.push(goldItem(value, where));
  });
  return items;
}

function goldItem(value: unknown, where: string): GoldItem {
  if (typeof value !== 'object' || value === null) throw new GoldFormatError(`${where}: not an object`);
  const item = value as Record<string, unknown>;
  const kind = SCORED_KINDS.find((k) => k === item.kind);
  if (!kind) throw new GoldFormatError(`${where}: kind must be ${SCORED_KINDS.join(' or ')}`);
  const { start, end } = item;
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number)) {
    throw new GoldFormatError(`${where}: start and end must be offsets with start < end`);
  }
  const gold: GoldItem = { kind, start: start as number, end: end as number, subtype: String(item.subtype ?? '') };
  for (const field of ['status', 'metric', 'deadline'] as const) {
    if (typeof item[field] === 'string') gold[field] = item[field];
  }
  return gold;
}
