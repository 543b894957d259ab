import type { StoreApi } from 'zustand';
import type { Correction } from './url-params';

/** How the next URL write lands in history: big changes push an entry, small ones replace. */
export type HistoryMode = 'push' | 'replace';

/** The part every URL-synced page store has: the selection and what the URL sync needs. */
export interface SelectionState<S> {
  selection: S | null;
  corrections: Correction[];
  historyMode: HistoryMode;
  /** Called by the URL sync only: the address bar changed (link, Back, Forward, reload). */
  receiveFromUrl: (selection: S, corrections: Correction[]) => void;
  dismissCorrections: () => void;
}

/**
 * The shared state and actions of a page store, plus `change`, which applies a patch
 * (computed from the current selection) and records how the URL should take it. Before the
 * first read of the URL there is no selection, and `change` does nothing.
 */
export function selectionSlice<S, T extends SelectionState<S>>(set: StoreApi<T>['setState']) {
  const change = (patch: (selection: S) => Partial<S>, historyMode: HistoryMode) =>
    set((state) =>
      state.selection
        ? ({ selection: { ...state.selection, ...patch(state.selection) }, historyMode } as Partial<T>)
        : state,
    );
  const slice: SelectionState<S> = {
    selection: null,
    corrections: [],
    historyMode: 'replace',
    // No corrections before and none now: the same array is kept, so nothing that shows them re-renders.
    receiveFromUrl: (selection, corrections) =>
      set(
        (state) =>
          ({
            selection,
            corrections: corrections.length === 0 && state.corrections.length === 0 ? state.corrections : corrections,
            historyMode: 'replace',
          }) as Partial<T>,
      ),
    dismissCorrections: () => set({ corrections: [] as Correction[] } as Partial<T>),
  };
  return { slice, change };
}

/** `item` toggled in `list`, the result kept in the order of `allInOrder`. */
export function toggledInOrder(list: readonly string[], item: string, allInOrder: readonly string[]): string[] {
  const next = list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
  return allInOrder.filter((x) => next.includes(x));
}
