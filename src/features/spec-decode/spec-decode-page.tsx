import { pointsOfFiles } from '../../domain/memo';
import type { Params } from 'react-router';
import { otherMetrics, PageScaffold, type PageDefinition } from '../../components/page-scaffold';
import { sequenceLabel } from '../../domain/catalog';
import { specDecodeAvailability, type SpecDecodeAvailability, type Workload } from '../../state/availability';
import { specDecodePage, type SpecDecodeSelection } from '../../state/pages/spec-decode';
import { SpecDecodeControls } from './controls';
import { describeSpecDecode, previewSpecDecode } from './page-description';
import { SpecDecodeView } from './spec-decode-view';
import { buildSpecDecodeViewModel, type SpecDecodeViewModel } from './view-model';
import { WorkloadNotFound } from './workload-not-found';

const workloadOf = (path: Readonly<Params>): Workload => ({
  model: path.model ?? '',
  hardware: path.hardware ?? '',
  precision: path.precision ?? '',
});

const page: PageDefinition<SpecDecodeAvailability, SpecDecodeSelection, SpecDecodeViewModel> = {
  name: 'MTP vs Off',
  withoutCatalog: 'This comparison cannot be shown without it.',
  state: specDecodePage,
  availability: (manifest, specs, path) => specDecodeAvailability(manifest, specs, workloadOf(path)),
  availabilityKey: (path) => JSON.stringify([path.model, path.hardware, path.precision]),
  NotFound: ({ manifest, path }) => <WorkloadNotFound workload={workloadOf(path)} manifest={manifest} />,
  // One file: this GPU's points of the model and sequence.
  files: (s) => [{ model: s.model, sequence: s.sequence, hardware: s.hardware }],
  asOf: (s) => s.asOf,
  build: ({ selection, manifest, specs, files }) =>
    buildSpecDecodeViewModel({ points: pointsOfFiles(files), selection, manifest, specs }),
  // The frame, controls and an empty chart are drawn from the catalog alone, so the chart's
  // set-up work overlaps the data download, and a failed file still has the page's title above it.
  frame: true,
  heading: (vm) => vm.title,
  announce: (vm) => `${vm.metric.label}, ${vm.sequenceLabel}: table and chart updated`,
  documentTitle: (vm) => vm.title,
  describe: describeSpecDecode,
  preview: previewSpecDecode,
  nextChoices: otherMetrics,
  failure: (selection, shown) =>
    shown
      ? `The comparison for ${sequenceLabel(selection.sequence)} cannot be shown; the page below still shows ${shown.sequenceLabel}, as last loaded. Other sequences may still load.`
      : 'The comparison for this sequence cannot be shown; the other sequences may still load.',
  View: SpecDecodeView,
  Fallback: SpecDecodeControls,
};

/** Route `/spec-decode/:model/:hardware/:precision`: one MTP-vs-Off comparison. */
export function SpecDecodePage() {
  return <PageScaffold page={page} />;
}
