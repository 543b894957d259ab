import { useCallback } from 'react';
import { formatAxisTick } from '../../domain/format';
import type { AxisSpec } from './chart-geometry';

/**
 * The props that hand an axis computed in chart-geometry.ts to a Recharts `<XAxis>` or
 * `<YAxis>`: its domain and ticks as given, no data needed (`allowDataOverflow`), no round
 * ticks of Recharts' own (`niceTicks` none: it would compute them with decimal.js on every
 * switch only to draw the given ones). The axis keeps a `dataKey`: without one Recharts takes
 * the x axis for categories and draws no ticks. Linear ticks always fit, so `interval` 0 skips
 * measuring each label in the DOM; log axes have more ticks and may drop some labels.
 */
export function axisProps(spec: AxisSpec, dataKey: 'x' | 'y') {
  return {
    type: 'number' as const,
    dataKey,
    scale: spec.log ? ('log' as const) : ('linear' as const),
    domain: spec.domain,
    ticks: spec.ticks,
    allowDataOverflow: true,
    niceTicks: 'none' as const,
    interval: spec.log ? ('preserveEnd' as const) : 0,
  };
}

/** The axis' tick labels (`formatAxisTick`), in thousands or millions for the whole axis by its largest tick. */
export function useTickFormatter(spec: AxisSpec, unit = ''): (value: number) => string {
  const largest = Math.max(0, ...spec.ticks.map(Math.abs));
  return useCallback((v: number) => formatAxisTick(v, unit, largest), [unit, largest]);
}
