import { create } from 'zustand';
import type { SequenceKey } from '../data/schema';
import type { MetricKey, XAxisKey } from '../domain/metrics';
import { inUniverseOrder, sameSeries, type SeriesKey } from './inference-series-key';
import type { InferenceSelection } from './inference-url';
import { selectionSlice, toggledInOrder, type SelectionState } from './selection-store';

interface InferenceState extends SelectionState<InferenceSelection> {
  /** Another model: everything model-specific starts from that model's defaults. */
  pickModel: (defaults: InferenceSelection) => void;
  pickSequence: (sequence: SequenceKey) => void;
  togglePrecision: (precision: string, allInOrder: readonly string[]) => void;
  pickMetric: (metric: MetricKey) => void;
  pickXAxis: (xAxis: XAxisKey) => void;
  /** Hides (or shows) the given series; `universe` keeps the list in its canonical order. */
  setSeriesHidden: (keys: readonly SeriesKey[], hidden: boolean, universe: readonly SeriesKey[]) => void;
  pickLogScale: (logScale: boolean) => void;
  pickFrontierOnly: (frontierOnly: boolean) => void;
  pickCompared: (side: 'a' | 'b', key: SeriesKey | null) => void;
  swapCompared: () => void;
  pinTargets: (targets: number[] | null) => void;
  pickTier: (tier: string) => void;
  pickCustomPrice: (usdPerGpuHour: number | null) => void;
  pickCostSet: (costSet: string) => void;
}

/**
 * The inference chart's selection. Changes that redraw the whole chart from other data
 * (model, sequence, precisions, x axis, the compared pair) push a history entry, so Back
 * undoes them; finer adjustments replace the current entry.
 */
export const useInferenceStore = create<InferenceState>((set) => {
  const { slice, change } = selectionSlice<InferenceSelection, InferenceState>(set);
  return {
    ...slice,
    pickModel: (defaults) => set({ selection: defaults, historyMode: 'push' }),
    // Targets are reset because the band moves with the sequence and the precisions.
    pickSequence: (sequence) => change(() => ({ sequence, targets: null }), 'push'),
    togglePrecision: (precision, allInOrder) =>
      change((s) => {
        const next = toggledInOrder(s.precisions, precision, allInOrder);
        // At least one precision stays shown.
        return next.length === 0 ? {} : { precisions: next, targets: null };
      }, 'push'),
    pickMetric: (metric) => change(() => ({ metric }), 'replace'),
    pickXAxis: (xAxis) => change(() => ({ xAxis }), 'push'),
    setSeriesHidden: (keys, hidden, universe) =>
      change((s) => {
        const rest = s.hidden.filter((h) => !keys.some((k) => sameSeries(h, k)));
        return { hidden: inUniverseOrder(hidden ? [...rest, ...keys] : rest, universe) };
      }, 'replace'),
    pickLogScale: (logScale) => change(() => ({ logScale }), 'replace'),
    pickFrontierOnly: (frontierOnly) => change(() => ({ frontierOnly }), 'replace'),
    pickCompared: (side, key) =>
      change((s) => {
        const other = side === 'a' ? s.compareB : s.compareA;
        // Picking the other side's series swaps the pair rather than comparing a series with itself.
        const swapped = key && other && sameSeries(key, other) ? (side === 'a' ? s.compareA : s.compareB) : other;
        return side === 'a'
          ? { compareA: key, compareB: swapped, targets: null }
          : { compareA: swapped, compareB: key, targets: null };
      }, 'push'),
    swapCompared: () => change((s) => ({ compareA: s.compareB, compareB: s.compareA }), 'push'),
    pinTargets: (targets) => change(() => ({ targets }), 'replace'),
    pickTier: (tier) => change(() => ({ tier, usdPerGpuHour: null }), 'replace'),
    pickCustomPrice: (usdPerGpuHour) => change(() => ({ usdPerGpuHour }), 'replace'),
    pickCostSet: (costSet) => change(() => ({ costSet }), 'replace'),
  };
});
