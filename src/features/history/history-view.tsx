import { ProvenanceNotice } from '../compare/provenance-notice';
import { memo, useDeferredValue, useMemo } from 'react';
import { DrawnLater } from '../../components/drawn-later';
import type { PageViewProps } from '../../components/page-scaffold';
import type { HistoryAvailability } from '../../state/history-availability';
import { historyPage, type HistorySelection } from '../../state/pages/history';
import { useChartColors } from '../compare/chart-colors';
import { ComparisonChart, type StyledSeries } from '../compare/comparison-chart';
import { HistoryControls } from './controls';
import { HistoryBelowChart } from './history-below';
import { DateLegend } from './date-legend';
import { dateStyle } from './date-styles';
import type { HistoryViewModel } from './view-model';
import { HistoryChartDownloads } from '../share/history-downloads';

type ViewProps = PageViewProps<HistoryAvailability, HistorySelection, HistoryViewModel>;

/** One setup over time: a curve per run date, the from/to comparison, the trend at each target, and a published table beside ours. */
export const HistoryView = memo(function HistoryView(props: ViewProps) {
  const { viewModel: vm, selection, available, manifest, specs, updating, loading, notices } = props;
  const { pinTargets } = historyPage.useActions();
  const colors = useChartColors();
  const series = useMemo<StyledSeries[]>(
    () => vm.series.map((s) => ({ ...s, style: dateStyle(s, vm.from, colors) })),
    [vm.series, vm.from, colors],
  );
  const c = vm.fromTo;
  // The tables, the trend chart and the notes start below the first screen (the chart's): they
  // follow a change in a second render React may interrupt, once the chart shows it, and are
  // marked busy until then. Each stays whole, the old choice or the new one, never a mix.
  const laterVm = useDeferredValue(vm);
  const laterSelection = useDeferredValue(selection);
  const first = vm.runDates[0];
  const last = vm.runDates[vm.runDates.length - 1];
  return (
    <article className="page history" aria-busy={updating || loading}>
      <header className="page-header">
        <h1>{vm.title}</h1>
        <p className="subtitle" data-testid="workload-subtitle">
          {vm.modelName} · {vm.sequenceLabel} · {vm.engineLabel} · {vm.specLabel} · {vm.runDates.length} run date
          {vm.runDates.length === 1 ? '' : 's'}
          {first && last && ` (${first === last ? first : `${first} – ${last}`})`}
          {updating && <span className="updating"> · updating…</span>}
        </p>
      </header>
      <ProvenanceNotice manifest={manifest} model={selection.model} />
      {notices}
      <HistoryControls selection={selection} available={available} manifest={manifest} specs={specs} />
      <section
        className="card chart-card"
        aria-label={`${vm.metric.label} against interactivity by run date`}
        data-testid="chart"
      >
        <ComparisonChart
          series={series}
          metric={vm.metric}
          logScale={false}
          xLabel="Interactivity (tok/s/user)"
          comparison={c}
          colors={colors}
          manifest={manifest}
        />
        <DateLegend
          dates={series.map((s) => ({ date: s.key, style: s.style, points: s.measured.length }))}
          from={vm.from}
          to={vm.to}
        />
        <p className="chart-legend muted">
          One curve per run date (frontier of that day’s points, never extrapolated) ·{' '}
          {vm.sameDate
            ? 'shaded: the band that date reaches · grey dashed lines: the targets'
            : 'newest thick · from dashed · shaded: band both compared dates reach · grey dashed lines: the from/to table’s targets'}
        </p>
        <HistoryChartDownloads vm={vm} selection={selection} series={series} manifest={manifest} />
      </section>
      <DrawnLater behind={laterVm !== vm || laterSelection !== selection}>
        <HistoryBelowChart vm={laterVm} selection={laterSelection} onPinTargets={pinTargets} />
      </DrawnLater>
    </article>
  );
});
