import type { Manifest } from '../../data/schema';
import type { SpecDecodeSelection } from '../../state/pages/spec-decode';
import type { StyledSeries } from '../compare/comparison-chart';
import type { SpecDecodeViewModel } from '../spec-decode/view-model';
import { ChartDownloads, asOfWords } from './chart-downloads';

/** One comparison page's chart downloads, placed by its view with one line. */
export function SpecDecodeChartDownloads(props: {
  vm: SpecDecodeViewModel;
  selection: SpecDecodeSelection;
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
      subtitle={`${vm.modelName} · ${vm.vendorArch} · ${vm.sequenceLabel} · ${vm.engineLabel} · ${asOfWords(s.asOf)}`}
      costSource={`${vm.assumptions.tierLabel}, set ${vm.assumptions.setId}`}
      fileParts={[
        s.model,
        s.hardware,
        s.precision,
        'mtp-vs-off',
        s.sequence,
        s.engine,
        s.metric,
        s.asOf && `as-of-${s.asOf}`,
      ]}
    />
  );
}
