import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { DataError } from '../../components/data-error';
import { Skeleton } from '../../components/skeleton';
import { useStableValue } from '../../components/use-stable-value';
import { benchmarksQuery } from '../../data/queries';
import { useManifestAndSpecs } from '../../data/use-manifest-and-specs';
import { sequenceLabel } from '../../domain/catalog';
import type { GpuSpecs, Manifest } from '../../data/schema';
import { useSpecDecodeStore } from '../../state/spec-decode-store';
import {
  parseSpecDecodeSearch,
  serializeSpecDecodeSearch,
  type SpecDecodeAvailability,
  type SpecDecodeSelection,
} from '../../state/spec-decode-url';
import { useUrlSync } from '../../state/use-url-sync';
import { specDecodeAvailability, type Workload } from '../../state/spec-decode-availability';
import { SpecDecodeControls } from './controls';
import { SpecDecodeView } from './spec-decode-view';
import { buildSpecDecodeViewModel, type SpecDecodeViewModel } from './view-model';
import { WorkloadNotFound } from './workload-not-found';

/** Route `/spec-decode/:model/:hardware/:precision`: loads the catalog, then the comparison. */
export function SpecDecodePage() {
  const params = useParams();
  const { manifest, specs, failed } = useManifestAndSpecs();
  const workload = useMemo<Workload>(
    () => ({ model: params.model ?? '', hardware: params.hardware ?? '', precision: params.precision ?? '' }),
    [params.model, params.hardware, params.precision],
  );
  const availability = useMemo(
    () => (manifest && specs ? specDecodeAvailability(manifest, specs, workload) : null),
    [manifest, specs, workload],
  );
  if (failed) {
    return (
      <section className="page">
        <h1>MTP vs Off</h1>
        <DataError
          error={failed.error}
          consequence="This comparison cannot be shown without it."
          onRetry={failed.retry}
        />
      </section>
    );
  }
  if (!manifest || !specs) return <Skeleton label="Loading the comparison" lines={10} />;
  if (!availability) return <WorkloadNotFound workload={workload} manifest={manifest} />;
  return (
    <SpecDecodeLoaded
      key={JSON.stringify(workload)}
      workload={workload}
      availability={availability}
      manifest={manifest}
      specs={specs}
    />
  );
}

function sameWorkload(selection: SpecDecodeSelection, workload: Workload): boolean {
  return (
    selection.model === workload.model &&
    selection.hardware === workload.hardware &&
    selection.precision === workload.precision
  );
}

interface LoadedProps {
  workload: Workload;
  availability: SpecDecodeAvailability;
  manifest: Manifest;
  specs: GpuSpecs;
}

function SpecDecodeLoaded({ workload, availability, manifest, specs }: LoadedProps) {
  const selection = useSpecDecodeStore((s) => s.selection);
  const historyMode = useSpecDecodeStore((s) => s.historyMode);
  const receive = useSpecDecodeStore((s) => s.receiveFromUrl);
  const parse = useCallback(
    (search: string) => parseSpecDecodeSearch(search, workload, availability),
    [workload, availability],
  );
  const serialize = useCallback((s: SpecDecodeSelection) => serializeSpecDecodeSearch(s, availability), [availability]);
  useUrlSync({ selection, historyMode, parse, serialize, receive });

  // Until the URL sync has stored the address's selection (an effect, after this render),
  // read it straight from the address, so the first render already shows the comparison.
  const search = useLocation().search;
  const fromAddress = useMemo(() => parse(search).selection, [parse, search]);
  const current = useStableValue(selection && sameWorkload(selection, workload) ? selection : fromAddress);
  const benchmarks = useQuery(benchmarksQuery(workload.model, current.sequence, workload.hardware));
  const data = benchmarks.data;
  const viewModel = useMemo(
    () =>
      data && data.sequence === current.sequence
        ? buildSpecDecodeViewModel({ points: data.points, selection: current, manifest, specs })
        : null,
    [current, data, manifest, specs],
  );
  // While another sequence loads, the previous view stays on screen, marked as updating.
  const [lastShown, setLastShown] = useState<SpecDecodeViewModel | null>(null);
  if (viewModel && viewModel !== lastShown) setLastShown(viewModel);
  // Before the first points arrive, the page frame, controls and an empty chart are drawn
  // from the catalog alone, so the chart's set-up work overlaps the data download. If the
  // file then fails, the frame still names the page above the error.
  const nothingShown = !viewModel && !lastShown;
  const frame = useMemo(
    () => (nothingShown ? buildSpecDecodeViewModel({ points: [], selection: current, manifest, specs }) : null),
    [nothingShown, current, manifest, specs],
  );
  const firstLoad = nothingShown && !benchmarks.isError;
  const shown = viewModel ?? lastShown ?? (firstLoad ? frame : null);
  const title = (shown ?? frame)?.title;
  useEffect(() => {
    if (title) document.title = `${title} — Isoline`;
  }, [title]);

  return (
    <>
      {!shown && frame && (
        <header className="page-header">
          <h1>{frame.title}</h1>
        </header>
      )}
      {benchmarks.isError && (
        <DataError
          error={benchmarks.error}
          consequence={
            shown
              ? `The comparison for ${sequenceLabel(current.sequence)} cannot be shown; the page below still shows ${shown.sequenceLabel}, as last loaded. Other sequences may still load.`
              : 'The comparison for this sequence cannot be shown; the other sequences may still load.'
          }
          onRetry={() => void benchmarks.refetch()}
        />
      )}
      {shown ? (
        <SpecDecodeView
          viewModel={shown}
          selection={current}
          availability={availability}
          manifest={manifest}
          specs={specs}
          updating={viewModel === null && !benchmarks.isError && !firstLoad}
          loading={shown === frame}
        />
      ) : (
        <SpecDecodeControls selection={current} availability={availability} manifest={manifest} specs={specs} />
      )}
    </>
  );
}
