import { carriedChoices } from '../../state/pages/carried';
import type { BenchmarkPoint, GpuSpecs, Manifest } from '../../data/schema';
import type { GpuAssumptions } from '../../domain/metrics';
import { modelAvailability, type InferenceAvailability } from '../../state/availability';
import { seriesToken, type SeriesKey } from '../../state/inference-series-key';
import { inferencePage } from '../../state/pages/inference';
import type { RankSelection } from '../../state/pages/rank';
import { gpuAssumptions, tierLabel } from '../compare/assumptions';
import { anyFilter, describeFilters, pointPasses } from '../compare/filters';
import { seriesLabel } from '../inference/series';
import { buildRankModel } from './rank-model';
import type { RankModel, RankSeriesInput } from './rank-types';
import { runDatesOf } from '../../domain/runs';
import { asOfHeader, type AsOfHeader } from '../compare/as-of';
import { ENGINES } from '../../domain/catalog';
import { lastResult } from '../../domain/memo';
import type { OwnFileShown } from '../own/own-fit';

export interface RankViewModel {
  title: string;
  modelName: string;
  sequenceLabel: string;
  precisionsLabel: string;
  /** "Owning – Hyperscaler prices of set A" or "$2.5/GPU-hour for every GPU (your price)". */
  priceSource: string;
  rank: RankModel;
  /** /inference with the row's best series compared against the baseline's, by row id. */
  inferenceLinks: ReadonlyMap<string, string>;
  pointCount: number;
  /** The latest view or the day ranked, and the run dates of every ranked point. */
  asOf: AsOfHeader;
  /** "AMD GPUs, SGLang" when filters are set, with how many points of the chosen precisions they leave out. */
  filtered: { label: string; leftOut: number } | null;
  /** The published series ranked (yours are added by `withOwnRows`). */
  series: RankSeriesInput[];
  /** How many of the ranked rows are your data. */
  ownRows: number;
}

const labelOf = (list: readonly { key: string; label?: string; displayName?: string }[], key: string) => {
  const found = list.find((x) => x.key === key);
  return found?.label ?? found?.displayName ?? key;
};

/** The selected precisions' points as the series /inference draws, in the model's universe order. */
export function rankSeries(
  points: readonly BenchmarkPoint[],
  selection: Pick<RankSelection, 'precisions' | 'filters'>,
  universe: readonly SeriesKey[],
  manifest: Manifest,
): RankSeriesInput[] {
  // Each key of the universe's token and place, once (a token depends on the whole universe).
  const idOf = (k: SeriesKey) => `${k.hardware}\u0000${k.engine}\u0000${k.specMethod}\u0000${k.precision}`;
  const known = new Map(universe.map((u, i) => [idOf(u), { token: seriesToken(u, universe), index: i }]));
  const groups = new Map<string, { key: SeriesKey; token: string; index: number; points: BenchmarkPoint[] }>();
  for (const p of points) {
    if (!selection.precisions.includes(p.precision) || !pointPasses(p, selection.filters, manifest)) continue;
    const key: SeriesKey = { hardware: p.hardware, engine: p.engine, specMethod: p.specMethod, precision: p.precision };
    const id = idOf(key);
    let group = groups.get(id);
    if (!group) {
      // A series outside the universe (never in shipped data) sorts last, not vanishes.
      const place = known.get(id) ?? { token: seriesToken(key, universe), index: universe.length };
      groups.set(id, (group = { key, ...place, points: [] }));
    }
    group.points.push(p);
  }
  const withPrecision = selection.precisions.length > 1;
  return [...groups.values()]
    .sort((a, b) => a.index - b.index)
    .map(({ key, token, points: own }) => ({
      key,
      token,
      label: seriesLabel(key, manifest, withPrecision),
      gpuLabel: labelOf(manifest.hardware, key.hardware),
      engineLabel: labelOf(manifest.engines, key.engine),
      vendor: manifest.hardware.find((h) => h.key === key.hardware)?.vendor ?? '',
      points: own,
    }));
}

/**
 * The ranked series kept from the last call while the points, universe, precisions and filters
 * are the same: a metric, target or price switch then hands the ranking the same points arrays,
 * whose sides (frontiers) are built once (`sideOf`).
 */
const lastSeries = lastResult(
  (points: readonly BenchmarkPoint[], universe: readonly SeriesKey[], manifest: Manifest, key: string) =>
    rankSeries(points, JSON.parse(key) as Pick<RankSelection, 'precisions' | 'filters'>, universe, manifest),
);

function gpuFor(selection: RankSelection, specs: GpuSpecs): (hardware: string) => GpuAssumptions {
  return (hardware) => {
    const fromSet = gpuAssumptions(specs, selection.costSet, selection.tier, hardware);
    return selection.usdPerGpuHour === null ? fromSet : { ...fromSet, usdPerGpuHour: selection.usdPerGpuHour };
  };
}

/**
 * Your files shown on the page (`fitOwnFiles`) as series to rank: one per file, labelled
 * "<label> · your data", keyed by the setup the form gave. Pure.
 */
export function ownRankSeries(shown: readonly OwnFileShown[], manifest: Manifest): RankSeriesInput[] {
  return shown.map(({ file, points }) => {
    const { hardware, engine, specMethod, precision } = file.setup;
    return {
      key: { hardware, engine, specMethod, precision },
      token: `own:${file.id}`,
      label: `${file.setup.label} · your data`,
      gpuLabel: labelOf(manifest.hardware, hardware),
      engineLabel: labelOf([...manifest.engines, ...ENGINES], engine),
      vendor: manifest.hardware.find((h) => h.key === hardware)?.vendor ?? '',
      points,
      own: { fileId: file.id, fileName: file.name },
    };
  });
}

/** /inference showing the row's best series compared with the baseline's, at the same target (none for your rows: links never carry your data). */
function inferenceLinks(rank: RankModel, selection: RankSelection, available: InferenceAvailability) {
  const links = new Map<string, string>();
  const base = rank.baseline?.best;
  // The inference page's own link form, with the ranking's model, sequence, day, precisions, metric,
  // filters and prices carried over: the chart then shows what the row was ranked on.
  const view = { ...inferencePage.parse('', available).selection, ...carriedChoices(selection) };
  for (const row of rank.rows) {
    if (row.own) continue;
    const a = row.best?.series ?? null;
    const b = row.best && base && base.seriesToken !== row.best.seriesToken ? base.series : null;
    const search = inferencePage.serialize(
      { ...view, compareA: a, compareB: b, targets: a && b ? [rank.target] : null, best: 'all' },
      available,
    );
    links.set(row.id, `/inference${search ? `?${search}` : ''}`);
  }
  return links;
}

/** Everything the ranking page shows. Pure. */
export function buildRankViewModel(input: {
  points: readonly BenchmarkPoint[];
  selection: RankSelection;
  available: InferenceAvailability;
  manifest: Manifest;
  specs: GpuSpecs;
}): RankViewModel {
  const { points, selection, available, manifest, specs } = input;
  const universe = modelAvailability(available, selection.model).series;
  const series = lastSeries(
    points,
    universe,
    manifest,
    JSON.stringify({ precisions: selection.precisions, filters: selection.filters }),
  );
  const modelName = labelOf(manifest.models, selection.model);
  const all = modelAvailability(available, selection.model).precisions;
  return {
    ...ranking(series, { selection, available, specs }),
    modelName,
    sequenceLabel: labelOf(manifest.sequences, selection.sequence),
    precisionsLabel:
      selection.precisions.length === all.length
        ? 'all precisions'
        : selection.precisions.map((p) => labelOf(manifest.precisions, p)).join(' and '),
    priceSource:
      selection.usdPerGpuHour === null
        ? `${tierLabel(specs, selection.tier)} prices of set ${selection.costSet}`
        : `$${selection.usdPerGpuHour}/GPU-hour for every GPU (your price); power from set ${selection.costSet}`,
    pointCount: series.reduce((n, s) => n + s.points.length, 0),
    asOf: asOfHeader(selection.asOf, runDatesOf(series.flatMap((s) => s.points))),
    filtered: anyFilter(selection.filters)
      ? {
          label: describeFilters(selection.filters, manifest),
          leftOut: points.filter(
            (p) => selection.precisions.includes(p.precision) && !pointPasses(p, selection.filters, manifest),
          ).length,
        }
      : null,
    series,
  };
}

type RankContext = { selection: RankSelection; available: InferenceAvailability; specs: GpuSpecs };

/** The parts of the view model that depend on which series are ranked. */
function ranking(series: readonly RankSeriesInput[], { selection, available, specs }: RankContext) {
  const rank = buildRankModel({
    series,
    metric: selection.metric,
    by: selection.by,
    target: selection.target,
    base: selection.base,
    bucketStep: selection.bucketStep,
    gpu: gpuFor(selection, specs),
  });
  return {
    title: `Every setup at ${rank.target} tok/s/user`,
    rank,
    inferenceLinks: inferenceLinks(rank, selection, available),
    ownRows: rank.rows.filter((r) => r.own).length,
  };
}

/**
 * The view model with your files shown on the page ranked among the published setups, by the
 * same engine (`buildRankModel` over both); unchanged without any. Pure.
 */
export function withOwnRows(
  vm: RankViewModel,
  shown: readonly OwnFileShown[],
  ctx: RankContext & { manifest: Manifest },
): RankViewModel {
  if (shown.length === 0) return vm;
  return { ...vm, ...ranking([...vm.series, ...ownRankSeries(shown, ctx.manifest)], ctx) };
}
