import { formatTokPerSecPerUser } from '../../domain/format';
import type { ComparisonModel } from './comparison-model';
import type { ComparedSide } from './sides';

const tps = (x: number) => `${formatTokPerSecPerUser(x, 2)} tok/s/user`;

/** A side's frontier knots (tok/s/user, ascending). */
const knotsOf = (side: ComparedSide) => side.frontierSidePoints.map((p) => p.x as number);

function fewPoints(side: ComparedSide): string | null {
  const knots = knotsOf(side);
  if (knots.length === 1) {
    return `${side.label} has 1 point on its frontier (at ${tps(knots[0]!)}): it can be compared there only, and no curve is drawn through it.`;
  }
  if (knots.length === 2) {
    return `${side.label} has only 2 points on its frontier (at ${tps(knots[0]!)} and ${tps(knots[1]!)}): its values between them are interpolated from two measurements.`;
  }
  return null;
}

/**
 * The measured points around `target` when it lies strictly between two of a side's frontier
 * points that are further apart than half the frontier's range; null otherwise (a side with
 * fewer than 3 frontier points is said by `fewPoints`).
 */
function wideGap(side: ComparedSide, target: number): { lo: number; hi: number; range: [number, number] } | null {
  const knots = knotsOf(side);
  if (knots.length < 3) return null;
  const range: [number, number] = [knots[0]!, knots[knots.length - 1]!];
  const i = knots.findIndex((x) => x > target);
  if (i <= 0) return null;
  const lo = knots[i - 1]!;
  const hi = knots[i]!;
  return lo < target && hi - lo > (range[1] - range[0]) / 2 ? { lo, hi, range } : null;
}

/**
 * Sentences that say where a comparison rests on little data, for beside its table: a side
 * with only 1 or 2 frontier points; a band that is a single interactivity (or narrower than
 * 1 tok/s/user); a target between two of a side's frontier points more than half that
 * frontier's range apart. Empty when none applies. Pure.
 */
export function sparseWarnings(c: ComparisonModel): string[] {
  const warnings: string[] = [];
  for (const side of [c.a, c.b]) {
    const few = fewPoints(side);
    if (few) warnings.push(few);
  }
  if (c.band.kind === 'overlap' && c.bandBounds === null) {
    warnings.push(
      c.band.lo === c.band.hi
        ? `The two sides share a single interactivity, ${tps(c.band.lo)}: they are compared at that point only.`
        : `The two sides share only ${formatTokPerSecPerUser(c.band.lo, 2)}–${tps(c.band.hi)}, less than 1 tok/s/user wide.`,
    );
  }
  for (const target of c.targets.values) {
    for (const side of [c.a, c.b]) {
      const gap = wideGap(side, target);
      if (!gap) continue;
      warnings.push(
        `At ${tps(target)}, ${side.label} is interpolated across a gap between its measured points at ${formatTokPerSecPerUser(gap.lo, 2)} and ${tps(gap.hi)}, more than half of its frontier's range (${formatTokPerSecPerUser(gap.range[0], 2)}–${tps(gap.range[1])}).`,
      );
    }
  }
  return warnings;
}
