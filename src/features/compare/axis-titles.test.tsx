// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { ComposedChart, XAxis, YAxis } from 'recharts';
import { describe, expect, it } from 'vitest';
import { AxisTitles } from './axis-titles';
import { CHART_MARGIN, plotArea, Y_AXIS_WIDTH } from './chart-geometry';

const DATA = [
  { x: 0, y: 0 },
  { x: 260, y: 13_500 },
];

/** The axis titles of a chart, each as what a reader and the layout get from it. */
function titles(chart: React.ReactElement): string[] {
  const { container, unmount } = render(chart);
  const out = [...container.querySelectorAll('.recharts-label')].map((text) => {
    const spans = [...text.querySelectorAll('tspan')].map(
      (s) => `tspan x=${s.getAttribute('x')} dy=${s.getAttribute('dy')}`,
    );
    const attrs = ['x', 'y', 'transform', 'text-anchor', 'fill', 'class'].map((a) => `${a}=${text.getAttribute(a)}`);
    return `${text.tagName} ${attrs.join(' ')} fill-style=${(text as SVGElement).style.fill} ${spans.join(' ')} "${text.textContent}"`;
  });
  unmount();
  return out;
}

describe('AxisTitles', () => {
  it.each([
    [800, 440, CHART_MARGIN, -16],
    [333, 320, CHART_MARGIN, -16],
    [1214, 280, { top: 12, right: 24, bottom: 24, left: 16 }, -14],
  ])('draws the titles where and as Recharts’ Label draws them, %d × %d', (width, height, margin, offset) => {
    const theirs = titles(
      <ComposedChart width={width} height={height} margin={margin} data={DATA}>
        <XAxis
          type="number"
          dataKey="x"
          label={{ value: 'Interactivity (tok/s/user)', position: 'insideBottom', offset, fill: '#123456' }}
        />
        <YAxis
          type="number"
          dataKey="y"
          width={Y_AXIS_WIDTH}
          label={{ value: '$/M tok', angle: -90, position: 'insideLeft', fill: '#123456' }}
        />
      </ComposedChart>,
    );
    expect(theirs).toHaveLength(2);
    const ours = titles(
      <ComposedChart width={width} height={height} margin={margin}>
        <AxisTitles
          plot={plotArea(width, height, margin)}
          x="Interactivity (tok/s/user)"
          y="$/M tok"
          xOffset={offset}
          fill="#123456"
        />
      </ComposedChart>,
    );
    expect(ours).toEqual(theirs);
  });
});
