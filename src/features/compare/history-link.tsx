import { Link } from 'react-router';
import type { BenchmarkPoint, SequenceKey, SpecMethod } from '../../data/schema';

/** One setup whose history a link opens; a null engine lets the history page pick its default. */
export interface SetupRef {
  model: string;
  hardware: string;
  precision: string;
  engine: string | null;
  spec: SpecMethod;
  sequence: SequenceKey;
}

/**
 * The address of a setup's history page (the page drops what is its default). Spelled out
 * here rather than imported from the history page's state, so comparison pages do not load it.
 */
export function setupHistoryHref(s: SetupRef): string {
  const path = [s.model, s.hardware, s.precision].map(encodeURIComponent).join('/');
  const query = new URLSearchParams({ ...(s.engine ? { engine: s.engine } : {}), spec: s.spec, seq: s.sequence });
  return `/history/${path}?${query.toString()}`;
}

/** "History of this setup" from a picked point: its GPU, engine, precision and spec method, at the page's model and sequence. */
export function PointHistoryLink({
  model,
  sequence,
  point,
}: {
  model: string;
  sequence: SequenceKey;
  point: BenchmarkPoint;
}) {
  const setup = {
    model,
    sequence,
    hardware: point.hardware,
    precision: point.precision,
    engine: point.engine,
    spec: point.specMethod,
  };
  return (
    <Link to={setupHistoryHref(setup)} data-testid="point-history-link">
      This setup over time
    </Link>
  );
}

/** The engine with the most of a side's points (a history follows one engine), or null without points. */
export function mainEngine(points: readonly Pick<BenchmarkPoint, 'engine'>[]): string | null {
  const counts = new Map<string, number>();
  for (const p of points) counts.set(p.engine, (counts.get(p.engine) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

interface SidesProps extends Omit<SetupRef, 'spec'> {
  /** The page's chart series: the own-precision MTP and Off ones name the engine a pooled side mostly ran. */
  series: readonly { side: 'mtp' | 'off'; ownPrecision: boolean; measured: readonly { point: BenchmarkPoint }[] }[];
}

/**
 * The history addresses of a comparison page's two sides (MTP, then Off) at the shown
 * sequence: with one engine chosen, that engine's; with engines pooled, the engine most of
 * the side's points ran.
 */
export function sidesHistoryHrefs({ series, ...setup }: SidesProps): { mtp: string; off: string } {
  const engineOf = (side: 'mtp' | 'off') =>
    setup.engine ??
    mainEngine(series.filter((s) => s.side === side && s.ownPrecision).flatMap((s) => s.measured.map((m) => m.point)));
  return {
    mtp: setupHistoryHref({ ...setup, engine: engineOf('mtp'), spec: 'mtp' }),
    off: setupHistoryHref({ ...setup, engine: engineOf('off'), spec: 'none' }),
  };
}

/** Links to the histories of a comparison page's two sides. */
export function SidesHistoryLinks(props: SidesProps) {
  const hrefs = sidesHistoryHrefs(props);
  return (
    <p className="subtitle" data-testid="history-links">
      Over time: <Link to={hrefs.mtp}>MTP</Link> · <Link to={hrefs.off}>Off</Link>
    </p>
  );
}
