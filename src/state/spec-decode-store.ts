import { create } from 'zustand';
import type { SequenceKey } from '../data/schema';
import type { MetricKey } from '../domain/metrics';
import { selectionSlice, toggledInOrder, type SelectionState } from './selection-store';
import type { SpecDecodeSelection } from './spec-decode-url';

export type { HistoryMode } from './selection-store';

interface SpecDecodeState extends SelectionState<SpecDecodeSelection> {
  pickSequence: (sequence: SequenceKey) => void;
  pickMetric: (metric: MetricKey) => void;
  toggleExtraPrecision: (precision: string, allInOrder: readonly string[]) => void;
  pinTargets: (targets: number[] | null) => void;
  pickTier: (tier: string) => void;
  pickEngine: (engine: string | null) => void;
  pickLogScale: (logScale: boolean) => void;
  pickCostSet: (costSet: string) => void;
}

export const useSpecDecodeStore = create<SpecDecodeState>((set) => {
  const { slice, change } = selectionSlice<SpecDecodeSelection, SpecDecodeState>(set);
  return {
    ...slice,
    // A new sequence changes every number on the page: worth a history entry. Targets are
    // reset because the band moves with the sequence.
    pickSequence: (sequence) => change(() => ({ sequence, targets: null }), 'push'),
    pickMetric: (metric) => change(() => ({ metric }), 'replace'),
    toggleExtraPrecision: (precision, allInOrder) =>
      change((s) => ({ extraPrecisions: toggledInOrder(s.extraPrecisions, precision, allInOrder) }), 'replace'),
    pinTargets: (targets) => change(() => ({ targets }), 'replace'),
    pickTier: (tier) => change(() => ({ tier }), 'replace'),
    pickEngine: (engine) => change(() => ({ engine, targets: null }), 'push'),
    pickLogScale: (logScale) => change(() => ({ logScale }), 'replace'),
    pickCostSet: (costSet) => change(() => ({ costSet }), 'replace'),
  };
});
