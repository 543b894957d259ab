import { Link } from 'react-router';
import { lazy, memo, Suspense, useCallback, useMemo } from 'react';
import { Notice } from '../../components/notice';
import type { PageViewProps } from '../../components/page-scaffold';
import { modelAvailability, type InferenceAvailability } from '../../state/availability';
import { seriesToken, type SeriesKey } from '../../state/inference-series-key';
import { groupKeyOf } from '../compare/grouping';
import { defaultInferenceSelection, inferencePage, type InferenceSelection } from '../../state/pages/inference';
import { useResolvedTheme } from '../../state/theme';
import { useChartColors } from '../compare/chart-colors';
import { ComparisonChart, type StyledSeries } from '../compare/comparison-chart';
import { SeriesLegend, type LegendEntry } from '../compare/series-legend';
import { familyMarkersText, lookStyle } from '../compare/series-styles';
import { CompareTwo } from './compare-two';
import { AsOfLine } from '../compare/as-of-line';
import { ProvenanceNotice } from '../compare/provenance-notice';
import { FilterControls } from '../compare/filter-controls';
import { ViewOptions } from '../compare/view-options';
import { inferenceChoices } from './choices';
import { BestModeSelect, InferenceControls } from './controls';
import type { InferenceViewModel } from './view-model';
import { useOwnOnChart } from './use-own-on-chart';
import { useOwnCompare } from './use-own-compare';
import { styledChartSeries } from './own-emphasis';
import './inference.css';
import { InferenceChartDownloads } from '../share/inference-downloads';
import { OwnPanelFallback } from '../own/own-panel-fallback';

/** The "Add your results" panel loads on its own, after the chart: the first view does not wait for it. */
const OwnResultsPanel = lazy(async () => ({ default: (await import('../own/own-panel')).OwnResultsPanel }));

type ViewProps = PageViewProps<InferenceAvailability, InferenceSelection, InferenceViewModel>;

/**
 * Memoised: the page re-renders when the URL sync stores the address's selection after the
 * first render, and the view's inputs are then the same objects, so the view is not redrawn.
 */
export const InferenceView = memo(function InferenceView({
  viewModel: vm,
  selection,
  available,
  manifest,
  specs,
  updating,
  notices,
}: ViewProps) {
  const universe = modelAvailability(available, selection.model).series;
  const defaults = useMemo(() => defaultInferenceSelection(available, selection.model), [available, selection.model]);
  const { setSeriesHidden, pickFilter } = inferencePage.useActions();
  const colors = useChartColors();
  const theme = useResolvedTheme();
  const own = useOwnOnChart(selection, specs, manifest, theme);
  const legend = useMemo<LegendEntry[]>(
    () =>
      vm.best !== 'all'
        ? vm.groups.map((g) => ({
            id: g.id,
            label: `${g.label}: best of ${g.series.length} series (${g.leadText})`,
            shortLabel: `${g.label}: ${g.leadText}`,
            group: g.vendor,
            pointCount: g.series.reduce((n, s) => n + s.points.length, 0),
            hidden: g.hidden,
            style: lookStyle(g.look, theme, 'normal'),
          }))
        : vm.series.map((s) => ({
            id: s.token,
            label: s.label,
            shortLabel: s.configLabel,
            group: `${s.gpuLabel} · ${s.vendor}`,
            pointCount: s.points.length,
            hidden: s.hidden,
            style: lookStyle(s.look, theme, 'normal'),
            // One link per MTP/Off twin pair, on the MTP entry.
            link:
              s.specDecodeHref && s.key.specMethod === 'mtp'
                ? { href: s.specDecodeHref, text: 'vs Off', label: `${s.label} against Off: the MTP vs Off page` }
                : undefined,
          })),
    [vm.series, vm.groups, vm.best, theme],
  );
  const legendEntries = useMemo(() => [...legend, ...own.legend], [legend, own.legend]);
  // Legend ids are URL tokens, or group ids in a best mode (a group stands for every series of
  // it the model has); look them up (never split them) so the callbacks stay stable.
  const keysOfId = useMemo(() => {
    const map = new Map<string, SeriesKey[]>();
    for (const k of universe) {
      const id = vm.best === 'all' ? seriesToken(k, universe) : groupKeyOf(k, vm.best);
      map.set(id, [...(map.get(id) ?? []), k]);
    }
    return map;
  }, [universe, vm.best]);
  const { setOwnHidden } = own;
  const onSetHidden = useCallback(
    (ids: readonly string[], hidden: boolean) => {
      const published = setOwnHidden(ids, hidden);
      if (published.length === 0 && ids.length > 0) return;
      setSeriesHidden(
        published.flatMap((id) => keysOfId.get(id) ?? []),
        hidden,
        universe,
      );
    },
    [keysOfId, setSeriesHidden, universe, setOwnHidden],
  );
  const onToggle = useCallback((id: string, hidden: boolean) => onSetHidden([id], !hidden), [onSetHidden]);
  const compare = useOwnCompare(vm, selection, own.series, manifest, specs);
  const chartSeries = useMemo<StyledSeries[]>(
    () => styledChartSeries({ vm, own: own.series, view: compare.view, selection, specs, theme }),
    [vm, own.series, compare.view, selection, specs, theme],
  );
  const c = compare.view.status === 'ready' && vm.xAxis.key === 'interactivity' ? compare.view.model : null;
  return (
    <article className="page inference" aria-busy={updating}>
      <header className="page-header">
        <h1>{vm.title}</h1>
        <p className="subtitle" data-testid="inference-subtitle">
          {vm.sequenceLabel} · {vm.precisionsLabel} · {vm.series.length} series, {vm.pointCount} points
          {vm.best !== 'all' &&
            ` · best per GPU${vm.best === 'engine' ? ' and engine' : ''}: ${vm.groups.length} line${vm.groups.length === 1 ? '' : 's'}`}
          {vm.filtersLabel &&
            ` · filtered to ${vm.filtersLabel}: ${vm.filteredOut} point${vm.filteredOut === 1 ? '' : 's'} left out`}
          {updating && <span className="updating"> · updating…</span>}
        </p>
        <AsOfLine header={vm.asOf} />
        <ProvenanceNotice manifest={manifest} model={selection.model} />
      </header>
      {notices}
      <ViewOptions
        choices={inferenceChoices(
          selection,
          defaults,
          manifest,
          specs,
          modelAvailability(available, selection.model).precisions,
        )}
      >
        <InferenceControls selection={selection} available={available} manifest={manifest} specs={specs} />
        <FilterControls
          filters={selection.filters}
          choices={modelAvailability(available, selection.model).filters}
          manifest={manifest}
          onPick={pickFilter}
        />
      </ViewOptions>
      <section
        className="card chart-card"
        aria-label={`${vm.metric.label} against ${vm.xAxis.label}`}
        data-testid="chart"
        data-series-count={chartSeries.length}
      >
        {vm.empty && !own.chart.some((s) => s.measured.length > 0) ? (
          <div className="chart-empty" data-testid="chart-empty" data-reason={vm.empty.reason}>
            <Notice tone="info" title="Nothing to draw">
              <p>{vm.empty.message}</p>
            </Notice>
          </div>
        ) : (
          <ComparisonChart
            series={chartSeries}
            metric={vm.metric}
            logScale={selection.logScale}
            logX={vm.logX}
            xLabel={vm.xAxis.axisLabel}
            xAxis={vm.xAxis}
            frontierOnly={selection.frontierOnly}
            comparison={c}
            colors={colors}
            manifest={manifest}
            historyModel={selection.model}
            historySequence={selection.sequence}
            pointSource={own.pointSource}
          />
        )}
        {own.computing.length > 0 && (
          <p className="muted" role="status" data-testid="own-computing">
            Your data: computing its frontier on this axis… ({own.computing.map((s) => s.label).join(', ')})
          </p>
        )}
        <p className="chart-legend muted">
          Colour: GPU (AMD warm, NVIDIA green and blue), shade: engine ·{' '}
          {vm.best === 'all'
            ? 'solid line and round or square marker: Off; dashed line and pointed marker: MTP · circle/triangle FP4, square/diamond FP8'
            : `marker: ${familyMarkersText(manifest.hardware)}`}{' '}
          · {selection.frontierOnly ? 'frontier points only' : 'solid markers: frontier, faded: dominated'}
          {vm.logX && ' · log scale on both axes'}
          {vm.unplotted > 0 && ` · ${vm.unplotted} points of shown series have no value here`}
          {vm.best !== 'all' &&
            ` · each line is its group's best series at each ${vm.xAxis.key === 'interactivity' ? 'interactivity' : 'x'} (the legend says which leads where), never a blend of two`}
        </p>
        <InferenceChartDownloads
          {...{ vm, selection, manifest, specs }}
          series={chartSeries}
          pointSource={own.pointSource}
        />
        <div className="controls" role="group" aria-label="Legend mode">
          <BestModeSelect value={selection.best} />
        </div>
        <SeriesLegend entries={legendEntries} onToggle={onToggle} onSetHidden={onSetHidden} />
      </section>
      <p className="row" data-testid="rank-link">
        <Link to={vm.rankLink.href}>
          {vm.rankLink.target === null
            ? 'Rank every setup of this view'
            : `Rank every setup at ${vm.rankLink.target} tok/s/user`}
        </Link>
      </p>
      <CompareTwo viewModel={vm} selection={selection} universe={universe} own={own.series} compare={compare} />
      <Suspense fallback={<OwnPanelFallback />}>
        <OwnResultsPanel
          manifest={manifest}
          model={selection.model}
          sequence={selection.sequence}
          onVsPublished={compare.vsPublished}
          fit={own.fit}
          viewState={{ a: compare.ownA, b: compare.ownB, targets: compare.targets, hidden: [...own.hidden] }}
        />
      </Suspense>
      <section aria-labelledby="assumptions-title">
        <h2 id="assumptions-title">Assumptions</h2>
        <p data-testid="assumptions">
          Cost: {vm.price.source}.{' '}
          {vm.price.gpus
            .map(
              (g) =>
                `${g.label} ${g.usdPerGpuHour === null ? 'no price' : `$${g.usdPerGpuHour}/h`}, ${g.kwPerGpu === null ? 'no power figure' : `${g.kwPerGpu} kW`}`,
            )
            .join('; ')}
          . Cost per million tokens = $/GPU-hour × 10⁶ / (3600 × tok/s/GPU); tok/s/MW = tok/s/GPU × 1000 / kW. Each
          series’ frontier keeps the points no other point of the series beats on both throughput and the x axis (higher
          interactivity, or lower latency); lines between measured points are interpolated along it, never beyond it.
        </p>
      </section>
    </article>
  );
});
