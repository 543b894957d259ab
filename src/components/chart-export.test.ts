// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { buildChartSvg, themeAround, type ChartImageText } from './chart-export';
import { wrapText } from './wrap-text';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('wrapText', () => {
  // 100 px at 10 px per em and 0.56 em per character: 17 characters per line.
  it.each<[string, number, string[]]>([
    ['', 100, []],
    ['one', 100, ['one']],
    ['aaaa bbbb cccc dddd', 100, ['aaaa bbbb cccc', 'dddd']],
    ['aaaaaaaaaaaaaaaaaaaaaaaa b', 100, ['aaaaaaaaaaaaaaaaaaaaaaaa', 'b']],
    ['  spaced   out  ', 100, ['spaced out']],
  ])('%j in %i px → %j', (text, width, lines) => {
    expect(wrapText(text, width, 10)).toEqual(lines);
  });
});

/** A chart as Recharts leaves it: a root surface with a grid styled from a stylesheet and point marks. */
function liveChart(): SVGSVGElement {
  const style = document.createElement('style');
  style.textContent = '.grid-line { stroke: rgb(1, 2, 3); stroke-width: 3px; } .hidden-layer { display: none; }';
  document.head.append(style);
  const card = document.createElement('section');
  card.className = 'chart-card';
  card.innerHTML = `<svg class="recharts-surface" width="600" height="300" viewBox="0 0 600 300">
      <line class="grid-line" x1="0" y1="10" x2="600" y2="10"></line>
      <g class="hidden-layer"><text>not drawn</text></g>
      <path class="point-mark" d="M1,1Z" fill="#c2410c" tabindex="0" data-points="1"></path>
      <path class="point-mark" d="M2,2Z" fill="#1d4ed8"></path>
      <path class="point-mark" d="M3,3Z" fill="#1d4ed8"></path>
    </svg>`;
  document.body.append(card);
  return card.querySelector('svg')!;
}

const text: ChartImageText = {
  title: 'MI355X FP4: MTP vs Off',
  subtitle: 'DeepSeek-R1-0528 · 8k/1k',
  legend: [
    { label: 'MTP', color: '#c2410c', dash: '7 4', marker: 'M0,-4L4,4L-4,4Z' },
    { label: 'Off <FP4> & co', color: '#1d4ed8', hollow: true, marker: 'M0,0Z' },
  ],
  notes: 'solid markers: frontier',
  source: 'Data: SemiAnalysis InferenceX',
  url: 'https://example.org/spec-decode/dsr1/mi355x/fp4?seq=1k1k&metric=cost',
};
const theme = { background: 'rgb(20, 22, 28)', text: 'rgb(230, 230, 230)', fontFamily: 'system-ui' };

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

describe('buildChartSvg', () => {
  it('holds a copy of every mark of the live chart, and the title, subtitle, legend, notes, source and address', () => {
    const chart = liveChart();
    const image = buildChartSvg(chart, text, theme);
    const doc = parse(image.svg);
    expect(doc.querySelectorAll('.export-chart .point-mark')).toHaveLength(3);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        'MI355X FP4: MTP vs Off',
        'DeepSeek-R1-0528 · 8k/1k',
        'MTP',
        'Off <FP4> & co',
        'solid markers: frontier',
        'Data: SemiAnalysis InferenceX',
        text.url,
      ]),
    );
    // The address is one text, however long, and the legend draws each series' marker.
    expect(doc.querySelector('.export-url')!.textContent).toBe(text.url);
    expect(doc.querySelectorAll('.export-legend-item path')).toHaveLength(2);
    expect(doc.querySelector('.export-legend-item line')!.getAttribute('stroke-dasharray')).toBe('7 4');
  });

  it('paints the page’s background and sizes the image around the chart', () => {
    const image = buildChartSvg(liveChart(), text, theme);
    const root = parse(image.svg).documentElement;
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${image.width} ${image.height}`);
    expect(image.width).toBe(600 + 2 * 16);
    expect(image.height).toBeGreaterThan(300 + 20 + 13 + 12 * 4);
    const background = root.querySelector('rect')!;
    expect([background.getAttribute('fill'), background.getAttribute('height')]).toEqual([
      'rgb(20, 22, 28)',
      String(image.height),
    ]);
    const nested = root.querySelector('svg.export-chart')!;
    expect([nested.getAttribute('width'), nested.getAttribute('height')]).toEqual(['600', '300']);
    expect(Number(nested.getAttribute('y'))).toBeGreaterThan(20);
  });

  it('writes stylesheet styles onto the copy, hides what the page hides, and leaves the live chart as it was', () => {
    const chart = liveChart();
    const before = chart.outerHTML;
    const doc = parse(buildChartSvg(chart, text, theme).svg);
    const grid = doc.querySelector('.export-chart .grid-line')!;
    expect(grid.getAttribute('style')).toContain('stroke: rgb(1, 2, 3)'.replace(': ', ':'));
    expect(doc.querySelector('.export-chart .hidden-layer')!.getAttribute('display')).toBe('none');
    const mark = doc.querySelector('.export-chart .point-mark')!;
    expect([mark.hasAttribute('tabindex'), mark.hasAttribute('data-points')]).toEqual([false, false]);
    expect(chart.outerHTML).toBe(before);
  });
});

describe('themeAround', () => {
  it('takes the nearest opaque background up the tree, and the element’s own text colour', () => {
    document.body.innerHTML = `<main style="background-color: rgb(250, 250, 250)"><div style="background-color: rgba(0, 0, 0, 0)">
      <section id="card" style="color: rgb(10, 20, 30)"></section></div></main>`;
    const found = themeAround(document.querySelector('#card')!);
    expect([found.background, found.text]).toEqual(['rgb(250, 250, 250)', 'rgb(10, 20, 30)']);
  });

  it('falls back to white when nothing up the tree paints a background', () => {
    document.body.innerHTML = '<section id="card"></section>';
    expect(themeAround(document.querySelector('#card')!).background).toBe('#ffffff');
  });
});
