import { otherMetrics, PageScaffold, type PageDefinition } from '../../components/page-scaffold';
import { sequenceFiles } from '../../data/use-benchmark-files';
import { inferenceAvailability, type InferenceAvailability } from '../../state/availability';
import { inferencePage, type InferenceSelection } from '../../state/pages/inference';
import { InferenceControls } from './controls';
import { InferenceView } from './inference-view';
import { buildInferenceViewModel, type InferenceViewModel } from './view-model';
import { pointsOfFiles } from '../../domain/memo';

function NothingToChart() {
  return (
    <section className="page">
      <h1>Inference chart</h1>
      <p>The data holds no benchmark file, so there is nothing to chart.</p>
    </section>
  );
}

const page: PageDefinition<InferenceAvailability, InferenceSelection, InferenceViewModel> = {
  name: 'Inference chart',
  withoutCatalog: 'The chart cannot be shown without it.',
  state: inferencePage,
  availability: (manifest, specs) => inferenceAvailability(manifest, specs),
  NotFound: NothingToChart,
  // Every GPU's file of the model and sequence.
  files: (s, _, manifest) => sequenceFiles(manifest, s.model, s.sequence),
  asOf: (s) => s.asOf,
  build: ({ selection, available, manifest, specs, files }) =>
    buildInferenceViewModel({
      points: pointsOfFiles(files),
      selection,
      availability: available,
      manifest,
      specs,
    }),
  frame: false,
  heading: (vm) => vm.title,
  announce: (vm) => `${vm.metric.label} against ${vm.xAxis.label}, ${vm.sequenceLabel}: chart updated`,
  describe: (vm) =>
    `Throughput per GPU against interactivity for ${vm.series.length} setups of ${vm.modelName}, ${vm.sequenceLabel} (${vm.pointCount} measured points), each point linked to its run.`,
  documentTitle: (vm) => `${vm.modelName} ${vm.sequenceLabel}: inference chart`,
  nextChoices: otherMetrics,
  failure: () => 'The chart for this sequence cannot be shown; the other sequences may still load.',
  View: InferenceView,
  Fallback: InferenceControls,
};

/** Route `/inference`: every configuration of a model and sequence as series. */
export function InferencePage() {
  return <PageScaffold page={page} />;
}
