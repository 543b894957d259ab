import type { BenchmarkPoint } from '../../data/schema';
import type { MetricDefinition, XAxisDefinition } from '../../domain/metrics';
import type { ChartPoint } from './chart-model';

interface PointTooltipProps {
  metric: MetricDefinition;
  xAxis: Pick<XAxisDefinition, 'valueLabel' | 'unit'>;
  describe: (point: BenchmarkPoint) => Record<string, string>;
  active?: boolean;
  payload?: readonly { payload?: unknown; name?: unknown }[];
}

const value = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

function isChartPoint(x: unknown): x is ChartPoint {
  return typeof x === 'object' && x !== null && 'point' in x && 'x' in x && 'y' in x;
}

/** Hover details of one measured point; click the point to pin them with the run link. */
export function PointTooltip({ metric, xAxis, describe, active, payload }: PointTooltipProps) {
  const entry = payload?.find((p) => isChartPoint(p.payload));
  if (!active || !entry || !isChartPoint(entry.payload)) return null;
  const { x, y, point, frontier } = entry.payload;
  return (
    <div className="chart-tooltip">
      <strong>{String(entry.name ?? '')}</strong>
      <dl>
        <dt>{xAxis.valueLabel}</dt>
        <dd>
          {value.format(x)} {xAxis.unit}
        </dd>
        {xAxis.unit !== 'tok/s/user' && (
          <>
            <dt>Interactivity</dt>
            <dd>{value.format(point.metrics.tokPerSecPerUser)} tok/s/user</dd>
          </>
        )}
        <dt>{metric.label}</dt>
        <dd>
          {value.format(y)} {metric.unit}
        </dd>
        {Object.entries(describe(point)).map(([k, v]) => (
          <div key={k} className="contents">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{frontier ? 'On the frontier.' : 'Dominated by a frontier point.'} Click to pin.</p>
    </div>
  );
}
