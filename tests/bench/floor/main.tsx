/**
 * The floor for tests/bench/bench-page.ts: the least a page can do to show the deep link's chart.
 * It fetches the same data file the app fetches and draws the MI355X FP4 MTP and Off points with
 * Recharts alone (a monotoneX line per side through its points sorted by x, plus a scatter per
 * side), with no validation, routing, state, table or styling. Not part of the app.
 */
import { createRoot } from 'react-dom/client';
import { ComposedChart, Line, ResponsiveContainer, Scatter, XAxis, YAxis } from 'recharts';

interface RawPoint {
  hardware: string;
  precision: string;
  specMethod: string;
  metrics: { tokPerSecPerUser: number; tokPerSecPerGpu: number };
}

interface XY {
  x: number;
  y: number;
}

const DATA_URL = `${import.meta.env.BASE_URL}data/benchmarks/dsr1/8k1k/mi355x.json`;
const SIDES = [
  { specMethod: 'mtp', label: 'MTP', color: '#2563eb' },
  { specMethod: 'none', label: 'Off', color: '#d97706' },
] as const;

function sidePoints(points: readonly RawPoint[], specMethod: string): XY[] {
  return points
    .filter((p) => p.hardware === 'mi355x' && p.precision === 'fp4' && p.specMethod === specMethod)
    .map((p) => ({ x: p.metrics.tokPerSecPerUser, y: p.metrics.tokPerSecPerGpu }))
    .sort((a, b) => a.x - b.x);
}

function FloorChart({ sides }: { sides: { label: string; color: string; points: XY[] }[] }) {
  return (
    <div data-testid="chart">
      <ResponsiveContainer width="100%" height={440}>
        <ComposedChart margin={{ top: 16, right: 24, bottom: 28, left: 16 }}>
          <XAxis type="number" dataKey="x" domain={['auto', 'auto']} />
          <YAxis
            type="number"
            dataKey="y"
            domain={[0, 'auto']}
            width={72}
            label={{ value: 'tok/s/GPU', angle: -90, position: 'insideLeft' }}
          />
          {sides.map((s) => (
            <Line
              key={`line-${s.label}`}
              data={s.points}
              dataKey="y"
              type="monotoneX"
              stroke={s.color}
              dot={false}
              activeDot={false}
              isAnimationActive={false}
            />
          ))}
          {sides.map((s) => (
            <Scatter key={`scatter-${s.label}`} data={s.points} fill={s.color} isAnimationActive={false} />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('tests/bench/floor/index.html has no #root element');
const root = createRoot(rootElement);

void fetch(DATA_URL)
  .then((response) => {
    if (!response.ok) throw new Error(`${DATA_URL}: HTTP ${response.status}`);
    return response.json() as Promise<{ points: RawPoint[] }>;
  })
  .then((file) => {
    const sides = SIDES.map((s) => ({ label: s.label, color: s.color, points: sidePoints(file.points, s.specMethod) }));
    root.render(<FloorChart sides={sides} />);
  })
  .catch((error: unknown) => {
    root.render(<p role="alert">Could not draw the floor chart: {String(error)}</p>);
  });
