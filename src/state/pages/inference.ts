import type { SequenceKey } from '../../data/schema';
import type { MetricKey, XAxisKey } from '../../domain/metrics';
import { modelAvailability, type InferenceAvailability } from '../availability';
import { inUniverseOrder, sameSeries, type SeriesKey } from '../inference-series-key';
import { createPageStore } from '../page-store';
import {
  asOfParam,
  bestParam,
  comparedSeriesParam,
  costSetParam,
  customPriceParam,
  frontierOnlyParam,
  hiddenSeriesParam,
  metricParam,
  modelParam,
  quickFilterParams,
  scaleParam,
  sequenceParam,
  shownPrecisionsParam,
  targetsParam,
  tierParam,
  xAxisParam,
  type BestMode,
  type QuickFilters,
} from '../params';
import { parseSearch } from '../url-params';
import { toggledInOrder } from './toggle';

/**
 * What the inference chart shows. Every field is in the query string, and only when it
 * differs from the default.
 */
export interface InferenceSelection {
  model: string;
  sequence: SequenceKey;
  /** Shown as of this day (YYYY-MM-DD): each configuration line's latest run on or before it; null = the latest view. */
  asOf: string | null;
  /** Precisions shown, in manifest order; all of the model's precisions is the default. */
  precisions: string[];
  metric: MetricKey;
  xAxis: XAxisKey;
  /** Series the user hid, in universe order. A series not measured for the current choices keeps its place here. */
  hidden: SeriesKey[];
  logScale: boolean;
  /** Only each series' frontier points are drawn. */
  frontierOnly: boolean;
  /**
   * Which points are drawn at all (vendor, engine, spec method, disaggregated); null = all. A
   * hidden or compared series the filters leave out keeps its place here: it is simply not
   * measured under the filter.
   */
  filters: QuickFilters;
  /** Every series, or each GPU's (`gpu`) or GPU × engine's (`engine`) best; see `bestParam` for the default. */
  best: BestMode;
  /** The two series compared at matched interactivity (A first); either may be unpicked. */
  compareA: SeriesKey | null;
  compareB: SeriesKey | null;
  /** 1 to 3 interactivity targets (tok/s/user) for the compared pair; null means the band's defaults. */
  targets: number[] | null;
  tier: string;
  /** A user-entered price for every GPU, overriding the tier; null uses the tier. */
  usdPerGpuHour: number | null;
  costSet: string;
}

type S = InferenceSelection;
type C = InferenceAvailability;

const model = (s: S, c: C) => modelAvailability(c, s.model);
const universe = (s: S, c: C) => model(s, c).series;

/** Read in this order: the model first, since the rest is checked against it. */
export const INFERENCE_PARAMS = [
  modelParam<S, C>((c) => ({ models: c.models.map((m) => m.key), defaultModel: c.defaultModel })),
  sequenceParam<S, C>(model, 'has no data for this model'),
  asOfParam<S, C>(),
  shownPrecisionsParam<S, C>((s, c) => model(s, c).precisions),
  metricParam<S, C>(),
  xAxisParam<S, C>(),
  hiddenSeriesParam<S, C>(universe),
  scaleParam<S, C>(),
  frontierOnlyParam<S, C>(),
  ...quickFilterParams<S, C>((s, c) => model(s, c).filters),
  comparedSeriesParam<S, C>('a', universe),
  comparedSeriesParam<S, C>('b', universe),
  // After `hide`, `a` and `b`: its default depends on whether the link names series.
  bestParam<S, C>(),
  targetsParam<S, C>((s) => (s.compareA && s.compareB ? null : 'targets apply only to two compared series; ignored')),
  tierParam<S, C>(),
  customPriceParam<S, C>(),
  costSetParam<S, C>(),
];

export const inferencePage = createPageStore({
  params: INFERENCE_PARAMS,
  base: (): Partial<S> => ({}),
  actions: (change) => ({
    /** Another model: everything model-specific starts from that model's defaults. */
    pickModel: (key: string, available: C) => change(() => defaultInferenceSelection(available, key), 'push'),
    // Changes that redraw the whole chart from other data push a history entry, so Back
    // undoes them; finer adjustments replace the current entry. Pinned targets stay: the
    // engine keeps those inside the new band and says why not the others.
    pickSequence: (sequence: SequenceKey) => change(() => ({ sequence }), 'push'),
    pickDate: (asOf: string | null) => change(() => ({ asOf }), 'push'),
    togglePrecision: (precision: string, allInOrder: readonly string[]) =>
      change((s) => {
        const next = toggledInOrder(s.precisions, precision, allInOrder);
        // At least one precision stays shown.
        return next.length === 0 ? {} : { precisions: next };
      }, 'push'),
    pickMetric: (metric: MetricKey) => change(() => ({ metric }), 'replace'),
    pickXAxis: (xAxis: XAxisKey) => change(() => ({ xAxis }), 'push'),
    /** Hides (or shows) the given series; `all` keeps the list in its canonical order. */
    setSeriesHidden: (keys: readonly SeriesKey[], hidden: boolean, all: readonly SeriesKey[]) =>
      change((s) => {
        const rest = s.hidden.filter((h) => !keys.some((k) => sameSeries(h, k)));
        return { hidden: inUniverseOrder(hidden ? [...rest, ...keys] : rest, all) };
      }, 'replace'),
    pickLogScale: (logScale: boolean) => change(() => ({ logScale }), 'replace'),
    pickFrontierOnly: (frontierOnly: boolean) => change(() => ({ frontierOnly }), 'replace'),
    /**
     * A quick filter (null = all). It pushes, as a precision does: it changes which points are
     * drawn at all, and Back brings the unfiltered chart back.
     */
    pickFilter: (patch: Partial<QuickFilters>) => change((s) => ({ filters: { ...s.filters, ...patch } }), 'push'),
    pickBest: (best: BestMode) => change(() => ({ best }), 'replace'),
    /** A side's series; picking the other side's series is refused by the picker, never swapped silently. */
    pickCompared: (side: 'a' | 'b', key: SeriesKey | null) =>
      change((s) => {
        const other = side === 'a' ? s.compareB : s.compareA;
        if (key && other && sameSeries(key, other)) return {};
        return side === 'a' ? { compareA: key, targets: null } : { compareB: key, targets: null };
      }, 'push'),
    swapCompared: () => change((s) => ({ compareA: s.compareB, compareB: s.compareA }), 'push'),
    pinTargets: (targets: number[] | null) => change(() => ({ targets }), 'replace'),
    pickTier: (tier: string) => change(() => ({ tier, usdPerGpuHour: null }), 'replace'),
    pickCustomPrice: (usdPerGpuHour: number | null) => change(() => ({ usdPerGpuHour }), 'replace'),
    pickCostSet: (costSet: string) => change(() => ({ costSet }), 'replace'),
  }),
});

/** The selection a bare link shows, or a model's defaults when `modelKey` is given. */
export function defaultInferenceSelection(available: C, modelKey?: string): S {
  const search = modelKey ? new URLSearchParams({ model: modelKey }).toString() : '';
  return parseSearch(INFERENCE_PARAMS, search, {} as S, available).selection;
}
