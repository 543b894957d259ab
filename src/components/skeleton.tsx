interface SkeletonProps {
  /** What is loading, read out by screen readers. */
  label: string;
  lines?: number;
  height?: number;
}

/** A placeholder with the rough shape of the content that is loading. */
export function Skeleton({ label, lines = 3, height }: SkeletonProps) {
  return (
    <div className="skeleton" role="status" aria-live="polite" aria-busy="true">
      <span className="visually-hidden">{label}</span>
      {height !== undefined ? (
        <div className="skeleton-block" style={{ height }} />
      ) : (
        Array.from({ length: lines }, (_, i) => <div key={i} className="skeleton-line" />)
      )}
    </div>
  );
}
