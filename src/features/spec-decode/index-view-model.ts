import type {
  BenchmarkFile,
  BenchmarkPoint,
  GpuSpecs,
  Manifest,
  SequenceKey,
  SpecDecodeIndexFile,
} from '../../data/schema';
import { screenBenchmarkFile } from '../../data/screen-points';
import { formatSignedPercent, formatTokPerSecPerUser } from '../../domain/format';
import { findSpecDecodeComparisons, specDecodeAvailability, type SpecDecodeComparison } from '../../state/availability';
import { defaultSpecDecodeSelection } from '../../state/pages/spec-decode';
import { buildSpecDecodeViewModel } from './view-model';

export interface SpecDecodeIndexRow extends SpecDecodeComparison {
  sequence: SequenceKey;
  sequenceLabel: string;
  /** "MTP +48% tok/s/GPU at 56 tok/s/user", or why there is no mid-band result. */
  headline: string;
  winner: 'MTP' | 'Off' | 'tie' | null;
  /** "MTP wins above 20.24 tok/s/user", "no crossover in 14–98 tok/s/user", or "". */
  crossover: string;
}

/**
 * One row per MTP-vs-Off comparison, on its default sequence with every engine pooled:
 * the throughput result at the middle default target and the crossovers. Rows whose
 * file is not loaded yet are left out (`pointsOf` returns undefined for it).
 */
export function buildSpecDecodeIndex(
  manifest: Manifest,
  specs: GpuSpecs,
  pointsOf: (model: string, sequence: SequenceKey, hardware: string) => readonly BenchmarkPoint[] | undefined,
): SpecDecodeIndexRow[] {
  const rows: SpecDecodeIndexRow[] = [];
  // A comparison's availability reads only the combos of its model and GPU: handing it those
  // alone (the same answer) saves filtering every combo once per comparison, which at 100,000
  // points (600 combos, 120 comparisons) was a tenth of the index.
  const combosOf = new Map<string, Manifest['combos'][number][]>();
  for (const c of manifest.combos) {
    const key = JSON.stringify([c.model, c.hardware]);
    const list = combosOf.get(key);
    if (list) list.push(c);
    else combosOf.set(key, [c]);
  }
  for (const comparison of findSpecDecodeComparisons(manifest)) {
    const combos = combosOf.get(JSON.stringify([comparison.model, comparison.hardware])) ?? [];
    const availability = specDecodeAvailability({ ...manifest, combos }, specs, comparison);
    if (!availability) continue;
    const sequence = availability.defaultSequence;
    const points = pointsOf(comparison.model, sequence, comparison.hardware);
    if (!points) continue;
    const selection = defaultSpecDecodeSelection(availability);
    const vm = buildSpecDecodeViewModel({ points, selection, manifest, specs });
    rows.push({ ...comparison, sequence, sequenceLabel: vm.sequenceLabel, ...summarize(vm.comparison) });
  }
  return rows;
}

function summarize(c: ReturnType<typeof buildSpecDecodeViewModel>['comparison']) {
  if (!c) return { headline: 'one side has no points', winner: null, crossover: '' } as const;
  if (c.band.kind === 'none')
    return { headline: 'no shared interactivity range', winner: null, crossover: '' } as const;
  const mid = c.targets.values[Math.floor(c.targets.values.length / 2)];
  const comparison = c.comparisons[Math.floor(c.comparisons.length / 2)];
  const delta = comparison?.deltas.tokPerSecPerGpu;
  if (mid === undefined || !delta) return { headline: 'no mid-band result', winner: null, crossover: '' } as const;
  const at = `at ${formatTokPerSecPerUser(mid)} tok/s/user`;
  const winner = delta.winner === 'A' ? 'MTP' : delta.winner === 'B' ? 'Off' : 'tie';
  const headline =
    winner === 'tie'
      ? `MTP and Off tied (within 1%) ${at}`
      : `${winner} ${formatSignedPercent(delta.magnitudeFraction)} tok/s/GPU ${at}`;
  const bounds = c.bandBounds ? `${c.bandBounds.lo}–${c.bandBounds.hi} tok/s/user` : 'the band';
  const crossover =
    c.crossovers.length === 0
      ? `no crossover in ${bounds}`
      : c.crossovers
          .map(
            (x) =>
              `${x.winnerAbove === 'A' ? 'MTP' : 'Off'} wins above ${formatTokPerSecPerUser(x.tokPerSecPerUser, 2)} tok/s/user`,
          )
          .join('; ');
  return { headline, winner, crossover } as const;
}

/**
 * The index file (`public/data/spec-decode-index.json`), computed at ingest from the latest-view
 * files exactly as the page would from the files it downloads: each file screened as the query
 * layer screens it, then `buildSpecDecodeIndex`. A comparison whose file is absent is left out.
 */
export function buildSpecDecodeIndexFile(
  manifest: Manifest,
  specs: GpuSpecs,
  files: readonly { readonly path: string; readonly data: BenchmarkFile }[],
): SpecDecodeIndexFile {
  const byFile = new Map<string, { readonly path: string; readonly data: BenchmarkFile }>();
  for (const file of files) byFile.set(JSON.stringify([file.data.model, file.data.sequence, file.data.hardware]), file);
  // Screened when a comparison asks for it: the index reads one sequence of each GPU's file, and
  // screening every file (its duplicate check keys every point) was half of the index's time.
  const screened = new Map<string, readonly BenchmarkPoint[]>();
  const rows = buildSpecDecodeIndex(manifest, specs, (model, sequence, hardware) => {
    const key = JSON.stringify([model, sequence, hardware]);
    const file = byFile.get(key);
    if (!file) return undefined;
    let points = screened.get(key);
    if (!points) {
      points = screenBenchmarkFile(file.path, file.data, manifest).points;
      screened.set(key, points);
    }
    return points;
  });
  return {
    schemaVersion: 1,
    rows: rows.map((r) => ({
      model: r.model,
      modelName: r.modelName,
      hardware: r.hardware,
      hardwareLabel: r.hardwareLabel,
      precision: r.precision,
      precisionLabel: r.precisionLabel,
      href: r.href,
      sequence: r.sequence,
      sequenceLabel: r.sequenceLabel,
      headline: r.headline,
      winner: r.winner,
      crossover: r.crossover,
    })),
  };
}
