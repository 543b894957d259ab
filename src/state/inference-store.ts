import { create } from 'zustand';
import type { SequenceKey } from '../data/schema';
import type { MetricKey, XAxisKey } from '../domain/metrics';
import { inUniverseOrder, sameSeries, type SeriesKey } from './inference-series-key';
import type { InferenceSelection } from './inference-url';
import type { HistoryMode } from './spec-decode-store';
import type { Correction } from './spec-decode-url';

interface InferenceState {
  selection: InferenceSelection | null;
  corrections: Correction[];
  historyMode: HistoryMode;
  /** Called by the URL sync only: the address bar changed (link, Back, Forward, reload). */
  receiveFromUrl: (selection: InferenceSelection, corrections: Correction[]) => void;
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
  dismissCorrections: () => void;
}

/**
 * The inference chart's selection. Changes that redraw the whole chart from other data
 * (model, sequence, precisions, x axis, the compared pair) push a history entry, so Back
 * undoes them; finer adjustments replace the current entry.
 */
export const useInferenceStore = create<InferenceState>((set) => {
  const change = (patch: (s: InferenceSelection) => Partial<InferenceSelection>, historyMode: HistoryMode) =>
    set((state) =>
      state.selection ? { selection: { ...state.selection, ...patch(state.selection) }, historyMode } : state,
    );
  return {
    selection: null,
    corrections: [],
    historyMode: 'replace',
    receiveFromUrl: (selection, corrections) => set({ selection, corrections, historyMode: 'replace' }),
    pickModel: (defaults) => set({ selection: defaults, historyMode: 'push' }),
    // Targets are reset because the band moves with the sequence and the precisions.
    pickSequence: (sequence) => change(() => ({ sequence, targets: null }), 'push'),
    togglePrecision: (precision, allInOrder) =>
      change((s) => {
        const next = s.precisions.includes(precision)
          ? s.precisions.filter((p) => p !== precision)
          : [...s.precisions, precision];
        // At least one precision stays shown.
        return next.length === 0 ? {} : { precisions: allInOrder.filter((p) => next.includes(p)), targets: null };
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
    dismissCorrections: () => set({ corrections: [] }),
  };
});
