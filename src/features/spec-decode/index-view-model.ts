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
  for (const comparison of findSpecDecodeComparisons(manifest)) {
    const availability = specDecodeAvailability(manifest, specs, comparison);
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
  const byFile = new Map<string, readonly BenchmarkPoint[]>();
  for (const { path, data } of files) {
    const key = JSON.stringify([data.model, data.sequence, data.hardware]);
    byFile.set(key, screenBenchmarkFile(path, data, manifest).points);
  }
  const rows = buildSpecDecodeIndex(manifest, specs, (model, sequence, hardware) =>
    byFile.get(JSON.stringify([model, sequence, hardware])),
  );
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
