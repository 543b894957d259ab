// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { ComposedChart, XAxis, YAxis } from 'recharts';
import { describe, expect, it } from 'vitest';
import { formatAxisTick } from '../../domain/format';
import { plainTick } from './plain-tick';

const DATA = [
  { x: 0, y: 0 },
  { x: 260, y: 13_500 },
];

/** The tick labels of a chart, each as what a reader and the layout get from it. */
function tickLabels(tick: typeof plainTick | undefined): string[] {
  const { container, unmount } = render(
    <ComposedChart width={600} height={300} data={DATA}>
      <XAxis type="number" dataKey="x" tickFormatter={(v: number) => formatAxisTick(v)} tick={tick} stroke="#123456" />
      <YAxis
        type="number"
        dataKey="y"
        width={72}
        tickFormatter={(v: number) => formatAxisTick(v, '$/M tok')}
        tick={tick}
        stroke="#654321"
      />
    </ComposedChart>,
  );
  const labels = [...container.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((text) => {
    const spans = [...text.querySelectorAll('tspan')].map(
      (s) => `tspan x=${s.getAttribute('x')} dy=${s.getAttribute('dy')}`,
    );
    const attrs = ['x', 'y', 'text-anchor', 'fill', 'class'].map((a) => `${a}=${text.getAttribute(a)}`);
    return `${text.tagName} ${attrs.join(' ')} ${spans.join(' ')} "${text.textContent}"`;
  });
  unmount();
  return labels;
}

describe('plainTick', () => {
  it('draws each tick label as Recharts’ own Text draws it: element, place, anchor, offset, colour, class and text', () => {
    const theirs = tickLabels(undefined);
    expect(theirs.length).toBeGreaterThanOrEqual(6);
    expect(theirs.some((t) => t.includes('"$13.5k"') || t.includes('"$15k"') || t.includes('"$14k"'))).toBe(true);
    expect(tickLabels(plainTick)).toEqual(theirs);
  });
});
