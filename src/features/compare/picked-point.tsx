import { formatThroughput, formatTokPerSecPerUser } from '../../domain/format';
import type { ReactNode } from 'react';
import type { BenchmarkPoint } from '../../data/schema';

interface PickedPointProps {
  point: BenchmarkPoint;
  label: string;
  describe: (point: BenchmarkPoint) => Record<string, string>;
  onClose: () => void;
  /** More links, after the run link. */
  extra?: ReactNode;
}

/** A clicked point's full configuration, kept on screen so its run link can be followed. */
export function PickedPoint({ point, label, describe, onClose, extra }: PickedPointProps) {
  return (
    <aside className="picked-point" aria-label="Selected point" data-testid="picked-point">
      <div className="row">
        <strong>
          {label}: {formatTokPerSecPerUser(point.metrics.tokPerSecPerUser, 2)} tok/s/user,{' '}
          {formatThroughput(point.metrics.tokPerSecPerGpu)} tok/s/GPU
        </strong>
        <button type="button" className="button-quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <dl className="details-grid">
        {Object.entries(describe(point)).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {point.runUrl ? (
        <a href={point.runUrl} target="_blank" rel="noreferrer">
          Open the benchmark run
        </a>
      ) : (
        <span className="muted">No run link recorded.</span>
      )}
      {extra && <> · {extra}</>}
    </aside>
  );
}
