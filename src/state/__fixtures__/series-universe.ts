import type { SeriesKey } from '../inference-series-key';

const series = (hardware: string, engine: string, specMethod: 'none' | 'mtp', precision: string): SeriesKey => ({
  hardware,
  engine,
  specMethod,
  precision,
});

/** A hand-made series universe shaped like the shipped data: MI355X has FP4 and FP8 for SGLang; H100 only FP8. */
export const UNIVERSE: readonly SeriesKey[] = [
  series('h100', 'dynamo-trt', 'none', 'fp8'),
  series('h100', 'dynamo-trt', 'mtp', 'fp8'),
  series('b200', 'trt', 'none', 'fp4'),
  series('b200', 'trt', 'mtp', 'fp4'),
  series('mi355x', 'sglang', 'none', 'fp4'),
  series('mi355x', 'sglang', 'mtp', 'fp4'),
  series('mi355x', 'sglang', 'none', 'fp8'),
  series('mi355x', 'sglang', 'mtp', 'fp8'),
];
