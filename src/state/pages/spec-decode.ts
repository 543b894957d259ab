import type { SequenceKey } from '../../data/schema';
import type { MetricKey } from '../../domain/metrics';
import type { SpecDecodeAvailability } from '../availability';
import { createPageStore } from '../page-store';
import {
  asOfParam,
  costSetParam,
  engineParam,
  extraPrecisionsParam,
  metricParam,
  scaleParam,
  sequenceParam,
  targetsParam,
  tierParam,
} from '../params';
import { parseSearch, serializeSearch } from '../url-params';
import { toggledInOrder } from './toggle';

/**
 * What a spec-decode comparison page shows. The path pins model, hardware and precision;
 * the query string carries the rest, and only what differs from the defaults.
 */
export interface SpecDecodeSelection {
  model: string;
  hardware: string;
  precision: string;
  sequence: SequenceKey;
  /** Shown as of this day (YYYY-MM-DD): each configuration line's latest run on or before it; null = the latest view. */
  asOf: string | null;
  metric: MetricKey;
  /** Other precisions of the same model and GPU drawn on the chart (the table stays pinned). */
  extraPrecisions: string[];
  /** 1 to 3 interactivity targets (tok/s/user), ascending; null means the band's defaults. */
  targets: number[] | null;
  tier: string;
  /** One engine to compare like with like, or null for every engine pooled. */
  engine: string | null;
  logScale: boolean;
  /** Id of the cost and power assumption set. */
  costSet: string;
}

type S = SpecDecodeSelection;
type C = SpecDecodeAvailability;

export const SPEC_DECODE_PARAMS = [
  sequenceParam<S, C>((_, c) => c, 'has no MTP and Off runs for this GPU'),
  asOfParam<S, C>(),
  metricParam<S, C>(),
  extraPrecisionsParam<S, C>((_, c) => c.otherPrecisions),
  targetsParam<S, C>(),
  tierParam<S, C>(),
  engineParam<S, C>((_, c) => c.engines),
  scaleParam<S, C>(),
  costSetParam<S, C>(),
];

const base = (c: C): Partial<S> => ({ ...c.workload });

export const specDecodePage = createPageStore({
  params: SPEC_DECODE_PARAMS,
  base,
  actions: (change) => ({
    // A new sequence or engine changes every number on the page: worth a history entry.
    // Pinned targets stay; the engine keeps those that lie in the new band and says why not the rest.
    pickSequence: (sequence: SequenceKey) => change(() => ({ sequence }), 'push'),
    pickEngine: (engine: string | null) => change(() => ({ engine }), 'push'),
    // Another day changes every number on the page too; null returns to the latest view.
    pickDate: (asOf: string | null) => change(() => ({ asOf }), 'push'),
    pickMetric: (metric: MetricKey) => change(() => ({ metric }), 'replace'),
    toggleExtraPrecision: (precision: string, allInOrder: readonly string[]) =>
      change((s) => ({ extraPrecisions: toggledInOrder(s.extraPrecisions, precision, allInOrder) }), 'replace'),
    pinTargets: (targets: number[] | null) => change(() => ({ targets }), 'replace'),
    pickTier: (tier: string) => change(() => ({ tier }), 'replace'),
    pickLogScale: (logScale: boolean) => change(() => ({ logScale }), 'replace'),
    pickCostSet: (costSet: string) => change(() => ({ costSet }), 'replace'),
  }),
});

/** The selection a bare link (no query string) shows. */
export function defaultSpecDecodeSelection(available: C): S {
  return parseSearch(SPEC_DECODE_PARAMS, '', base(available) as S, available).selection;
}

/** The query string (no "?") of a comparison page's selection: defaults left out. */
export function specDecodeSearch(selection: S, available: C): string {
  return serializeSearch(SPEC_DECODE_PARAMS, selection, available);
}
