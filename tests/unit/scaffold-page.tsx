import type { PageDefinition, PageViewProps } from '../../src/components/page-scaffold';
import type { MetricKey } from '../../src/domain/metrics';
import type { SequenceKey } from '../../src/data/schema';
import { costChoices } from '../../src/state/availability';
import { createPageStore } from '../../src/state/page-store';
import {
  metricParam,
  sequenceParam,
  targetsParam,
  type CostChoices,
  type SequenceChoices,
} from '../../src/state/params';

/**
 * A page made only of a parameter list, a view model and a view, on the shared scaffold:
 * what a new page needs. It counts the points of one GPU's file for a sequence.
 */
interface Selection {
  sequence: SequenceKey;
  metric: MetricKey;
  targets: number[] | null;
}
type Available = SequenceChoices & CostChoices;

export const testPageState = createPageStore({
  params: [
    sequenceParam<Selection, Available>((_, c) => c, 'is not in the data'),
    metricParam<Selection, Available>(),
    targetsParam<Selection, Available>(),
  ],
  base: () => ({}),
  actions: (change) => ({
    pickSequence: (sequence: SequenceKey) => change(() => ({ sequence }), 'push'),
    pickMetric: (metric: MetricKey) => change(() => ({ metric }), 'replace'),
  }),
});

interface ViewModel {
  sequence: SequenceKey;
  pointCount: number;
}

function TestView({ viewModel, selection, notices, updating }: PageViewProps<Available, Selection, ViewModel>) {
  const { pickSequence, pickMetric } = testPageState.useActions();
  return (
    <article>
      <h1>Points of {viewModel.sequence}</h1>
      {notices}
      <p data-testid="shown">
        {viewModel.sequence} {selection.metric} {viewModel.pointCount}
        {updating ? ' updating' : ''}
      </p>
      <button type="button" onClick={() => pickSequence('1k1k')}>
        1k/1k
      </button>
      <button type="button" onClick={() => pickSequence('8k1k')}>
        8k/1k
      </button>
      <button type="button" onClick={() => pickMetric('cost')}>
        cost
      </button>
    </article>
  );
}

export const testPage: PageDefinition<Available, Selection, ViewModel> = {
  name: 'Test page',
  withoutCatalog: 'Nothing can be counted without it.',
  state: testPageState,
  availability: (manifest, specs) => {
    const sequences = manifest.sequences.map((s) => s.key);
    return { sequences, defaultSequence: '8k1k', ...costChoices(specs) };
  },
  NotFound: () => <p>none</p>,
  files: (s) => [{ model: 'dsr1', sequence: s.sequence, hardware: 'mi355x' }],
  build: ({ selection, files }) => ({
    sequence: selection.sequence,
    pointCount: files.reduce((n, f) => n + f.points.length, 0),
  }),
  frame: false,
  heading: (vm) => `Points of ${vm.sequence}`,
  documentTitle: (vm) => `Points of ${vm.sequence}`,
  failure: () => 'The count cannot be shown.',
  View: TestView,
};
