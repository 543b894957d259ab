import { csvFileName } from '../../components/download';
import { memo, Suspense, useMemo } from 'react';
import { Skeleton } from '../../components/skeleton';
import { deferredComponent, useAfterFirstCommit } from '../../components/use-after-first-commit';
import type { PageViewProps } from '../../components/page-scaffold';
import type { SpecDecodeAvailability } from '../../state/availability';
import { specDecodePage, type SpecDecodeSelection } from '../../state/pages/spec-decode';
import { useChartColors } from '../compare/chart-colors';
import { ComparisonChart, type StyledSeries } from '../compare/comparison-chart';
import { SidesHistoryLinks } from '../compare/history-link';
import { MatchedTable } from '../compare/matched-table';
import { AsOfLine } from '../compare/as-of-line';
import { MissingSidesNotice } from './missing-sides';
import { SpecDecodeControls } from './controls';
import { specDecodeResultLine } from './result-line';
import './spec-decode.css';
import type { SpecDecodeViewModel } from './view-model';
import { SpecDecodeChartDownloads } from '../share/spec-decode-downloads';

// Below the fold, drawn after the first commit: their code loads then, not with the first view.
const ComparisonFindings = deferredComponent(async () => (await import('./findings')).ComparisonFindings);
const OwnSidesSection = deferredComponent(async () => (await import('./own-sides-section')).OwnSidesSection);
const loadBelowTheFold = () => Promise.all([ComparisonFindings.preload(), OwnSidesSection.preload()]);

type ViewProps = PageViewProps<SpecDecodeAvailability, SpecDecodeSelection, SpecDecodeViewModel>;

/**
 * Memoised: the page re-renders when the URL sync stores the address's selection after the
 * first render, and the view's inputs are then the same objects, so the view is not redrawn.
 */
export const SpecDecodeView = memo(function SpecDecodeView(props: ViewProps) {
  const { viewModel: vm, selection, available, manifest, specs, updating, loading, notices } = props;
  const { pinTargets } = specDecodePage.useActions();
  const colors = useChartColors();
  const belowTheFold = useAfterFirstCommit(loadBelowTheFold);
  const comparison = vm.comparison;
  const series = useMemo<StyledSeries[]>(
    () =>
      vm.series.map((s) => {
        const isMtp = s.side === 'mtp';
        const muted = !s.ownPrecision;
        return {
          ...s,
          style: {
            color: isMtp ? colors.a : colors.b,
            dash: isMtp ? '7 4' : undefined,
            shape: isMtp ? 'triangle' : 'circle',
            muted,
          },
        };
      }),
    [vm.series, colors],
  );
  const band = comparison?.band.kind === 'overlap' ? comparison.band : null;
  return (
    <article className="page spec-decode" aria-busy={updating || loading}>
      <header className="page-header">
        <h1>{vm.title}</h1>
        <p className="subtitle" data-testid="workload-subtitle">
          {vm.modelName} · {vm.vendorArch} · {vm.sequenceLabel} · {vm.engineLabel}
          {updating && <span className="updating"> · updating…</span>}
        </p>
        <AsOfLine header={vm.asOf} />
        <SidesHistoryLinks {...selection} series={vm.series} />
      </header>
      <p className="result-line" data-testid="result-line">
        {loading ? 'Loading the result…' : specDecodeResultLine(vm)}
      </p>
      {notices}
      <SpecDecodeControls selection={selection} available={available} manifest={manifest} specs={specs} folds />
      {!loading && vm.missingSides.length > 0 && (
        <MissingSidesNotice vm={vm} selection={selection} manifest={manifest} />
      )}
      <section className="card chart-card" aria-label={`${vm.metric.label} against interactivity`} data-testid="chart">
        <ComparisonChart
          series={series}
          metric={vm.metric}
          logScale={selection.logScale}
          xLabel="Interactivity (tok/s/user)"
          comparison={comparison}
          colors={colors}
          manifest={manifest}
        />
        <p className="chart-legend muted">
          <span style={{ color: colors.a }}>▲ - - MTP</span> · <span style={{ color: colors.b }}>● — Off</span> · solid
          markers: frontier, faded: dominated · shaded: band both sides reach · grey dashed lines: the table's targets
          {comparison &&
            (comparison.metricCrossovers ?? comparison.crossovers).length > 0 &&
            ` · ×: the ${comparison.metricCrossovers ? vm.metric.tableLabel : 'throughput'} curves cross`}
          {selection.extraPrecisions.length > 0 &&
            ' · thin lines: other precisions (chart only; the table stays on ' + vm.precisionLabel + ')'}
        </p>
        <SpecDecodeChartDownloads vm={vm} selection={selection} series={series} manifest={manifest} />
      </section>
      {comparison && band && (
        <section aria-labelledby="table-title">
          <h2 id="table-title">At matched interactivity</h2>
          <MatchedTable
            comparison={comparison}
            band={band}
            workload={`${vm.hardwareLabel} ${vm.precisionLabel}, ${vm.modelName}, ${vm.sequenceLabel}, ${vm.engineLabel}`}
            costSource={`${vm.assumptions.tierLabel}, set ${vm.assumptions.setId}`}
            fileName={csvFileName([
              selection.model,
              selection.hardware,
              selection.precision,
              'mtp-vs-off',
              selection.sequence,
              selection.engine,
              selection.metric,
              selection.asOf && `as-of-${selection.asOf}`,
            ])}
            onPinTargets={pinTargets}
          />
        </section>
      )}
      {loading || !belowTheFold ? (
        <Skeleton label={loading ? 'Loading benchmark points' : 'Writing up the findings'} lines={8} />
      ) : (
        <Suspense fallback={<Skeleton label="Writing up the findings" lines={8} />}>
          <ComparisonFindings viewModel={vm} />
        </Suspense>
      )}
      {!loading && belowTheFold && (
        <Suspense fallback={null}>
          <OwnSidesSection selection={selection} engines={available.engines} manifest={manifest} specs={specs} />
        </Suspense>
      )}
    </article>
  );
});
