import { useMediaQuery } from '../../state/media-query';

/** Phones and narrow windows: the layouts that stack (the stylesheet's phone rules use the same width). */
export const NARROW_QUERY = '(max-width: 600px)';

/** Whether the window is phone-narrow now; false where there is no window (and in jsdom's stub). */
export function useNarrow(): boolean {
  return useMediaQuery(NARROW_QUERY);
}
