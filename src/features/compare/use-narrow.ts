import { useSyncExternalStore } from 'react';

/** Phones and narrow windows: the layouts that stack (the stylesheet's phone rules use the same width). */
export const NARROW_QUERY = '(max-width: 600px)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(NARROW_QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** Whether the window is phone-narrow now; false where there is no window (and in jsdom's stub). */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}
