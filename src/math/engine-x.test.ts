import { describe, expect, it } from 'vitest';
import { interactivityX, inverseLatencyX } from './engine-x.ts';
import { computeFrontier } from './frontier.ts';
import type { EngineX, SidePoint } from './types.ts';

describe('engine x constructors', () => {
  it.each([
    [50, 50],
    [0.5, 0.5],
    [0, 0],
    [Number.NaN, Number.NaN],
  ])('interactivityX(%d) is the tok/s/user value itself', (tokPerSecPerUser, x) => {
    expect(interactivityX(tokPerSecPerUser)).toBe(x);
  });

  it.each([
    [4, 0.25],
    [0.4, 2.5],
    [1.25, 0.8],
  ])('inverseLatencyX(%d s) is %d per second', (seconds, x) => {
    expect(inverseLatencyX(seconds)).toBeCloseTo(x, 15);
  });

  it.each([0, -2, Number.NaN, Number.POSITIVE_INFINITY])(
    'inverseLatencyX(%d) is NaN, which the frontier excludes',
    (s) => {
      expect(inverseLatencyX(s)).toBeNaN();
      const point = {
        id: 'p',
        x: inverseLatencyX(s),
        tokPerSecPerGpu: 1000,
        outputTokPerSecPerGpu: null,
        inputTokPerSecPerGpu: null,
        concurrency: 1,
      };
      expect(computeFrontier([point]).excluded).toEqual([{ id: 'p', reason: 'non-finite' }]);
    },
  );
});

describe('the engine x is a type the compiler checks (tsc --noEmit)', () => {
  it('refuses a plain number where an engine x is required', () => {
    const latencySeconds = 1.5;
    const rest = {
      id: 'p',
      tokPerSecPerGpu: 1000,
      outputTokPerSecPerGpu: null,
      inputTokPerSecPerGpu: null,
      concurrency: 8,
    };
    // @ts-expect-error a latency in seconds is not an engine x: it must go through inverseLatencyX
    const misused: SidePoint = { ...rest, x: latencySeconds };
    // @ts-expect-error nor is a bare number passed where an EngineX is asked for
    const bare: EngineX = 2;
    const wrapped: SidePoint = { ...rest, x: inverseLatencyX(latencySeconds) };
    // Reading an engine x as a number needs no conversion.
    const asNumber: number = wrapped.x;
    expect([misused.x, bare, asNumber]).toEqual([1.5, 2, 1 / 1.5]);
  });
});
