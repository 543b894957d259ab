import type { PreviewChart } from '../../components/page-preview';
import { formatSignedPercent, formatTokPerSecPerUser } from '../../domain/format';
import { CHART_PALETTES } from '../compare/chart-colors';
import type { SpecDecodeViewModel } from './view-model';

type Result =
  | { kind: 'missing' | 'no-band' | 'no-middle' }
  | { kind: 'tie'; target: number }
  | { kind: 'lead'; target: number; winner: string; loser: string; percent: string };

/** The throughput result at the middle target, as the index states it, or why there is none. */
function middleResult(vm: SpecDecodeViewModel): Result {
  const c = vm.comparison;
  if (!c) return { kind: 'missing' };
  if (c.band.kind === 'none') return { kind: 'no-band' };
  const middle = Math.floor(c.targets.values.length / 2);
  const target = c.targets.values[middle];
  const delta = c.comparisons[middle]?.deltas.tokPerSecPerGpu;
  if (target === undefined || !delta) return { kind: 'no-middle' };
  if (delta.winner === 'tie') return { kind: 'tie', target };
  const [winner, loser] = delta.winner === 'A' ? [c.a.label, c.b.label] : [c.b.label, c.a.label];
  return { kind: 'lead', target, winner, loser, percent: formatSignedPercent(delta.magnitudeFraction).slice(1) };
}

/**
 * The comparison's result in one sentence, for link previews and the meta description ("MTP
 * delivers 69.5% more tok/s/GPU than Off at 56 tok/s/user on MI355X FP4, 8k/1k (DeepSeek-R1-0528,
 * all engines pooled)."), or why there is none.
 */
export function describeSpecDecode(vm: SpecDecodeViewModel): string {
  const where = `on ${vm.hardwareLabel} ${vm.precisionLabel}, ${vm.sequenceLabel} (${vm.modelName}, ${vm.engineLabel})`;
  const r = middleResult(vm);
  const at = (target: number) => `at ${formatTokPerSecPerUser(target)} tok/s/user`;
  switch (r.kind) {
    case 'missing':
      return `MTP vs Off ${where}: ${vm.missingSides.join(' and ') || 'a side'} has no points, so no comparison.`;
    case 'no-band':
      return `MTP and Off share no interactivity range ${where}, so no matched comparison.`;
    case 'no-middle':
      return `MTP vs Off ${where}: no result at the middle of the band.`;
    case 'tie':
      return `MTP and Off deliver the same tok/s/GPU (within 1%) ${at(r.target)} ${where}.`;
    case 'lead':
      return `${r.winner} delivers ${r.percent} more tok/s/GPU than ${r.loser} ${at(r.target)} ${where}.`;
  }
}

/** Curve samples per side in the preview image. */
const SAMPLES = 120;

/**
 * The preview image of the comparison: the headline, both throughput curves as the page draws
 * them (the monotone spline through each frontier, over the frontier's range only), the band and
 * the targets.
 */
export function previewSpecDecode(vm: SpecDecodeViewModel): PreviewChart | null {
  const c = vm.comparison;
  if (!c) return null;
  const r = middleResult(vm);
  const headline =
    r.kind === 'lead'
      ? `${r.winner} +${r.percent} tok/s/GPU at ${formatTokPerSecPerUser(r.target)} tok/s/user`
      : r.kind === 'tie'
        ? `MTP and Off within 1% at ${formatTokPerSecPerUser(r.target)} tok/s/user`
        : r.kind === 'no-band'
          ? 'MTP and Off share no interactivity range'
          : 'MTP vs Off';
  const palette = CHART_PALETTES.light;
  const curve = (side: typeof c.a) => {
    const domain = side.curve.domain;
    if (!domain || side.xAxis.key !== 'interactivity') return [];
    const points: [number, number][] = [];
    for (let i = 0; i <= SAMPLES; i += 1) {
      const [lo, hi] = domain;
      const x = lo + ((hi - lo) * i) / SAMPLES;
      const value = side.curve.at(x);
      if (value) points.push([x, value.tokPerSecPerGpu]);
    }
    return points;
  };
  return {
    headline,
    subtitle: `${vm.hardwareLabel} ${vm.precisionLabel} · ${vm.sequenceLabel} · ${vm.modelName} · ${vm.engineLabel}`,
    series: [
      { label: c.a.label, color: palette.a, dashed: true, points: curve(c.a) },
      { label: c.b.label, color: palette.b, dashed: false, points: curve(c.b) },
    ],
    band: c.band.kind === 'overlap' ? { lo: c.band.lo, hi: c.band.hi } : null,
    targets: c.targets.values,
  };
}
