/** The scores below which `npm run score:check` fails, kept in `eval/floors.json`. */
import { SCORED_KINDS, type ScoredKind } from './match';
import { agreementRate, ATTRIBUTES, rates, type Attribute, type Tally } from './score';

/** Lowest accepted scores over all documents. */
export interface Floors {
  /** Lowest F1 per kind. */
  f1: Partial<Record<ScoredKind, number>>;
  /** Lowest agreement per attribute. */
  agreement: Partial<Record<Attribute, number>>;
}

/** The scores of `total` that are below `floors`, each said in a line; empty when none is. */
export function belowFloors(total: Tally, floors: Floors): string[] {
  const below: string[] = [];
  for (const kind of SCORED_KINDS) {
    const floor = floors.f1[kind];
    const f1 = rates(total.counts[kind]).f1;
    if (floor !== undefined && f1 < floor) below.push(`${kind} F1 ${f1.toFixed(4)} < ${floor}`);
  }
  for (const attribute of ATTRIBUTES) {
    const floor = floors.agreement[attribute];
    const rate = agreementRate(total.agreement[attribute]);
    if (floor !== undefined && rate < floor) below.push(`${attribute} agreement ${rate.toFixed(4)} < ${floor}`);
  }
  return below;
}
