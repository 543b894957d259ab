import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams, type Params } from 'react-router';
import { DataError } from '../../components/data-error';
import { otherMetrics, PageScaffold, type PageDefinition } from '../../components/page-scaffold';
import { Skeleton } from '../../components/skeleton';
import { publishedQuery, runDatesQuery } from '../../data/queries';
import type { Manifest, PublishedTable, RunDatesFile } from '../../data/schema';
import { useManifestAndSpecs } from '../../data/use-manifest-and-specs';
import { sequenceLabel } from '../../domain/catalog';
import type { Workload } from '../../state/availability';
import { historyAvailability, publishedFor, type HistoryAvailability } from '../../state/history-availability';
import { historyPage, type HistorySelection } from '../../state/pages/history';
import { HistoryControls } from './controls';
import { runDatesText } from './from-to-sentences';
import { HistoryNotFound } from './history-not-found';
import { HistoryView } from './history-view';
import { buildHistoryViewModel, type HistoryViewModel } from './view-model';
import { pointsOfFiles } from '../../domain/memo';

const workloadOf = (path: Readonly<Params>): Workload => ({
  model: path.model ?? '',
  hardware: path.hardware ?? '',
  precision: path.precision ?? '',
});

type Page = PageDefinition<HistoryAvailability, HistorySelection, HistoryViewModel>;

/** The page, given the model's run dates and this workload's published tables (null while unknown). */
function historyPageDefinition(runDates: RunDatesFile | null, published: readonly PublishedTable[]): Page {
  return {
    name: 'Progress over time',
    withoutCatalog: 'This history cannot be shown without it.',
    state: historyPage,
    availability: (manifest, specs, path) =>
      runDates ? historyAvailability(manifest, specs, workloadOf(path), runDates, published) : null,
    availabilityKey: (path) => JSON.stringify([path.model, path.hardware, path.precision]),
    NotFound: ({ manifest, path }) => <HistoryNotFound workload={workloadOf(path)} manifest={manifest} />,
    // One file: every run of this GPU's points of the model and sequence.
    files: (s) => [{ model: s.model, sequence: s.sequence, hardware: s.hardware, view: 'history' }],
    build: ({ selection, available, manifest, specs, files }) =>
      buildHistoryViewModel({
        points: pointsOfFiles(files),
        selection,
        manifest,
        specs,
        published: publishedFor(available, selection),
      }),
    frame: false,
    heading: (vm) => vm.title,
    announce: (vm) => `${vm.metric.label}, ${vm.sequenceLabel}: history updated`,
    // The title names the model: the same GPU and setup can have a history under several models.
    documentTitle: (vm) => `${vm.modelName} on ${vm.title}`,
    // The middle from/to sentence, or the run dates when the two days cannot be compared.
    describe: (vm) =>
      vm.sentences.length > 0
        ? `${vm.title}: ${vm.sentences[Math.floor(vm.sentences.length / 2)]}`
        : `${vm.title}: ${runDatesText(vm.runDates)}.`,
    nextChoices: otherMetrics,
    failure: (selection, shown) =>
      shown
        ? `The history for ${sequenceLabel(selection.sequence)} cannot be shown; the page below still shows ${shown.sequenceLabel}, as last loaded.`
        : 'The history of this setup cannot be shown; another sequence or engine may still load.',
    View: HistoryView,
    Fallback: HistoryControls,
  };
}

// Module-level, so the query layer re-runs it only when a result changes (and keeps its identity otherwise).
function combinePublished(results: UseQueryResult<PublishedTable>[]) {
  return {
    data: results.flatMap((r) => (r.data ? [r.data] : [])),
    pending: results.some((r) => r.isPending),
    failed: results.find((r) => r.isError) ?? null,
  };
}

/** The model's run-dates file and the tables published for this workload, through the query cache. */
function useHistoryInputs(manifest: Manifest | undefined, workload: Workload) {
  const runDatesPath = manifest?.runDates.find((r) => r.model === workload.model)?.path ?? null;
  const runDates = useQuery({ ...runDatesQuery(runDatesPath ?? ''), enabled: runDatesPath !== null });
  const tables = (manifest?.published ?? []).filter(
    (p) => p.model === workload.model && p.hardware === workload.hardware && p.precision === workload.precision,
  );
  const published = useQueries({
    queries: tables.map((t) => publishedQuery(t.path)),
    combine: combinePublished,
  });
  const failed = runDates.isError ? runDates : published.failed;
  return {
    runDates: runDatesPath === null ? null : (runDates.data ?? null),
    published: published.data,
    pending: (runDatesPath !== null && runDates.isPending) || published.pending,
    failed: failed && { error: failed.error, retry: () => void failed.refetch() },
  };
}

/** Route `/history/:model/:hardware/:precision`: one setup measured on different dates. */
export function HistoryPage() {
  const path = useParams();
  const workload = workloadOf(path);
  const { manifest } = useManifestAndSpecs();
  const inputs = useHistoryInputs(manifest, workload);
  const { runDates, published } = inputs;
  const page = useMemo(() => historyPageDefinition(runDates, published), [runDates, published]);
  if (manifest && inputs.failed) {
    return (
      <section className="page">
        <h1>Progress over time</h1>
        <DataError
          error={inputs.failed.error}
          consequence="The run dates of this setup could not be read, so its history cannot be shown."
          onRetry={inputs.failed.retry}
        />
      </section>
    );
  }
  if (manifest && inputs.pending) return <Skeleton label="Loading the run dates" lines={10} />;
  return <PageScaffold page={page} />;
}
