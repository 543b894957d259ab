import { describe, expect, it } from 'vitest';
import { MISSING_VALUE } from './format';
import { METRIC_KEYS, METRICS, type MetricKey, type OperatingValues } from './metrics';

// A point: 3600 tok/s/GPU (400 output, 3200 input), 32 requests, 12.5 s end to end, on a GPU
// at $1.80/GPU-hour and 2 kW. Expected values by hand:
// cost = 1.8 · 10⁶ / (3600 · 3600) = 0.138…; output cost = 1.8 · 10⁶ / (3600 · 400) = 1.25;
// input cost = 1.8 · 10⁶ / (3600 · 3200) = 0.15625; tok/s/MW = 3600 · 1000 / 2 = 1 800 000;
// J/token = 2 · 1000 / 3600 = 0.555…
const values: OperatingValues = {
  tokPerSecPerGpu: 3600,
  outputTokPerSecPerGpu: 400,
  inputTokPerSecPerGpu: 3200,
  concurrency: 32,
  medianE2eSec: 12.5,
};
const gpu = { usdPerGpuHour: 1.8, kwPerGpu: 2 };

describe('the metric registry', () => {
  it.each<[MetricKey, number, string, string, MetricDefinitionSource, string]>([
    ['throughput', 3600, '3600.0', '3600.0', 'spline', 'higher-is-better'],
    ['output-throughput', 400, '400.0', '400.0', 'spline', 'higher-is-better'],
    ['input-throughput', 3200, '3200.0', '3200.0', 'spline', 'higher-is-better'],
    ['cost', 1.8e6 / (3600 * 3600), '$0.139', '$0.139', 'derived', 'lower-is-better'],
    ['output-cost', 1.25, '$1.250', '$1.250', 'derived', 'lower-is-better'],
    ['input-cost', 0.15625, '$0.156', '$0.156', 'derived', 'lower-is-better'],
    ['tok-per-mw', 1_800_000, '1,800,000', '1,800,000', 'derived', 'higher-is-better'],
    ['joules-per-token', 2000 / 3600, '0.56', '0.56', 'derived', 'lower-is-better'],
    ['e2e-latency', 12.5, '12.50', '12.50', 'measured-only', 'lower-is-better'],
    ['concurrency', 32, '32', '~32', 'spline', 'neutral'],
  ])('%s reads %s, prints "%s" (at a target "%s"), is %s and %s', (key, value, shown, estimate, source, direction) => {
    const metric = METRICS[key];
    expect(metric.key).toBe(key);
    expect(metric.read(values, gpu)).toBeCloseTo(value, 12);
    expect(metric.format(metric.read(values, gpu))).toBe(shown);
    expect(metric.formatEstimate(metric.read(values, gpu))).toBe(estimate);
    expect(metric.source.kind).toBe(source);
    expect(metric.direction).toBe(direction);
  });

  it.each<[MetricKey, number | null, string]>([
    ['throughput', 3417.3737, '3417.4'],
    ['output-throughput', 310.06, '310.1'],
    ['cost', 0.12030030814, '$0.120'],
    ['input-cost', 0.0421, '$0.042'],
    ['tok-per-mw', 1289574.987, '1,289,575'],
    ['joules-per-token', 0.775, '0.78'],
    ['e2e-latency', 0.10217, '0.102'],
    ['concurrency', 1024, '1,024'],
    ['throughput', null, MISSING_VALUE],
    ['cost', Number.NaN, MISSING_VALUE],
  ])('%s formats %s as "%s"', (key, value, expected) => {
    expect(METRICS[key].format(value)).toBe(expected);
  });

  it('gives null, never NaN, when an input is missing', () => {
    const bare: OperatingValues = {
      tokPerSecPerGpu: 100,
      outputTokPerSecPerGpu: null,
      inputTokPerSecPerGpu: null,
      concurrency: null,
      medianE2eSec: null,
    };
    for (const key of METRIC_KEYS) {
      const value = METRICS[key].read(bare, { usdPerGpuHour: null, kwPerGpu: null });
      expect([key, value]).toEqual([key, key === 'throughput' ? 100 : null]);
    }
  });

  it('weights derived metrics so that the larger weight × throughput is the better value', () => {
    const cheap = { usdPerGpuHour: 1, kwPerGpu: 1 };
    const dear = { usdPerGpuHour: 4, kwPerGpu: 2 };
    for (const key of METRIC_KEYS) {
      const { source, direction } = METRICS[key];
      if (source.kind !== 'derived') continue;
      // Side A at 1000 tok/s on the cheap GPU, B at 3000 on the dear one.
      const a = source.fromRate(1000, cheap)!;
      const b = source.fromRate(3000, dear)!;
      const aBetter = direction === 'higher-is-better' ? a > b : a < b;
      expect([key, source.weight(cheap)! * 1000 > source.weight(dear)! * 3000]).toEqual([key, aBetter]);
    }
    expect(
      METRICS.cost.source.kind === 'derived' && METRICS.cost.source.weight({ usdPerGpuHour: null, kwPerGpu: 1 }),
    ).toBeNull();
  });

  it('reads a splined metric only when it has a better direction or none, and words every compared one', () => {
    for (const key of METRIC_KEYS) {
      const metric = METRICS[key];
      expect([key, metric.source.kind === 'spline' && metric.direction === 'lower-is-better']).toEqual([key, false]);
      const compared = metric.direction !== 'neutral' && metric.source.kind !== 'measured-only';
      expect([key, metric.inWords !== null]).toEqual([key, compared]);
    }
  });

  it('keeps the table row labels the pages have always shown', () => {
    expect(METRICS.throughput.tableLabel).toBe('Throughput (tok/s/GPU)');
    expect(METRICS.cost.tableLabel).toBe('Cost ($/M tok)');
    expect(METRICS['tok-per-mw'].tableLabel).toBe('tok/s/MW');
    expect(METRICS.concurrency.tableLabel).toBe('Concurrency');
    expect(new Set(METRIC_KEYS.map((k) => METRICS[k].quantity)).size).toBe(METRIC_KEYS.length);
  });
});

type MetricDefinitionSource = (typeof METRICS)[MetricKey]['source']['kind'];
