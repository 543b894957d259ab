import { useLayoutEffect, useRef, useState } from 'react';

/** Below this relative difference the drawing is scaled by CSS rather than redrawn. */
const REDRAW_THRESHOLD = 0.04;

/**
 * The width (px) to draw an SVG chart at, for the element the returned ref is attached to.
 *
 * The first value is `estimate()` (computed without touching layout: reading an element's
 * size before the first paint forces the browser to lay out the page twice), and a
 * ResizeObserver corrects it when the element's real width differs by more than 4%. Smaller
 * differences (a scrollbar, rounding) are absorbed by drawing with a viewBox scaled to
 * 100% width in CSS, so the chart is drawn once and in the first frame.
 */
export function useDrawingWidth<T extends HTMLElement>(estimate: () => number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(() => Math.max(1, Math.floor(estimate())));
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const actual = Math.floor(entries[entries.length - 1]?.contentRect.width ?? 0);
      if (actual <= 0) return;
      setWidth((drawn) => (Math.abs(actual - drawn) / drawn > REDRAW_THRESHOLD ? actual : drawn));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
