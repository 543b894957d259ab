import { otherMetrics, PageScaffold, type PageDefinition } from '../../components/page-scaffold';
import { sequenceFiles } from '../../data/use-benchmark-files';
import { inferenceAvailability, type InferenceAvailability } from '../../state/availability';
import { rankPage, type RankSelection } from '../../state/pages/rank';
import { RankControls } from './rank-controls';
import { RankView } from './rank-view';
import { buildRankViewModel, type RankViewModel } from './rank-view-model';
import { pointsOfFiles } from '../../domain/memo';

function NothingToRank() {
  return (
    <section className="page">
      <h1>Rank every setup</h1>
      <p>The data holds no benchmark file, so there is nothing to rank.</p>
    </section>
  );
}

const page: PageDefinition<InferenceAvailability, RankSelection, RankViewModel> = {
  name: 'Rank every setup',
  withoutCatalog: 'The ranking cannot be shown without it.',
  state: rankPage,
  availability: (manifest, specs) => inferenceAvailability(manifest, specs),
  NotFound: NothingToRank,
  // Every GPU's file of the model and sequence: the same files /inference reads.
  files: (s, _, manifest) => sequenceFiles(manifest, s.model, s.sequence),
  asOf: (s) => s.asOf,
  build: ({ selection, available, manifest, specs, files }) =>
    buildRankViewModel({ points: pointsOfFiles(files), selection, available, manifest, specs }),
  frame: false,
  heading: (vm) => vm.title,
  announce: (vm) => `${vm.rank.metric.label} at ${vm.rank.target} tok/s/user, ${vm.sequenceLabel}: ranking updated`,
  describe: (vm) =>
    `${vm.modelName} ${vm.sequenceLabel}: ${vm.rank.sentences[0] ?? `no setup reaches ${vm.rank.target} tok/s/user.`}`,
  documentTitle: (vm) => `${vm.modelName} ${vm.sequenceLabel}: every setup at ${vm.rank.target} tok/s/user`,
  nextChoices: otherMetrics,
  failure: () => 'The ranking for this sequence cannot be shown; the other sequences may still load.',
  View: RankView,
  Fallback: RankControls,
};

/** Route `/rank`: every setup of a model and sequence ranked at one matched interactivity. */
export function RankPage() {
  return <PageScaffold page={page} />;
}
