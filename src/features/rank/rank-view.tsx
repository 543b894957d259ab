import { lazy, memo, Suspense, useDeferredValue, useMemo } from 'react';
import { Link } from 'react-router';
import { DrawnLater } from '../../components/drawn-later';
import { Notice } from '../../components/notice';
import type { PageViewProps } from '../../components/page-scaffold';
import type { InferenceAvailability } from '../../state/availability';
import type { RankSelection } from '../../state/pages/rank';
import { RankBars } from './rank-bars';
import { RankControls } from './rank-controls';
import { RankLeader } from './leader-strip';
import { RankMatrix } from './matrix-table';
import { RankTable } from './ranked-table';
import { AsOfLine } from '../compare/as-of-line';
import { ProvenanceNotice } from '../compare/provenance-notice';
import { withOwnRows, type RankViewModel } from './rank-view-model';
import { fitOwnFiles } from '../own/own-fit';
import { useOwnFiles } from '../own/queries';
import { OwnPanelFallback } from '../own/own-panel-fallback';
import './rank.css';

/** The "Add your results" panel loads on its own, after the ranking: the first view does not wait for it. */
const OwnResultsPanel = lazy(async () => ({ default: (await import('../own/own-panel')).OwnResultsPanel }));

type ViewProps = PageViewProps<InferenceAvailability, RankSelection, RankViewModel>;

/** The ranking page: the answer in words, the ranked table and its bars, the matrix and the lead across interactivity. */
export const RankView = memo(function RankView(props: ViewProps) {
  const { viewModel: published, selection, available, manifest, specs, updating, notices } = props;
  // Your files of this model and sequence, through the page's precision and filters, ranked among the published setups.
  const { files } = useOwnFiles();
  const fit = useMemo(() => fitOwnFiles(files, selection, manifest), [files, selection, manifest]);
  const vm = useMemo(
    () => withOwnRows(published, fit.shown, { selection, available, specs, manifest }),
    [published, fit, selection, available, specs, manifest],
  );
  const { rank } = vm;
  // The bars, the matrix and the lead strip start below the first screen (at 1280 × 900 and
  // smaller): they follow a change in a second render React may interrupt, once the first screen
  // (the answer and the ranked table) shows it, and are marked busy until then. Each of them
  // stays whole, the old choice or the new one, never a mix.
  const later = useDeferredValue(rank);
  const inRange = rank.rows.filter((r) => r.inRange).length;
  return (
    <article className="page rank" aria-busy={updating}>
      <header className="page-header">
        <h1>{vm.title}</h1>
        <p className="subtitle" data-testid="rank-subtitle">
          {vm.modelName} · {vm.sequenceLabel} · {vm.precisionsLabel} · {rank.metric.label} · {inRange} of{' '}
          {rank.rows.length} setups reach the target
          {vm.filtered && ` · only ${vm.filtered.label} (${vm.filtered.leftOut} points left out)`}
          {vm.ownRows > 0 && ` · ${vm.ownRows} of them your data`}
          {updating && <span className="updating"> · updating…</span>}
        </p>
        <AsOfLine header={vm.asOf} />
        <ProvenanceNotice manifest={manifest} model={selection.model} />
      </header>
      {notices}
      {vm.pointCount === 0 && (
        <Notice tone="info" title="Nothing to rank">
          <p data-testid="rank-empty">
            No setup was measured for {vm.modelName} at {vm.sequenceLabel} in {vm.precisionsLabel}
            {selection.asOf && ` on or before ${selection.asOf}`}
            {vm.filtered && ` with ${vm.filtered.label}`}. Pick{selection.asOf && ' a later day, the latest view, or'}{' '}
            another sequence, precision or filter.
          </p>
        </Notice>
      )}
      <RankControls
        selection={selection}
        available={available}
        manifest={manifest}
        specs={specs}
        target={rank.target}
      />
      <section aria-labelledby="rank-answer-title">
        <h2 id="rank-answer-title">At {rank.target} tok/s/user</h2>
        <p className="muted" data-testid="rank-target-why">
          {rank.targetWhy}
        </p>
        {rank.baseProblem && (
          <p className="field-error" role="status">
            {rank.baseProblem}
          </p>
        )}
        <ul className="findings" data-testid="rank-sentences">
          {rank.sentences.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>
      <RankTable vm={vm} selection={selection} />
      {fit.apart.length > 0 && (
        <section aria-labelledby="rank-own-apart-title">
          <h3 id="rank-own-apart-title">Your data not ranked here</h3>
          <ul data-testid="rank-own-apart">
            {fit.apart.map((a) => (
              <li key={a.file.id}>
                {a.file.setup.label} · your data ({a.file.name}): {a.reason}.
              </li>
            ))}
          </ul>
        </section>
      )}
      <DrawnLater behind={later !== rank}>
        <RankBars rank={later} />
        <RankMatrix rank={later} />
        <RankLeader rank={later} />
      </DrawnLater>
      <Suspense fallback={<OwnPanelFallback />}>
        <OwnResultsPanel manifest={manifest} model={selection.model} sequence={selection.sequence} fit={fit} />
      </Suspense>
      <section aria-labelledby="rank-definitions-title">
        <h2 id="rank-definitions-title">How the ranking is made</h2>
        <ul className="caveats" data-testid="rank-definitions">
          <li>
            A series is what the <Link to="/inference">inference chart</Link> draws: a GPU running one engine, with or
            without MTP, at one precision. Its value at a target comes from its own frontier (the points no other point
            of the series beats on both throughput and interactivity) and the monotone spline through it.
          </li>
          <li>
            With one row per GPU (or per GPU and engine) a row’s value is the best value among its series that reach the
            target; the row names that series and the configuration measured nearest the target. Nothing is interpolated
            between points of different series, and nothing is extrapolated: a row whose series do not reach the target
            is listed apart, with the range it does reach.
          </li>
          <li>
            “Best” follows the metric: most tok/s/GPU or tok/s/MW, least $/M tokens or J/token. Percentages compare a
            row with the baseline the right way round (“costs 23% less”, never above 100% less); within ±1% is a tie.
          </li>
          <li>
            “Measured at least”: the best measured point of the row at or above the target interactivity, with no
            interpolation — what a service-level target can rely on.
          </li>
          <li>
            Your data (“· your data”) is ranked by the same rules, one row per file whatever the grouping, and is never
            the default baseline; it is kept in this browser and is not in links, so this page’s address reproduces the
            published ranking.
          </li>
          <li>
            Cost: {vm.priceSource}. Cost per million tokens = $/GPU-hour × 10⁶ / (3600 × tok/s/GPU); tok/s/MW =
            tok/s/GPU × 1000 / kW, both from the interpolated throughput.
          </li>
        </ul>
      </section>
    </article>
  );
});
