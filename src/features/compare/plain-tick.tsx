import type { ReactElement } from 'react';
import type { XAxisTickContentProps, YAxisTickContentProps } from 'recharts';

/** How far below, or from the middle of, its anchor a one-line label sits, as Recharts' Text puts it. */
const DY = { start: '0.71em', middle: '0.355em', end: '0em' } as const;

/**
 * An axis tick label drawn as Recharts draws a one-line one (the same element, classes, anchor
 * and offset), without its Text: given the axis' size, Text measures every word of every new
 * label in the DOM to wrap it, a forced layout per label on each switch (14 ms of a switch
 * with your 50,000-point file drawn). A tick label is a short number and never wraps.
 */
export function plainTick(props: XAxisTickContentProps | YAxisTickContentProps): ReactElement {
  const { x, y, textAnchor, verticalAnchor, fill, payload, index, tickFormatter } = props;
  const text = tickFormatter ? tickFormatter(payload.value, index) : String(payload.value);
  return (
    <text
      x={x}
      y={y}
      textAnchor={textAnchor}
      fill={fill}
      stroke="none"
      className="recharts-text recharts-cartesian-axis-tick-value"
    >
      <tspan x={x} dy={DY[verticalAnchor]}>
        {text}
      </tspan>
    </text>
  );
}
