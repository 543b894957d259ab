import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The width in pixels of the element the returned ref is attached to: read before the first
 * paint (so a chart can draw in the same frame as the rest of the page, where Recharts'
 * ResponsiveContainer waits for a ResizeObserver callback first), then kept up to date.
 */
export function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(Math.floor(element.getBoundingClientRect().width));
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
