import { memo } from 'react';
import { csvFileName } from '../../components/download';
import { AssumedPriceAndPower } from '../compare/assumed-price-power';
import { useChartColors } from '../compare/chart-colors';
import { BandNotes } from '../compare/comparison-words';
import { MatchedTable } from '../compare/matched-table';
import type { HistorySelection } from '../../state/pages/history';
import { sameDateText } from './from-to-sentences';
import { PublishedTableView } from './published-table';
import { TrendChart } from './trend-chart';
import { TrendTableView } from './trend-table';
import type { HistoryViewModel } from './view-model';

interface Props {
  vm: HistoryViewModel;
  selection: HistorySelection;
  onPinTargets: (targets: number[] | null) => void;
}

/** What a history page shows below its chart: the from/to table, the trend at each target, the published table and the assumptions. */
export const HistoryBelowChart = memo(function HistoryBelowChart({ vm, selection, onPinTargets }: Props) {
  const colors = useChartColors();
  const setup = `${vm.hardwareLabel} ${vm.precisionLabel}, ${vm.modelName}, ${vm.sequenceLabel}, ${vm.engineLabel}, ${vm.specLabel}`;
  const c = vm.fromTo;
  const band = c?.band.kind === 'overlap' ? c.band : null;
  const { model, hardware, precision, engine, spec, sequence, metric } = selection;
  const fileStem = ['history', model, hardware, precision, engine, spec, sequence];
  return (
    <>
      {vm.sameDate && vm.from ? (
        <section aria-labelledby="from-to-title" data-testid="from-to-same-date">
          <h2 id="from-to-title">{vm.from}: no other run date to compare with</h2>
          <p>{sameDateText(vm.from, vm.runDates.length)}</p>
        </section>
      ) : c && band && vm.from && vm.to ? (
        <section aria-labelledby="from-to-title">
          <h2 id="from-to-title">
            {vm.to} against {vm.from}, at matched interactivity
          </h2>
          <MatchedTable
            comparison={c}
            band={band}
            workload={setup}
            costSource={`${vm.assumptions.tierLabel}, set ${vm.assumptions.setId}`}
            fileName={csvFileName([...fileStem, vm.from, 'vs', vm.to, metric])}
            onPinTargets={onPinTargets}
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
          fileName={csvFileName([...fileStem, metric, 'trend'])}
          caption={`${setup}: ${vm.metric.tableLabel} at ${vm.trend.targets.join(' / ')} tok/s/user (${
            vm.trendTargets === 'published'
              ? 'the published table’s targets'
              : vm.trendTargets === 'pinned'
                ? 'pinned targets'
                : vm.sameDate
                  ? 'the default targets of that date’s band'
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
    </>
  );
});
