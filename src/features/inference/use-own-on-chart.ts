import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BenchmarkPoint, GpuSpecs, Manifest } from '../../data/schema';
import type { InferenceSelection } from '../../state/pages/inference';
import { X_AXES, type XAxisKey } from '../../domain/metrics';
import type { StyledSeries } from '../compare/comparison-chart';
import type { LegendEntry } from '../compare/series-legend';
import { fitOwnFiles, type OwnPageScope } from '../own/own-fit';
import { whenIdle } from '../../components/when-idle';
import { useOwnFiles } from '../own/queries';
import { useRestoredOwnView } from '../own/use-view-file';
import { ownSide, watchOwnSides } from '../own/own-sides';
import { buildOwnSeries, ownCurveJobs, ownSeriesLabel, ownStyle, type OwnSeries } from './own-series';

const isOwn = (id: string) => id.startsWith('own:');

/** An idle period long enough for one of your file's jobs (a curve of 50,000 knots: tens of ms). */
const IDLE_MS_PER_JOB = 40;

/**
 * Your files on the inference chart: their series (drawn after the published ones; compare-two picks among them), their
 * legend entries (under "Your data"), which of them are hidden (kept on this page only, never
 * in the address), the source line of their points' cards, and which files the page does not
 * show and why (`fit`: another model or sequence, or the page's precision and quick filters).
 */
export function useOwnOnChart(
  selection: InferenceSelection,
  specs: GpuSpecs,
  manifest: Manifest,
  theme: 'light' | 'dark',
) {
  const { files } = useOwnFiles();
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  useRestoredOwnView((restored) => setHidden(new Set(restored.hidden)));
  // Which files fit, and their points, change with the page's workload and filters, not with its
  // metric or axis: a switch keeps the same point arrays, so their sides are not built again.
  const { model, sequence, precisions, filters } = selection;
  const scopeKey = JSON.stringify({ model, sequence, precisions, filters });
  const fit = useMemo(
    () => fitOwnFiles(files, JSON.parse(scopeKey) as OwnPageScope, manifest),
    [files, scopeKey, manifest],
  );
  // Sides are found in a worker (`watchOwnSides`); a new `sides` object says a side of the shown
  // axis came in, so the series are built again.
  const [sides, setSides] = useState(() => ({ lookup: ownSide }));
  const own = useMemo(
    () => buildOwnSeries({ shown: fit.shown, selection, specs, hidden, side: sides.lookup }),
    [fit, selection, specs, hidden, sides],
  );
  useOwnSidesWatch(fit.shown, own, selection.xAxis, () => {
    // Its chart series (50,000 points read: ~130 ms) in a task of its own, then the page's redraw
    // in another: no task holds both.
    buildOwnSeries({ shown: fit.shown, selection, specs, hidden, side: ownSide });
    setTimeout(() => setSides({ lookup: ownSide }), 0);
  });
  // The other metrics' curves, once the page is idle after drawing: a metric switch then reads
  // only your points (a 50,000-knot frontier's derived curve is not built in the switch's task).
  useEffect(
    () =>
      whenIdle(ownCurveJobs({ shown: fit.shown, selection, specs, hidden, side: sides.lookup }), {
        // One job (a curve of 50,000 knots) takes tens of ms; without idle callbacks (jsdom) the
        // work is done when it is needed, as before.
        needMs: IDLE_MS_PER_JOB,
        withoutIdleCallback: 'skip',
      }),
    [fit, selection, specs, hidden, sides],
  );
  const chart = useMemo<StyledSeries[]>(
    () => own.flatMap((s) => (s.chart ? [{ ...s.chart, style: ownStyle(s.look, theme) }] : [])),
    [own, theme],
  );
  const legend = useMemo<LegendEntry[]>(
    () =>
      own.map((s) => ({
        id: s.id,
        label: s.label,
        group: 'Your data',
        pointCount: s.points.length,
        hidden: s.hidden,
        style: ownStyle(s.look, theme),
      })),
    [own, theme],
  );
  /** Hides or shows your series among `ids`; returns the other (published) ids. */
  const setOwnHidden = useCallback((ids: readonly string[], hide: boolean): string[] => {
    const mine = ids.filter(isOwn);
    if (mine.length > 0) {
      setHidden((before) => {
        const next = new Set(before);
        for (const id of mine) {
          if (hide) next.add(id);
          else next.delete(id);
        }
        return next;
      });
    }
    return ids.filter((id) => !isOwn(id));
  }, []);
  const names = useMemo(() => new Map(files.map((f) => [f.id, f.name])), [files]);
  const pointSource = useCallback(
    (p: BenchmarkPoint) => {
      if (!p.id.startsWith('own:')) return null;
      const fileId = p.id.slice('own:'.length).split('#')[0]!;
      return `your data: ${names.get(fileId) ?? 'a removed file'}`;
    },
    [names],
  );
  /** Your series shown whose frontier on this axis is still being found (not drawn yet). */
  const computing = useMemo(() => own.filter((s) => s.computing), [own]);
  return { series: own, chart, legend, setOwnHidden, pointSource, fit, hidden, computing };
}

/**
 * Watches the sides of the files shown on the chart's x axis: when the side of a series drawn as
 * `computing` is there (it came in, or came in before this render's effects ran), `redraw` runs,
 * once, in a task of its own. A side of another axis is only kept for a later switch.
 */
function useOwnSidesWatch(
  shown: ReturnType<typeof fitOwnFiles>['shown'],
  own: readonly OwnSeries[],
  xAxis: XAxisKey,
  redraw: () => void,
) {
  const latest = useRef({ own, xAxis, redraw });
  const scheduled = useRef(false);
  const check = useCallback(() => {
    const { own: drawn, xAxis: axis } = latest.current;
    if (scheduled.current || !drawn.some((s) => s.computing && ownSide(s.label, s.points, X_AXES[axis]))) return;
    scheduled.current = true;
    setTimeout(() => {
      scheduled.current = false;
      latest.current.redraw();
    }, 0);
  }, []);
  useEffect(() => {
    latest.current = { own, xAxis, redraw };
    check();
  });
  useEffect(() => {
    const stops = shown.map(({ file, points }) => watchOwnSides(ownSeriesLabel(file), points, xAxis, check));
    return () => stops.forEach((stop) => stop());
  }, [shown, xAxis, check]);
}
