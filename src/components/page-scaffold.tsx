import { useEffect, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { useParams, type Params } from 'react-router';
import { useBenchmarkFiles, type FileRequest } from '../data/use-benchmark-files';
import { useManifestAndSpecs } from '../data/use-manifest-and-specs';
import type { BenchmarkFile, GpuSpecs, Manifest } from '../data/schema';
import { METRIC_KEYS, type MetricKey } from '../domain/metrics';
import { latestRuns } from '../domain/runs';
import { usePageCorrections, usePageSelection, type PageStoreContext } from '../state/page-store';
import { CorrectionsNotice } from './corrections-notice';
import { DataError } from './data-error';
import { Notice } from './notice';
import type { PreviewChart } from './page-preview';
import { Skeleton } from './skeleton';
import { DocumentTitle, useDocumentTitle } from './use-document-title';
import { whenIdle } from './when-idle';

/** What a page's view receives from the scaffold. */
export interface PageViewProps<C, S, VM> {
  viewModel: VM;
  selection: S;
  available: C;
  manifest: Manifest;
  specs: GpuSpecs;
  /** A newer choice is loading; the view shows the last one. */
  updating: boolean;
  /** Nothing has loaded yet: the view is the page's frame, built from the catalog alone. */
  loading: boolean;
  /** Corrections, data warnings and loading status, placed by the view under its heading. */
  notices: ReactNode;
}

/** The part of a page store (`createPageStore`) the scaffold uses. */
interface PageStateParts<S, C> {
  PageStateProvider: ComponentType<{ available: C; children: ReactNode }>;
  // oxlint-disable-next-line typescript/no-explicit-any -- the scaffold never calls the actions
  Context: PageStoreContext<S, C, any>;
}

/**
 * A page, as data: its parameters (through its store), what the data offers its address,
 * which files a selection needs, how they become a view model, and the view. The scaffold
 * does the rest, once for every page.
 */
export interface PageDefinition<C, S, VM> {
  /** The heading while nothing is known, and on a failed catalog ("MTP vs Off"). */
  name: string;
  /** What the page cannot show without the catalog, in words. */
  withoutCatalog: string;
  state: PageStateParts<S, C>;
  /** What the data offers this address, or null when it offers nothing (the page's not-found view). */
  availability: (manifest: Manifest, specs: GpuSpecs, path: Readonly<Params>) => C | null;
  /** Identifies the availability: another key is another page (its state starts from the address). */
  availabilityKey?: (path: Readonly<Params>) => string;
  NotFound: ComponentType<{ manifest: Manifest; path: Readonly<Params> }>;
  files: (selection: S, available: C, manifest: Manifest) => FileRequest[];
  /**
   * The day the selection is shown as of (YYYY-MM-DD), or null for the latest view. With a day,
   * the scaffold loads the history files instead of the latest ones and hands `build` each
   * configuration line's latest run on or before that day (`latestRuns`), so no page filters
   * dates on its own.
   */
  asOf?: (selection: S) => string | null;
  build: (input: {
    selection: S;
    available: C;
    manifest: Manifest;
    specs: GpuSpecs;
    files: readonly BenchmarkFile[];
  }) => VM;
  /** Whether the page draws its frame (built with no files) while its first files load. */
  frame: boolean;
  heading: (viewModel: VM) => string;
  /**
   * What a screen reader hears, politely, when a choice changed what the page shows (not on the
   * first view), e.g. "Cost ($/M tok), 8k/1k: table and chart updated".
   */
  announce?: (viewModel: VM) => string;
  documentTitle: (viewModel: VM) => string;
  /** The page's result in one sentence, for link previews and the meta description. */
  describe?: (viewModel: VM) => string;
  /** What the page's link-preview image shows (computed only when the page is built as static HTML). */
  preview?: (viewModel: VM) => PreviewChart | null;
  /**
   * Choices a reader is likely to make next that need no other file (another metric): once the
   * view is shown, each is built in an idle period and thrown away, which leaves its parts in
   * the view models' caches (`keptChartSeries`, `keptEnvelope`, …), so picking it redraws
   * without computing them in the switch.
   */
  nextChoices?: (selection: S) => S[];
  /** What a failed file means for the page, given what it still shows. */
  failure: (selection: S, shown: VM | null, manifest: Manifest) => string;
  View: ComponentType<PageViewProps<C, S, VM>>;
  /** Shown instead of the view when nothing could be loaded (e.g. the controls, to pick another choice). */
  Fallback?: ComponentType<{ selection: S; available: C; manifest: Manifest; specs: GpuSpecs }>;
}

/**
 * The selections built (shown, or built ahead) per files array: a switch to a metric built ahead
 * does not build the others again, since their parts are still kept.
 */
const builtAhead = new WeakMap<readonly BenchmarkFile[], Set<string>>();

/** `nextChoices` of a page with a metric select: every other metric, in the select's order. */
export function otherMetrics<S extends { metric: MetricKey }>(selection: S): S[] {
  return METRIC_KEYS.filter((m) => m !== selection.metric).map((metric) => ({ ...selection, metric }));
}

/** How long a download may take before the page says it is still waiting. */
const SLOW_MS = 1000;

/** Loads the catalog, then mounts the page's state for the address's availability. */
export function PageScaffold<C, S, VM>({ page }: { page: PageDefinition<C, S, VM> }) {
  const path = useParams();
  const { manifest, specs, failed } = useManifestAndSpecs();
  const available = useMemo(
    () => (manifest && specs ? page.availability(manifest, specs, path) : null),
    // The path's own values identify it; the params object is new on every navigation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [manifest, specs, page, page.availabilityKey?.(path)],
  );
  if (failed) {
    return (
      <section className="page">
        <DocumentTitle title={`${page.name}: the catalog could not be loaded`} />
        <h1>{page.name}</h1>
        <DataError error={failed.error} consequence={page.withoutCatalog} onRetry={failed.retry} />
      </section>
    );
  }
  if (!manifest || !specs)
    return (
      <>
        <DocumentTitle title={page.name} />
        <Skeleton label={`Loading ${page.name}`} lines={10} />
      </>
    );
  if (!available) return <page.NotFound manifest={manifest} path={path} />;
  const { PageStateProvider } = page.state;
  return (
    <PageStateProvider key={page.availabilityKey?.(path) ?? ''} available={available}>
      <LoadedPage page={page} available={available} manifest={manifest} specs={specs} />
    </PageStateProvider>
  );
}

interface LoadedProps<C, S, VM> {
  page: PageDefinition<C, S, VM>;
  available: C;
  manifest: Manifest;
  specs: GpuSpecs;
}

function LoadedPage<C, S, VM>({ page, available, manifest, specs }: LoadedProps<C, S, VM>) {
  const selection = usePageSelection(page.state.Context);
  const { corrections, dismiss } = usePageCorrections(page.state.Context);
  const asOf = page.asOf?.(selection) ?? null;
  const requests = useMemo(
    () =>
      page
        .files(selection, available, manifest)
        .map((r): FileRequest => (asOf === null ? r : { ...r, view: 'history' })),
    [page, selection, available, manifest, asOf],
  );
  const data = useBenchmarkFiles(requests);
  const files = useMemo(
    () => (data.files && asOf !== null ? filesAsOf(data.files, asOf) : data.files),
    [data.files, asOf],
  );
  const viewModel = useMemo(
    () => (files ? page.build({ selection, available, manifest, specs, files }) : null),
    [page, selection, available, manifest, specs, files],
  );
  useEffect(() => {
    if (!files || !viewModel || !page.nextChoices) return;
    const needs = JSON.stringify(requests);
    let built = builtAhead.get(files);
    if (!built) builtAhead.set(files, (built = new Set()));
    built.add(JSON.stringify(selection));
    const next = page
      .nextChoices(selection)
      .filter(
        (s) =>
          !built.has(JSON.stringify(s)) &&
          JSON.stringify(page.files(s, available, manifest)) === needs &&
          (page.asOf?.(s) ?? null) === asOf,
      );
    return whenIdle(
      next.map((s) => () => {
        built.add(JSON.stringify(s));
        page.build({ selection: s, available, manifest, specs, files });
      }),
    );
  }, [page, selection, available, manifest, specs, files, viewModel, requests, asOf]);
  // While another choice loads, the last view stays on screen, marked as updating.
  const [lastShown, setLastShown] = useState<VM | null>(null);
  if (viewModel && viewModel !== lastShown) setLastShown(viewModel);
  // The first view is announced by the page itself (its heading); later ones by the live region.
  const [firstShown, setFirstShown] = useState<VM | null>(null);
  if (viewModel && firstShown === null) setFirstShown(viewModel);
  const announcement =
    page.announce && viewModel && firstShown !== null && viewModel !== firstShown ? page.announce(viewModel) : '';
  const nothingShown = !viewModel && !lastShown;
  const frame = useMemo(
    () => (page.frame && nothingShown ? page.build({ selection, available, manifest, specs, files: [] }) : null),
    [page, nothingShown, selection, available, manifest, specs],
  );
  const isError = data.error !== null;
  const firstLoad = nothingShown && !isError;
  const shown = viewModel ?? lastShown ?? (firstLoad ? frame : null);
  const titled = shown ?? frame;
  const documentTitle = titled ? page.documentTitle(titled) : page.name;
  // The frame (drawn before any file) has no result to describe.
  const described = shown && shown !== frame && page.describe ? page.describe(shown) : null;
  useDocumentTitle(
    documentTitle,
    described,
    shown && shown !== frame && page.preview ? () => page.preview!(shown) : undefined,
  );
  const slow = useSlow(data.pending.join(' '));
  const warnings = data.loaded.flatMap((f) => f.warnings);

  const notices = (
    <>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="page-announcement">
        {announcement}
      </p>
      <CorrectionsNotice corrections={corrections} onDismiss={dismiss} />
      {warnings.length > 0 && (
        <Notice tone="warning" title="Some data could not be used as given">
          <ul data-testid="data-warnings">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Notice>
      )}
      {slow && data.pending.length > 0 && (
        <p className="muted" role="status" data-testid="still-loading">
          Loading {data.pending.length === 1 ? data.pending[0] : `${data.pending.length} data files`}… still waiting for
          the server{shown && !firstLoad ? '; the page shows the previous choice meanwhile' : ''}.
        </p>
      )}
    </>
  );
  return (
    <>
      {!shown && (
        <header className="page-header">
          <h1>{titled ? page.heading(titled) : page.name}</h1>
        </header>
      )}
      {!shown && notices}
      {isError && (
        <DataError
          error={data.error}
          consequence={page.failure(selection, shown === frame ? null : shown, manifest)}
          onRetry={data.retry}
        />
      )}
      {shown ? (
        <page.View
          viewModel={shown}
          selection={selection}
          available={available}
          manifest={manifest}
          specs={specs}
          updating={viewModel === null && !isError && !firstLoad}
          loading={shown === frame}
          notices={notices}
        />
      ) : isError ? (
        page.Fallback && <page.Fallback selection={selection} available={available} manifest={manifest} specs={specs} />
      ) : (
        <Skeleton label="Loading benchmark points" lines={10} />
      )}
    </>
  );
}

/** History files reduced to what was current on `day`: each line's latest run on or before it. */
export function filesAsOf<F extends BenchmarkFile>(files: readonly F[], day: string): F[] {
  return files.map((f) => ({ ...f, points: latestRuns(f.points, day) }));
}

/** True once `key` (what is pending) has stayed the same for a second; false while nothing is pending. */
function useSlow(key: string): boolean {
  const [slowKey, setSlowKey] = useState<string | null>(null);
  useEffect(() => {
    if (!key) return;
    const timer = setTimeout(() => setSlowKey(key), SLOW_MS);
    return () => clearTimeout(timer);
  }, [key]);
  return key !== '' && slowKey === key;
}
