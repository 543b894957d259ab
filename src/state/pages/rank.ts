import type { SequenceKey } from '../../data/schema';
import type { MetricKey } from '../../domain/metrics';
import { modelAvailability, type InferenceAvailability } from '../availability';
import { seriesToken, type SeriesKey } from '../inference-series-key';
import { createPageStore } from '../page-store';
import {
  asOfParam,
  baselineParam,
  bucketStepParam,
  costSetParam,
  customPriceParam,
  groupingParam,
  quickFilterParams,
  metricParam,
  modelParam,
  sequenceParam,
  shownPrecisionsParam,
  singleTargetParam,
  tierParam,
  type QuickFilters,
} from '../params';
import { toggledInOrder } from './toggle';

export type RankGroupingKey = 'gpu' | 'engine' | 'series';

/** What the ranking page shows: every setup of a model and sequence at one target. */
export interface RankSelection {
  model: string;
  sequence: SequenceKey;
  /** Ranked as of this day (YYYY-MM-DD): each configuration line's latest run on or before it; null = the latest view. */
  asOf: string | null;
  /** Precisions ranked, in manifest order; every precision of the data by default. */
  precisions: string[];
  metric: MetricKey;
  /** The target in tok/s/user, or null for the page's default (what most setups reach). */
  target: number | null;
  by: RankGroupingKey;
  /** The row percentages are stated against, or null for the leader. */
  base: string | null;
  /** The matrix's bucket width, tok/s/user. */
  bucketStep: number;
  /** Vendor, engine, spec method and disaggregation filters, as on /inference; none by default. */
  filters: QuickFilters;
  tier: string;
  usdPerGpuHour: number | null;
  costSet: string;
}

type S = RankSelection;
type C = InferenceAvailability;

/**
 * A row's id in a grouping: the GPU (`mi355x`), GPU and engine (`mi355x:sglang`), or the
 * series' /inference token. The same ids are links' `base` values and the model's row ids.
 */
export function rankRowId(key: SeriesKey, by: RankGroupingKey, universe: readonly SeriesKey[]): string {
  if (by === 'gpu') return key.hardware;
  if (by === 'engine') return `${key.hardware}:${key.engine}`;
  return seriesToken(key, universe);
}

const model = (s: S, c: C) => modelAvailability(c, s.model);

export const RANK_PARAMS = [
  modelParam<S, C>((c) => ({ models: c.models.map((m) => m.key), defaultModel: c.defaultModel })),
  sequenceParam<S, C>(model, 'has no data for this model'),
  asOfParam<S, C>(),
  shownPrecisionsParam<S, C>((s, c) => model(s, c).precisions),
  metricParam<S, C>(),
  singleTargetParam<S, C>(),
  groupingParam<S, C>(),
  baselineParam<S, C>((s, c) => {
    const universe = model(s, c).series;
    return [...new Set(universe.map((k) => rankRowId(k, s.by, universe)))];
  }),
  bucketStepParam<S, C>(),
  ...quickFilterParams<S, C>((s, c) => model(s, c).filters),
  tierParam<S, C>(),
  customPriceParam<S, C>(),
  costSetParam<S, C>(),
];

export const rankPage = createPageStore({
  params: RANK_PARAMS,
  base: (): Partial<S> => ({}),
  actions: (change) => ({
    // A new sequence, grouping or target is a new answer: worth a history entry.
    pickSequence: (sequence: SequenceKey) => change(() => ({ sequence }), 'push'),
    // Another day is a new answer as well.
    pickDate: (asOf: string | null) => change(() => ({ asOf }), 'push'),
    pickGrouping: (by: RankGroupingKey) => change(() => ({ by, base: null }), 'push'),
    pinTarget: (target: number | null) => change(() => ({ target }), 'push'),
    pickMetric: (metric: MetricKey) => change(() => ({ metric }), 'replace'),
    togglePrecision: (precision: string, allInOrder: readonly string[]) =>
      change((s) => {
        const next = toggledInOrder(s.precisions, precision, allInOrder);
        return next.length === 0 ? {} : { precisions: next };
      }, 'push'),
    pickBaseline: (base: string | null) => change(() => ({ base }), 'replace'),
    // A filter changes which setups are ranked: worth a history entry, so Back undoes it.
    pickFilter: (patch: Partial<QuickFilters>) => change((s) => ({ filters: { ...s.filters, ...patch } }), 'push'),
    pickBucketStep: (bucketStep: number) => change(() => ({ bucketStep }), 'replace'),
    pickTier: (tier: string) => change(() => ({ tier, usdPerGpuHour: null }), 'replace'),
    pickCustomPrice: (usdPerGpuHour: number | null) => change(() => ({ usdPerGpuHour }), 'replace'),
    pickCostSet: (costSet: string) => change(() => ({ costSet }), 'replace'),
  }),
});
