import type { Manifest } from '../../data/schema';
import type { HistorySelection } from '../../state/pages/history';
import type { StyledSeries } from '../compare/comparison-chart';
import type { HistoryViewModel } from '../history/view-model';
import { ChartDownloads } from './chart-downloads';

/** A history page's curve-chart downloads, placed by its view with one line. */
export function HistoryChartDownloads(props: {
  vm: HistoryViewModel;
  selection: HistorySelection;
  series: readonly StyledSeries[];
  manifest: Manifest;
}) {
  const { vm, selection: s } = props;
  return (
    <ChartDownloads
      series={props.series}
      metric={vm.metric}
      sequenceLabel={vm.sequenceLabel}
      manifest={props.manifest}
      gpu={() => vm.assumptions}
      title={vm.title}
      subtitle={`${vm.modelName} · ${vm.sequenceLabel} · ${vm.engineLabel} · ${vm.specLabel} · one curve per run date`}
      costSource={`${vm.assumptions.tierLabel}, set ${vm.assumptions.setId}`}
      fileParts={['history', s.model, s.hardware, s.precision, s.engine, s.spec, s.sequence, s.metric]}
    />
  );
}
