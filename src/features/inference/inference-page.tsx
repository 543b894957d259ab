import { useCallback, useEffect, useMemo, useState } from 'react';
import { DataError } from '../../components/data-error';
import { Skeleton } from '../../components/skeleton';
import { useManifestAndSpecs } from '../../data/use-manifest-and-specs';
import { useSequencePoints } from '../../data/use-sequence-points';
import type { GpuSpecs, Manifest } from '../../data/schema';
import { useInferenceStore } from '../../state/inference-store';
import {
  modelAvailability,
  parseInferenceSearch,
  serializeInferenceSearch,
  type InferenceAvailability,
  type InferenceSelection,
} from '../../state/inference-url';
import { useUrlSync } from '../../state/use-url-sync';
import { inferenceAvailability } from './availability';
import { InferenceView } from './inference-view';
import { buildInferenceViewModel, type InferenceViewModel } from './view-model';

/** Route `/inference`: loads the catalog, then one model × sequence file, and draws every series. */
export function InferencePage() {
  const { manifest, specs, failed } = useManifestAndSpecs();
  const availability = useMemo(
    () => (manifest && specs ? inferenceAvailability(manifest, specs) : null),
    [manifest, specs],
  );
  if (failed) {
    return (
      <section className="page">
        <h1>Inference chart</h1>
        <DataError error={failed.error} consequence="The chart cannot be shown without it." onRetry={failed.retry} />
      </section>
    );
  }
  if (!manifest || !specs) return <Skeleton label="Loading the chart" lines={10} />;
  if (!availability) {
    return (
      <section className="page">
        <h1>Inference chart</h1>
        <p>The data holds no benchmark file, so there is nothing to chart.</p>
      </section>
    );
  }
  return <InferenceLoaded availability={availability} manifest={manifest} specs={specs} />;
}

interface LoadedProps {
  availability: InferenceAvailability;
  manifest: Manifest;
  specs: GpuSpecs;
}

function InferenceLoaded({ availability, manifest, specs }: LoadedProps) {
  const selection = useInferenceStore((s) => s.selection);
  const historyMode = useInferenceStore((s) => s.historyMode);
  const receive = useInferenceStore((s) => s.receiveFromUrl);
  const parse = useCallback((search: string) => parseInferenceSearch(search, availability), [availability]);
  const serialize = useCallback((s: InferenceSelection) => serializeInferenceSearch(s, availability), [availability]);
  useUrlSync({ selection, historyMode, parse, serialize, receive });

  const benchmarks = useSequencePoints(
    manifest,
    selection?.model ?? availability.defaultModel,
    selection?.sequence ?? modelAvailability(availability, availability.defaultModel).defaultSequence,
  );
  const data = benchmarks.data;
  const viewModel = useMemo(
    () =>
      selection && data && data.model === selection.model && data.sequence === selection.sequence
        ? buildInferenceViewModel({ points: data.points, selection, availability, manifest, specs })
        : null,
    [selection, data, availability, manifest, specs],
  );
  // While another file loads, the previous view stays on screen, marked as updating.
  const [lastShown, setLastShown] = useState<InferenceViewModel | null>(null);
  if (viewModel && viewModel !== lastShown) setLastShown(viewModel);
  const shown = viewModel ?? lastShown;
  useEffect(() => {
    if (shown) document.title = `${shown.modelName} ${shown.sequenceLabel}: inference chart — Isoline`;
  }, [shown]);

  if (!selection) return <Skeleton label="Reading the address" lines={10} />;
  return (
    <>
      {benchmarks.isError && (
        <DataError
          error={benchmarks.error}
          consequence="The chart for this sequence cannot be shown; the other sequences may still load."
          onRetry={benchmarks.retry}
        />
      )}
      {shown ? (
        <InferenceView
          viewModel={shown}
          selection={selection}
          availability={availability}
          manifest={manifest}
          specs={specs}
          updating={viewModel === null && !benchmarks.isError}
        />
      ) : (
        !benchmarks.isError && <Skeleton label="Loading benchmark points" lines={10} />
      )}
    </>
  );
}
