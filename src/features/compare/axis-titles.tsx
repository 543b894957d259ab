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
  return (
    <g className="axis-titles">
      <Title at={xTitle} anchor="middle" dy="0em" fill={fill} text={x} />
      <Title
        at={yTitle}
        anchor="start"
        dy="0.355em"
        fill={fill}
        text={y}
        transform={`rotate(-90, ${yTitle.x}, ${yTitle.y})`}
      />
    </g>
  );
}

/** One title as Recharts' Text draws a one-line label. */
function Title(props: {
  at: { x: number; y: number };
  anchor: 'start' | 'middle';
  dy: string;
  fill: string;
  text: string;
  transform?: string;
}) {
  const { at, fill } = props;
  return (
    <text
      transform={props.transform}
      x={at.x}
      y={at.y}
      fill={fill}
      style={{ fill }}
      className="recharts-text recharts-label"
      textAnchor={props.anchor}
    >
      <tspan x={at.x} dy={props.dy}>
        {props.text}
      </tspan>
    </text>
  );
}
