import type { BenchmarkPoint, GpuSpecs, Manifest } from '../../data/schema';
import type { InferenceSelection } from '../../state/pages/inference';
import type { StyledSeries } from '../compare/comparison-chart';
import { gpuFor, type InferenceViewModel } from '../inference/view-model';
import { ChartDownloads, asOfWords } from './chart-downloads';

/** The inference chart's downloads, placed by its view with one line. */
export function InferenceChartDownloads(props: {
  vm: InferenceViewModel;
  selection: InferenceSelection;
  series: readonly StyledSeries[];
  manifest: Manifest;
  specs: GpuSpecs;
  pointSource?: (point: BenchmarkPoint) => string | null;
}) {
  const { vm, selection: s, specs } = props;
  const best = vm.best === 'all' ? 'every series' : `best per GPU${vm.best === 'engine' ? ' and engine' : ''}`;
  return (
    <ChartDownloads
      series={props.series}
      frontierOnly={s.frontierOnly}
      metric={vm.metric}
      xAxis={vm.xAxis}
      sequenceLabel={vm.sequenceLabel}
      manifest={props.manifest}
      gpu={(hardware) => gpuFor(s, specs, hardware)}
      pointSource={props.pointSource}
      title={vm.title}
      subtitle={[
        vm.sequenceLabel,
        vm.precisionsLabel,
        best,
        vm.filtersLabel && `only ${vm.filtersLabel}`,
        asOfWords(s.asOf),
      ]
        .filter(Boolean)
        .join(' · ')}
      costSource={vm.price.source}
      fileParts={[
        'inference',
        s.model,
        s.sequence,
        s.metric,
        s.xAxis === 'interactivity' ? null : `vs-${s.xAxis}`,
        vm.best === 'all' ? 'all-series' : `best-per-${vm.best}`,
        s.asOf && `as-of-${s.asOf}`,
      ]}
    />
  );
}
