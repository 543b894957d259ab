/**
 * The floor for tests/bench/bench-page.ts: the least a page can do to show a page's chart. It
 * fetches the data files the app's page fetched (`?files=`, started by the inline script in
 * index.html, as early as the app's preload) and draws their points with Recharts alone, once,
 * at a fixed size: for each series a line through its points sorted by x and a scatter of
 * them, with no validation, routing, state, table or styling. Not part of the app.
 *
 * `?view=` says which series, as the app's page groups them:
 * - `compare` (with `hardware` and `precision`): MTP and Off of that GPU and precision, every
 *   engine pooled (the comparison page's default view);
 * - `gpu`: one series per GPU (`/inference`'s default, best per GPU, draws every point of each GPU);
 * - `all`: one per GPU × engine × spec method × precision (`/inference?best=all`).
 */
import { createRoot } from 'react-dom/client';
import { ComposedChart, Line, Scatter, XAxis, YAxis } from 'recharts';

interface RawPoint {
  hardware: string;
  engine: string;
  precision: string;
  specMethod: string;
  metrics: { tokPerSecPerUser: number; tokPerSecPerGpu: number };
}

interface XY {
  x: number;
  y: number;
}

interface FloorSeries {
  key: string;
  color: string;
  points: XY[];
}

declare global {
  interface Window {
    floorData: Promise<{ points: RawPoint[] }[]>;
  }
}

/** The app's chart card at a 1280 px viewport (see estimateChartWidth in comparison-chart.tsx). */
const WIDTH = 1214;
const HEIGHT = 440;
const COLORS = ['#2563eb', '#d97706', '#059669', '#dc2626', '#7c3aed', '#0891b2', '#be185d', '#4d7c0f'];

const query = new URLSearchParams(location.search);
const view = query.get('view') ?? 'compare';
const picked = { hardware: query.get('hardware'), precision: query.get('precision') };

function groupKey(p: RawPoint): string | null {
  if (view === 'compare') {
    if (p.hardware !== picked.hardware || p.precision !== picked.precision) return null;
    return p.specMethod === 'mtp' || p.specMethod === 'none' ? p.specMethod : null;
  }
  if (view === 'gpu') return p.hardware;
  return `${p.hardware}:${p.engine}:${p.specMethod}:${p.precision}`;
}

function floorSeries(files: { points: RawPoint[] }[]): FloorSeries[] {
  const groups = new Map<string, XY[]>();
  for (const file of files) {
    for (const p of file.points) {
      const key = groupKey(p);
      if (key === null) continue;
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push({ x: p.metrics.tokPerSecPerUser, y: p.metrics.tokPerSecPerGpu });
    }
  }
  return [...groups].map(([key, points], i) => ({
    key,
    color: COLORS[i % COLORS.length]!,
    points: points.sort((a, b) => a.x - b.x),
  }));
}

function FloorChart({ series }: { series: FloorSeries[] }) {
  return (
    <div data-testid="chart" data-series-count={series.length}>
      <ComposedChart width={WIDTH} height={HEIGHT} margin={{ top: 16, right: 24, bottom: 28, left: 16 }}>
        <XAxis type="number" dataKey="x" domain={['auto', 'auto']} />
        <YAxis
          type="number"
          dataKey="y"
          domain={[0, 'auto']}
          width={72}
          label={{ value: 'tok/s/GPU', angle: -90, position: 'insideLeft' }}
        />
        {series.map((s) => (
          <Line
            key={`line-${s.key}`}
            data={s.points}
            dataKey="y"
            type="monotoneX"
            stroke={s.color}
            dot={false}
            activeDot={false}
            isAnimationActive={false}
          />
        ))}
        {series.map((s) => (
          <Scatter key={`scatter-${s.key}`} data={s.points} fill={s.color} isAnimationActive={false} />
        ))}
      </ComposedChart>
    </div>
  );
}

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('tests/bench/floor/index.html has no #root element');
const root = createRoot(rootElement);

void window.floorData
  .then((files) => root.render(<FloorChart series={floorSeries(files)} />))
  .catch((error: unknown) => {
    root.render(<p role="alert">Could not draw the floor chart: {String(error)}</p>);
  });
