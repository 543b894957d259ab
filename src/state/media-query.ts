import { useSyncExternalStore } from 'react';

const lists = new Map<string, { from: typeof window.matchMedia; list: MediaQueryList }>();

/**
 * The window's MediaQueryList for `query`, made once (again only if `matchMedia` itself was
 * replaced): reading `.matches` of a kept list is what a render should cost, while
 * `matchMedia(query)` parses the query and makes a new list on every call, and every render of
 * a chart page asked several times.
 */
function listFor(query: string): MediaQueryList {
  const kept = lists.get(query);
  if (kept && kept.from === window.matchMedia) return kept.list;
  const list = window.matchMedia(query);
  lists.set(query, { from: window.matchMedia, list });
  return list;
}

/** Whether the media query matches now, re-rendering when that changes; false where there is no window. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = listFor(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => listFor(query).matches,
    () => false,
  );
}
