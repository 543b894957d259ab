import { formatThroughput, formatTokPerSecPerUser } from '../../domain/format';
import { useEffect, useRef, type ReactNode } from 'react';
import type { BenchmarkPoint } from '../../data/schema';

interface PickedPointProps {
  point: BenchmarkPoint;
  label: string;
  describe: (point: BenchmarkPoint) => Record<string, string>;
  /** Close (the button or Escape inside the panel); the chart puts focus back where it was. */
  onClose: () => void;
  /** More links, after the run link. */
  extra?: ReactNode;
}

/**
 * A clicked (or Enter-pinned) point's full configuration, kept on screen so its run link can be
 * followed. It takes focus when it opens or shows another point (the chart keys it by point), so a screen reader reads it and
 * Tab reaches the run link next.
 */
export function PickedPoint({ point, label, describe, onClose, extra }: PickedPointProps) {
  const panel = useRef<HTMLElement>(null);
  // The chart keys the panel by point, so another point mounts it anew.
  useEffect(() => panel.current?.focus(), []);
  return (
    // Escape from anywhere inside (the panel, its button, its links) closes it.
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <aside
      className="picked-point"
      aria-label="Selected point"
      data-testid="picked-point"
      ref={panel}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
      }}
    >
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
