import { AssumedPriceAndPower } from '../compare/assumed-price-power';
import { csvFileName } from '../../components/download';
import { ProvenanceNotice } from '../compare/provenance-notice';
import { memo, useMemo } from 'react';
import type { PageViewProps } from '../../components/page-scaffold';
import type { HistoryAvailability } from '../../state/history-availability';
import { historyPage, type HistorySelection } from '../../state/pages/history';
import { useChartColors } from '../compare/chart-colors';
import { ComparisonChart, type StyledSeries } from '../compare/comparison-chart';
import { BandNotes } from '../compare/comparison-words';
import { MatchedTable } from '../compare/matched-table';
import { HistoryControls } from './controls';
import { DateLegend } from './date-legend';
import { dateStyle } from './date-styles';
import { PublishedTableView } from './published-table';
import { TrendChart } from './trend-chart';
import { TrendTableView } from './trend-table';
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
  const setup = `${vm.hardwareLabel} ${vm.precisionLabel}, ${vm.modelName}, ${vm.sequenceLabel}, ${vm.engineLabel}, ${vm.specLabel}`;
  const c = vm.fromTo;
  const band = c?.band.kind === 'overlap' ? c.band : null;
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
          One curve per run date (frontier of that day’s points, never extrapolated) · newest thick · from dashed ·
          shaded: band both compared dates reach · grey dashed lines: the from/to table’s targets
        </p>
        <HistoryChartDownloads vm={vm} selection={selection} series={series} manifest={manifest} />
      </section>
      {c && band && vm.from && vm.to ? (
        <section aria-labelledby="from-to-title">
          <h2 id="from-to-title">
            {vm.to} against {vm.from}, at matched interactivity
          </h2>
          <MatchedTable
            comparison={c}
            band={band}
            workload={setup}
            costSource={`${vm.assumptions.tierLabel}, set ${vm.assumptions.setId}`}
            fileName={csvFileName([
              'history',
              selection.model,
              selection.hardware,
              selection.precision,
              selection.engine,
              selection.spec,
              selection.sequence,
              vm.from,
              'vs',
              vm.to,
              selection.metric,
            ])}
            onPinTargets={pinTargets}
          />
          <BandNotes comparison={c} noOverlapTitle="The two dates share no interactivity band" />
          <ul className="sentences" data-testid="from-to-sentences">
            {vm.sentences.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      ) : (
        c && <BandNotes comparison={c} noOverlapTitle="The two dates share no interactivity band" />
      )}
      <section aria-labelledby="trend-title">
        <h2 id="trend-title">{vm.metric.tableLabel} at each target, run by run</h2>
        <TrendTableView
          table={vm.trend}
          fileName={csvFileName([
            'history',
            selection.model,
            selection.hardware,
            selection.precision,
            selection.engine,
            selection.spec,
            selection.sequence,
            selection.metric,
            'trend',
          ])}
          caption={`${setup}: ${vm.metric.tableLabel} at ${vm.trend.targets.join(' / ')} tok/s/user (${
            vm.trendTargets === 'published'
              ? 'the published table’s targets'
              : vm.trendTargets === 'pinned'
                ? 'pinned targets'
                : 'the from/to band’s default targets'
          })`}
        />
        <TrendChart table={vm.trend} colors={colors} />
      </section>
      {vm.published && (
        <section aria-labelledby="published-title">
          <h2 id="published-title">The published table beside ours</h2>
          <PublishedTableView comparison={vm.published} />
        </section>
      )}
      <section aria-labelledby="assumptions-title">
        <h2 id="assumptions-title">Assumptions</h2>
        <p data-testid="assumptions">
          <AssumedPriceAndPower gpu={vm.hardwareLabel} assumptions={vm.assumptions} />
          ), for every date alike. Each date’s values come from its own frontier and monotone spline; nothing is
          extrapolated.
        </p>
      </section>
    </article>
  );
});
