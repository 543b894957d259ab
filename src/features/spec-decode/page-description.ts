import type { PreviewChart } from '../../components/page-preview';
import { formatSignedPercent, formatTokPerSecPerUser } from '../../domain/format';
import { CHART_PALETTES } from '../compare/chart-colors';
import { specDecodeResultLine } from './result-line';
import type { SpecDecodeViewModel } from './view-model';

type Result = { kind: 'tie'; target: number } | { kind: 'lead'; target: number; winner: string; percent: string };

/** The throughput result at the middle target, as the index states it; null when there is none. */
function middleResult(vm: SpecDecodeViewModel): Result | null {
  const c = vm.comparison;
  if (!c || c.band.kind === 'none') return null;
  const middle = Math.floor(c.targets.values.length / 2);
  const target = c.targets.values[middle];
  const delta = c.comparisons[middle]?.deltas.tokPerSecPerGpu;
  if (target === undefined || !delta) return null;
  if (delta.winner === 'tie') return { kind: 'tie', target };
  const winner = delta.winner === 'A' ? c.a.label : c.b.label;
  return { kind: 'lead', target, winner, percent: formatSignedPercent(delta.magnitudeFraction).slice(1) };
}

/**
 * The comparison's result in one sentence, for link previews and the meta description: the
 * page's own result line with the setup it is for ("On MI355X FP4, 8k/1k (DeepSeek-R1-0528, all
 * engines pooled): At 56 tok/s/user MTP delivers 69.5% more tok/s/GPU than Off (2587.3 vs 1526.1).").
 */
export function describeSpecDecode(vm: SpecDecodeViewModel): string {
  const line = specDecodeResultLine(vm);
  return `On ${vm.hardwareLabel} ${vm.precisionLabel}, ${vm.sequenceLabel} (${vm.modelName}, ${vm.engineLabel}): ${line}${line.endsWith('.') ? '' : '.'}`;
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
    r?.kind === 'lead'
      ? `${r.winner} +${r.percent} tok/s/GPU at ${formatTokPerSecPerUser(r.target)} tok/s/user`
      : r?.kind === 'tie'
        ? `MTP and Off within 1% at ${formatTokPerSecPerUser(r.target)} tok/s/user`
        : c.band.kind === 'none'
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
