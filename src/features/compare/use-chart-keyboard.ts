import { useMemo, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { ChartPoint } from './chart-model';
import { clampCursor, isChartKey, moveCursor, type ChartCursor } from './chart-keys';
import type { PlottedPoint } from './point-marks';
import type { SeriesStyle } from './series-styles';

interface KeyboardInput {
  series: readonly { label: string; style: SeriesStyle; measured: readonly ChartPoint[] }[];
  frontierOnly: boolean;
  /** Nearest points between series are found on log x when the axis is logarithmic. */
  logX: boolean;
  /** Enter (or Space) on the focused point. */
  onPick: (id: string) => void;
  /** Escape while the chart has focus. */
  onEscape: () => void;
}

export interface ChartKeyboard {
  /** The drawn points of each series in x order, as the keys walk them. */
  reachable: readonly (readonly PlottedPoint[])[];
  /** The focused point while the chart has keyboard focus, with its place in its series. */
  focused: { point: PlottedPoint; index: number; count: number } | null;
  /** Moves the cursor onto a point (a click), so focus and the pinned point agree. */
  focusPoint: (id: string) => void;
  handlers: {
    onKeyDown: (event: KeyboardEvent) => void;
    onFocus: (event: FocusEvent) => void;
    onBlur: (event: FocusEvent) => void;
  };
}

/**
 * The chart as one tab stop whose arrow keys walk its points (`moveCursor`). The cursor is kept
 * as indexes and clamped to what is drawn now, so a metric or filter change never leaves it
 * pointing at nothing.
 */
export function useChartKeyboard({ series, frontierOnly, logX, onPick, onEscape }: KeyboardInput): ChartKeyboard {
  const reachable = useMemo(
    () =>
      series.map((s) =>
        s.measured
          .filter((p) => !frontierOnly || p.frontier)
          .map((p): PlottedPoint => ({ ...p, seriesLabel: s.label, style: s.style })),
      ),
    [series, frontierOnly],
  );
  const xs = useMemo(() => reachable.map((ps) => ps.map((p) => (logX ? Math.log(p.x) : p.x))), [reachable, logX]);
  const [cursor, setCursor] = useState<ChartCursor | null>(null);
  const [hasFocus, setHasFocus] = useState(false);
  const current = hasFocus ? clampCursor(xs, cursor) : null;
  const list = current ? reachable[current.series]! : null;
  const focused = current && list ? { point: list[current.point]!, index: current.point, count: list.length } : null;
  const focusPoint = (id: string) => {
    for (const [s, ps] of reachable.entries()) {
      const i = ps.findIndex((p) => p.point.id === id);
      if (i >= 0) return setCursor({ series: s, point: i });
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.currentTarget !== event.target) return;
    if (isChartKey(event.key)) {
      event.preventDefault();
      setCursor(moveCursor(xs, current, event.key));
    } else if ((event.key === 'Enter' || event.key === ' ') && focused) {
      event.preventDefault();
      onPick(focused.point.point.id);
    } else if (event.key === 'Escape') {
      onEscape();
    }
  };
  return {
    reachable,
    focused,
    focusPoint,
    handlers: {
      onKeyDown,
      onFocus: (event) => event.currentTarget === event.target && setHasFocus(true),
      onBlur: (event) => event.currentTarget === event.target && setHasFocus(false),
    },
  };
}
