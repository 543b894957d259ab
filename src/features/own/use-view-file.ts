import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { saveOwnFile, type OwnFile } from '../../data/own/store';
import { viewFile, type OwnViewState, type ViewFile } from '../../data/own/view-file';
import { csvFileName } from '../../components/download';
import { ownFilesQuery } from './queries';

/** Your data's part of a view when the page holds none (no compared side, nothing hidden). */
export const NO_OWN_VIEW: OwnViewState = { a: null, b: null, targets: null, hidden: [] };

/** The navigation state a restored view arrives with (never in the address). */
interface RestoredState {
  isoline: 'restored-view';
  own: OwnViewState;
}

/** The navigation state that opens a page with your data's part of a view (e.g. a link that compares your file on /inference). */
export const restoredViewState = (own: OwnViewState): RestoredState => ({ isoline: 'restored-view', own });

const isRestored = (state: unknown): state is RestoredState =>
  typeof state === 'object' && state !== null && (state as { isoline?: unknown }).isoline === 'restored-view';

/** Saves the view file of this page (its address, your data's part of the view, every file you keep) from a click. */
export function downloadViewFile(
  page: ViewFile['page'],
  own: OwnViewState,
  files: readonly OwnFile[],
  today: string,
): void {
  const text = `${JSON.stringify(viewFile(page, own, files), null, 1)}\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = csvFileName(['view', page.path.slice(1), today], 'json');
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Restores a view file: keeps its files in this browser (the same ids, so adding it twice keeps
 * one copy, the form's answers as they were), then opens its page at its address, with your
 * data's part of the view in the navigation state (`useRestoredOwnView` reads it there).
 */
export function useRestoreView(): (view: ViewFile) => Promise<void> {
  const client = useQueryClient();
  const navigate = useNavigate();
  return async (view) => {
    for (const file of view.files) await saveOwnFile(file);
    await client.invalidateQueries({ queryKey: ownFilesQuery().queryKey });
    void navigate(`${view.page.path}${view.page.search}`, { state: restoredViewState(view.own) });
  };
}

/**
 * Your data's part of a restored view, once per arrival: the state of the navigation
 * `useRestoreView` made, or null. `apply` runs during render the first time a given arrival is
 * seen (React's "adjust state when a prop changes" pattern: no effect, no extra paint).
 */
export function useRestoredOwnView(apply: (own: OwnViewState) => void): void {
  const location = useLocation();
  const [seen, setSeen] = useState<string | null>(null);
  const state: unknown = location.state;
  if (isRestored(state) && seen !== location.key) {
    setSeen(location.key);
    apply(state.own);
  }
}
