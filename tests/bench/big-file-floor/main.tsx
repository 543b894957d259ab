/**
 * The floor of tests/bench/bench-big-file.ts: the least a page can do to draw `?marks=` scatter
 * marks and a line of `?line=` vertices at the app's chart size (1280 px wide page, 440 px high),
 * with Recharts alone: one Scatter with plain marker paths, one path for the line, no state
 * beyond which metric is shown, no validation, no table. "Draw" draws it, "Switch" redraws
 * every mark at other y values with another axis label (a metric switch). Not part of the app.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ComposedChart, Line, Scatter, XAxis, YAxis } from 'recharts';

const params = new URLSearchParams(location.search);
const MARKS = Number(params.get('marks') ?? 1000);
const LINE = Number(params.get('line') ?? 100);

/** A fixed pseudo-random cloud (a sweep's shape: throughput falling as interactivity rises). */
function cloud(n: number, seed: number): { x: number; y: number }[] {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  return Array.from({ length: n }, () => {
    const x = 5 + 195 * next();
    return { x, y: (4000 / (1 + x / 40)) * (0.5 + 0.5 * next()) };
  });
}

const marks = cloud(MARKS, 7);
const line = Array.from({ length: LINE }, (_, i) => {
  const x = 5 + (195 * i) / Math.max(1, LINE - 1);
  return { x, y: 4000 / (1 + x / 40) };
});

function Mark(props: { cx?: number; cy?: number }) {
  if (props.cx === undefined || props.cy === undefined) return <g />;
  return <path className="floor-mark" d={`M${props.cx - 4},${props.cy}a4,4 0 1,0 8,0a4,4 0 1,0 -8,0`} fill="#7c3aed" />;
}

function Floor() {
  const [state, setState] = useState<'idle' | 'A' | 'B'>('idle');
  const k = state === 'B' ? 0.5 : 1;
  return (
    <div>
      <button type="button" id="draw" onClick={() => setState('A')}>
        Draw
      </button>
      <button type="button" id="switch" onClick={() => setState(state === 'A' ? 'B' : 'A')}>
        Switch
      </button>
      {state !== 'idle' && (
        <div data-testid="chart">
          <ComposedChart width={1230} height={440} margin={{ top: 16, right: 24, bottom: 28, left: 16 }}>
            <XAxis type="number" dataKey="x" domain={['auto', 'auto']} interval={0} />
            <YAxis
              type="number"
              dataKey="y"
              domain={[0, 'auto']}
              width={72}
              interval={0}
              label={{ value: state, angle: -90, position: 'insideLeft' }}
            />
            <Line
              data={line.map((p) => ({ x: p.x, y: p.y * k }))}
              dataKey="y"
              type="linear"
              stroke="#7c3aed"
              dot={false}
              activeDot={false}
              isAnimationActive={false}
            />
            <Scatter data={marks.map((p) => ({ x: p.x, y: p.y * k }))} shape={Mark} isAnimationActive={false} />
          </ComposedChart>
        </div>
      )}
    </div>
  );
}

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('tests/bench/big-file-floor/index.html has no #root element');
createRoot(rootElement).render(<Floor />);
