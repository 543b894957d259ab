import { describe, expect, it } from 'vitest';
import { curveEnvelope } from '../../math';
import { knotCurve } from '../../math/__fixtures__/knot-curve.ts';
import { keptEnvelope } from './kept-envelope';

const curve = knotCurve;

// Straight lines that cross: A leads at low interactivity, B at high.
const A = curve([10, 100], [50, 20]);
const B = curve([10, 60], [50, 40]);

describe('keptEnvelope', () => {
  it('is curveEnvelope, and the same segments again for the same curves and options', () => {
    const first = keptEnvelope([A, B]);
    expect(first).toEqual(curveEnvelope([A, B]));
    expect(first.map((s) => s.curve)).toEqual([0, 1]);
    expect(keptEnvelope([A, B])).toBe(first);
  });

  it('tells apart weights, curve order, the spline and the direction', () => {
    // B weighted ×3 is ahead everywhere (180 > 100 at 10 tok/s/user).
    expect(keptEnvelope([A, B], { weights: [1, 3] })).toEqual(curveEnvelope([A, B], { weights: [1, 3] }));
    expect(keptEnvelope([A, B], { weights: [1, 3] }).map((s) => s.curve)).toEqual([1]);
    expect(keptEnvelope([B, A])).toEqual(curveEnvelope([B, A]));
    expect(keptEnvelope([A, B], { prefer: 'lower' })).toEqual(curveEnvelope([A, B], { prefer: 'lower' }));
    expect(keptEnvelope([A, B], { series: 'outputTokPerSecPerGpu', weights: [1, 3] })).toEqual(
      curveEnvelope([A, B], { series: 'outputTokPerSecPerGpu', weights: [1, 3] }),
    );
    expect(keptEnvelope([A, B])).toEqual(curveEnvelope([A, B]));
  });

  it('forgets the oldest beyond what it keeps, and still answers right', () => {
    const first = keptEnvelope([A, B], { weights: [2, 1] });
    for (let w = 1; w <= 80; w++) keptEnvelope([A, B], { weights: [1, 1 + w / 100] });
    const again = keptEnvelope([A, B], { weights: [2, 1] });
    expect(again).not.toBe(first);
    expect(again).toEqual(curveEnvelope([A, B], { weights: [2, 1] }));
  });
});
