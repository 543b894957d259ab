import { create } from 'zustand';
import type { SequenceKey } from '../data/schema';
import type { MetricKey } from '../domain/metrics';
import type { Correction, SpecDecodeSelection } from './spec-decode-url';

/** How the next URL write lands in history: big changes push an entry, small ones replace. */
export type HistoryMode = 'push' | 'replace';

interface SpecDecodeState {
  selection: SpecDecodeSelection | null;
  corrections: Correction[];
  historyMode: HistoryMode;
  /** Called by the URL sync only: the address bar changed (link, Back, Forward, reload). */
  receiveFromUrl: (selection: SpecDecodeSelection, corrections: Correction[]) => void;
  pickSequence: (sequence: SequenceKey) => void;
  pickMetric: (metric: MetricKey) => void;
  toggleExtraPrecision: (precision: string, allInOrder: readonly string[]) => void;
  pinTargets: (targets: number[] | null) => void;
  pickTier: (tier: string) => void;
  pickEngine: (engine: string | null) => void;
  pickLogScale: (logScale: boolean) => void;
  pickCostSet: (costSet: string) => void;
  dismissCorrections: () => void;
}

export const useSpecDecodeStore = create<SpecDecodeState>((set) => {
  const change = (patch: Partial<SpecDecodeSelection>, historyMode: HistoryMode) =>
    set((state) => (state.selection ? { selection: { ...state.selection, ...patch }, historyMode } : state));
  return {
    selection: null,
    corrections: [],
    historyMode: 'replace',
    receiveFromUrl: (selection, corrections) => set({ selection, corrections, historyMode: 'replace' }),
    // A new sequence changes every number on the page: worth a history entry. Targets are
    // reset because the band moves with the sequence.
    pickSequence: (sequence) => change({ sequence, targets: null }, 'push'),
    pickMetric: (metric) => change({ metric }, 'replace'),
    toggleExtraPrecision: (precision, allInOrder) =>
      set((state) => {
        if (!state.selection) return state;
        const current = state.selection.extraPrecisions;
        const next = current.includes(precision) ? current.filter((p) => p !== precision) : [...current, precision];
        const ordered = allInOrder.filter((p) => next.includes(p));
        return { selection: { ...state.selection, extraPrecisions: ordered }, historyMode: 'replace' };
      }),
    pinTargets: (targets) => change({ targets }, 'replace'),
    pickTier: (tier) => change({ tier }, 'replace'),
    pickEngine: (engine) => change({ engine, targets: null }, 'push'),
    pickLogScale: (logScale) => change({ logScale }, 'replace'),
    pickCostSet: (costSet) => change({ costSet }, 'replace'),
    dismissCorrections: () => set({ corrections: [] }),
  };
});
