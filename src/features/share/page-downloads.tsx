import type { BenchmarkPoint, GpuSpecs, Manifest } from '../../data/schema';
import type { HistorySelection } from '../../state/pages/history';
import type { InferenceSelection } from '../../state/pages/inference';
import type { SpecDecodeSelection } from '../../state/pages/spec-decode';
import type { StyledSeries } from '../compare/comparison-chart';
import type { HistoryViewModel } from '../history/view-model';
import { gpuFor, type InferenceViewModel } from '../inference/view-model';
import type { SpecDecodeViewModel } from '../spec-decode/view-model';
import { ChartDownloads } from './chart-downloads';

/*
 * Each page's chart downloads, from what the page already has: one element per page, so a
 * page's view places its downloads with one line.
 */

const asOfWords = (asOf: string | null) => (asOf === null ? 'latest runs' : `as of ${asOf}`);

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
