import { describe, expect, it } from 'vitest';
import { METRIC_KEYS } from '../../domain/metrics';
import { shippedPoints } from '../../../tests/setup/shipped-data';
import { buildChartSeries, keptChartSeries } from './chart-model';
import { buildSide } from './sides';

// A real side: every shipped 8k/1k MI355X point (several engines and precisions pooled).
const points = shippedPoints('8k1k').filter((p) => p.hardware === 'mi355x');
const gpu = { usdPerGpuHour: 1.48, kwPerGpu: 2.65 };

describe('keptChartSeries', () => {
  it('is buildChartSeries for every metric, and the same series again for the same side, key, metric and assumptions', () => {
    const side = buildSide('MI355X', points);
    for (const metric of METRIC_KEYS) {
      const kept = keptChartSeries('a', side, metric, gpu);
      expect(kept).toEqual(buildChartSeries('a', side, metric, gpu));
      expect(keptChartSeries('a', side, metric, { ...gpu })).toBe(kept);
    }
  });

  it('builds again for another key, price, power or side', () => {
    const side = buildSide('MI355X', points);
    const first = keptChartSeries('a', side, 'cost', gpu);
    expect(keptChartSeries('b', side, 'cost', gpu).key).toBe('b');
    const dearer = keptChartSeries('a', side, 'cost', { ...gpu, usdPerGpuHour: 2.96 });
    // Twice the price, twice the cost per token at every measured point.
    dearer.measured.forEach((p, i) => expect(p.y).toBeCloseTo(2 * first.measured[i]!.y, 9));
    expect(keptChartSeries('a', side, 'tok-per-mw', { ...gpu, kwPerGpu: 5.3 })).toEqual(
      buildChartSeries('a', side, 'tok-per-mw', { ...gpu, kwPerGpu: 5.3 }),
    );
    const other = buildSide('MI355X', points);
    expect(keptChartSeries('a', other, 'cost', gpu)).not.toBe(first);
  });

  it('keeps a bounded number per side and still answers right', () => {
    const side = buildSide('MI355X', points);
    const first = keptChartSeries('a', side, 'cost', gpu);
    for (let k = 1; k <= 40; k++) keptChartSeries('a', side, 'cost', { ...gpu, usdPerGpuHour: k });
    const again = keptChartSeries('a', side, 'cost', gpu);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
