import type { BenchmarkPoint, GpuSpecs, Manifest, PublishedTable } from '../../data/schema';
import { METRICS, type GpuAssumptions, type MetricDefinition } from '../../domain/metrics';
import { runDatesOf } from '../../domain/runs';
import type { HistorySelection } from '../../state/pages/history';
import { gpuAssumptions, tierLabel } from '../compare/assumptions';
import { keptChartSeries, type ChartSeries } from '../compare/chart-model';
import { buildComparisonModel, type ComparisonModel } from '../compare/comparison-model';
import { buildSide } from '../compare/sides';
import { fromToSentence } from './from-to-sentences';
import { comparePublished, type PublishedComparison } from './published-compare';
import { buildTrendTable, type HistoryRun, type TrendTable } from './trend';

/** A run date's curve on the chart: `age` 0 for the newest date, 1 for the oldest. */
export interface HistoryChartSeries extends ChartSeries {
  date: string;
  newest: boolean;
  age: number;
}

export interface HistoryViewModel {
  title: string;
  modelName: string;
  /** How the model's numbers came to be, when not measured rows (e.g. transcribed from a blog post). */
  provenance: string | null;
  hardwareLabel: string;
  precisionLabel: string;
  sequenceLabel: string;
  engineLabel: string;
  specLabel: string;
  /** The setup's run dates in the loaded file, oldest first. */
  runDates: string[];
  from: string | null;
  to: string | null;
  metric: MetricDefinition;
  series: HistoryChartSeries[];
  /** Side A = `from`, side B = `to`; null when either date has no run in the data. */
  fromTo: ComparisonModel | null;
  /**
   * From and to are the same run date (the setup's only one, or the same day picked twice):
   * there is no change to state, and the page says so instead of comparing a day with itself.
   */
  sameDate: boolean;
  /** One sentence per from/to target; none when `sameDate`. */
  sentences: string[];
  trend: TrendTable;
  /** Where the trend's targets come from. */
  trendTargets: 'pinned' | 'published' | 'default';
  published: PublishedComparison | null;
  assumptions: GpuAssumptions & { setId: string; tierLabel: string; source: string; validity: string };
}

function label(list: { key: string; label: string }[], key: string): string {
  return list.find((item) => item.key === key)?.label ?? key;
}

/** The setup's runs: per date, the frontier of every point of the setup dated that day. */
export function historyRuns(points: readonly BenchmarkPoint[], selection: HistorySelection): HistoryRun[] {
  const own = points.filter(
    (p) =>
      p.hardware === selection.hardware &&
      p.precision === selection.precision &&
      p.engine === selection.engine &&
      p.specMethod === selection.spec,
  );
  return runDatesOf(own).map((date) => ({
    date,
    side: buildSide(
      date,
      own.filter((p) => p.date === date),
    ),
  }));
}

/**
 * Everything a history page shows, from the setup's history points, the selection and the
 * table a source published for this setup (if any). Pure.
 */
export function buildHistoryViewModel(input: {
  points: readonly BenchmarkPoint[];
  selection: HistorySelection;
  manifest: Manifest;
  specs: GpuSpecs;
  published: PublishedTable | null;
}): HistoryViewModel {
  const { selection: s, manifest, specs } = input;
  const runs = historyRuns(input.points, s);
  const gpu = gpuAssumptions(specs, s.costSet, s.tier, s.hardware);
  const metric = METRICS[s.metric];
  const runOf = (date: string | null) => runs.find((r) => r.date === date);
  const [fromRun, toRun] = [runOf(s.from), runOf(s.to)];
  const fromTo =
    fromRun && toRun
      ? buildComparisonModel({
          a: fromRun.side,
          b: toRun.side,
          gpuA: gpu,
          gpuB: gpu,
          pinnedTargets: s.targets,
          metric: s.metric,
        })
      : null;
  const sameDate = fromRun !== undefined && fromRun === toRun;
  const sentences =
    fromTo && fromRun && toRun && !sameDate
      ? fromTo.comparisons.map((c, i) => fromToSentence(c, fromTo.targets.values[i]!, fromRun.date, toRun.date))
      : [];
  const trendTargets = s.targets ? 'pinned' : input.published ? 'published' : 'default';
  const targets =
    s.targets ?? input.published?.targets ?? (fromTo?.targets.source === 'default' ? fromTo.targets.values : []);
  const hardware = manifest.hardware.find((h) => h.key === s.hardware);
  const hardwareLabel = hardware?.label ?? s.hardware;
  const precisionLabel = label(manifest.precisions, s.precision);
  const engineLabel = label(manifest.engines, s.engine);
  const specLabel = label(manifest.specMethods, s.spec);
  const model = manifest.models.find((m) => m.key === s.model);
  const set = specs.sets.find((x) => x.id === s.costSet);
  const newest = runs[runs.length - 1]?.date;
  return {
    title: `${hardwareLabel} ${precisionLabel} ${engineLabel} ${specLabel}: progress over time`,
    modelName: model?.displayName ?? s.model,
    provenance: model?.provenance ?? null,
    hardwareLabel,
    precisionLabel,
    sequenceLabel: label(manifest.sequences, s.sequence),
    engineLabel,
    specLabel,
    runDates: runs.map((r) => r.date),
    from: s.from,
    to: s.to,
    metric,
    series: runs.map((r, i) => ({
      ...keptChartSeries(r.date, r.side, s.metric, gpu),
      date: r.date,
      newest: r.date === newest,
      age: runs.length <= 1 ? 0 : (runs.length - 1 - i) / (runs.length - 1),
    })),
    fromTo,
    sameDate,
    sentences,
    trend: buildTrendTable(runs, targets, metric, gpu),
    trendTargets,
    published: input.published ? comparePublished(input.published, runs) : null,
    assumptions: {
      ...gpu,
      setId: s.costSet,
      tierLabel: tierLabel(specs, s.tier),
      source: set?.source ?? '',
      validity: set ? `${set.validFrom} – ${set.validUntil}` : '',
    },
  };
}
