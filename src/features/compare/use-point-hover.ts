import { useEffect, useRef, useState, type MouseEvent, type RefObject } from 'react';
import type { HoverPosition } from './point-tooltip';
import type { PlottedPoint } from './point-marks';

/** How long the card stays after the pointer leaves its point, so the pointer can reach the card. */
const LEAVE_DELAY_MS = 300;

export interface PointHover {
  hover: { id: string; position: HoverPosition } | null;
  /** The point layer's mouse handlers (`PointLayer`). */
  onPointEnter: (point: PlottedPoint, event: MouseEvent) => void;
  onPointLeave: () => void;
  /** The card's own handlers: the card stays while the pointer is on it (WCAG 1.4.13, hoverable). */
  cardHandlers: { onMouseEnter: () => void; onMouseLeave: () => void };
}

/**
 * The hover card's state: opened next to the pointer on a point, kept while the pointer moves
 * from the point onto the card, closed on Escape (dismissible without moving the pointer).
 */
export function usePointHover(wrapper: RefObject<HTMLElement | null>): PointHover {
  const [hover, setHover] = useState<PointHover['hover']>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const cancel = () => clearTimeout(timer.current);
  useEffect(() => () => clearTimeout(timer.current), []);
  const open = hover !== null;
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setHover(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return {
    hover,
    onPointEnter: (point, event) => {
      const box = wrapper.current?.getBoundingClientRect();
      if (!box) return;
      cancel();
      const position = {
        left: event.clientX - box.left,
        top: event.clientY - box.top,
        width: box.width,
        height: box.height,
      };
      setHover({ id: point.point.id, position });
    },
    onPointLeave: () => {
      cancel();
      timer.current = setTimeout(() => setHover(null), LEAVE_DELAY_MS);
    },
    cardHandlers: {
      onMouseEnter: cancel,
      onMouseLeave: () => setHover(null),
    },
  };
}
