import { interactivityX } from '../engine-x.ts';
import { createSideCurve, type SideCurve } from '../side-curve.ts';

/**
 * A hand-made curve (not real data) through the given (tok/s/user, tok/s/GPU) knots, which must
 * form a frontier; output throughput is half the total, input unknown, concurrency 4.
 */
export function knotCurve(...knots: [number, number][]): SideCurve {
  return createSideCurve(
    knots.map(([x, y], i) => ({
      id: `k${i}`,
      x: interactivityX(x),
      tokPerSecPerGpu: y,
      outputTokPerSecPerGpu: y / 2,
      inputTokPerSecPerGpu: null,
      concurrency: 4,
    })),
  );
}
