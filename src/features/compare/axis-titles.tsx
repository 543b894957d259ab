import { X_AXIS_HEIGHT, Y_AXIS_WIDTH, type PlotArea } from './chart-geometry';

/** How far the y title sits from the chart's left edge, px (Recharts' Label offset for insideLeft). */
const Y_TITLE_INSET = 5;

/**
 * The axes' titles, drawn where and as Recharts' `<Label>` draws an x axis' `insideBottom`
 * label (offset `xOffset`) and a y axis' `insideLeft` one turned by −90°: the same element,
 * classes, anchor and offsets, without Label's Text, which measured the title's words in the
 * DOM on every redraw, and without the store updates an axis label makes. `.recharts-label`
 * is kept: tests and the page benchmark read the titles by it.
 */
export function AxisTitles({
  plot,
  x,
  y,
  xOffset,
  fill,
}: {
  plot: PlotArea;
  x: string;
  y: string;
  /** Recharts' offset of an insideBottom label: negative is below the axis' box. */
  xOffset: number;
  fill: string;
}) {
  const xTitle = { x: plot.x + plot.width / 2, y: plot.y + plot.height + X_AXIS_HEIGHT - xOffset };
  const yTitle = { x: plot.x - Y_AXIS_WIDTH + Y_TITLE_INSET, y: plot.y + plot.height / 2 };
  const style = { fill };
  return (
    <g className="axis-titles">
      <text
        x={xTitle.x}
        y={xTitle.y}
        fill={fill}
        style={style}
        className="recharts-text recharts-label"
        textAnchor="middle"
      >
        <tspan x={xTitle.x} dy="0em">
          {x}
        </tspan>
      </text>
      <text
        transform={`rotate(-90, ${yTitle.x}, ${yTitle.y})`}
        x={yTitle.x}
        y={yTitle.y}
        fill={fill}
        style={style}
        className="recharts-text recharts-label"
        textAnchor="start"
      >
        <tspan x={yTitle.x} dy="0.355em">
          {y}
        </tspan>
      </text>
    </g>
  );
}
