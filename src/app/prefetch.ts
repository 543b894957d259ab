import type { QueryClient } from '@tanstack/react-query';
import { benchmarksQuery, gpuSpecsQuery, historyQuery, manifestQuery, specDecodeIndexQuery } from '../data/queries';
import { isIsoDate } from '../domain/runs';
import { sequenceKeySchema } from '../data/schema';
import { specDecodeDefaultSequence } from '../state/availability';
import { CatalogPage, HistoryPage, InferencePage, RankPage, SpecDecodeIndexPage, SpecDecodePage } from './page-modules';
import { parse } from '../data/validate';
import { decodeSegment, matchPagePath } from './page-paths';

/**
 * Starts, before React renders, the downloads the first page will ask for: its code chunk,
 * the manifest and cost assumptions (on the `/spec-decode` index instead its one file, the
 * summary the ingest computed) and, on a comparison page, the one data file it shows
 * (the `seq` parameter when valid, else the workload's default from the manifest) and, on a
 * history page, its run dates, published tables and history file. Only files
 * the page then uses are fetched; the page finds them in the query cache. The promise
 * settles when the page's code and data are in, so that the first render can draw the whole
 * page at once; it rejects only when the page's code cannot be loaded. An address segment
 * with a malformed escape names no workload: no data file is fetched, and the page says so.
 */
export function prefetchFirstView(client: QueryClient, pathname: string, search: string): Promise<void> {
  if (matchPagePath('specDecodeIndex', pathname)) {
    const index = client.prefetchQuery(specDecodeIndexQuery());
    return Promise.all([index, SpecDecodeIndexPage.preload()]).then(() => undefined);
  }
  const manifest = client.prefetchQuery(manifestQuery());
  const common = Promise.all([manifest, client.prefetchQuery(gpuSpecsQuery())]);
  const settled = (...work: Promise<unknown>[]) => Promise.all([common, ...work]).then(() => undefined);
  if (matchPagePath('catalog', pathname)) return settled(CatalogPage.preload());
  const chart = matchPagePath('inference', pathname)
    ? InferencePage
    : matchPagePath('rank', pathname)
      ? RankPage
      : null;
  if (chart) {
    // The ranking reads `model` and `seq` as the inference chart does, and needs the same files.
    // Loaded with the page's code, so the main bundle does not carry the inference URL rules.
    const data = import('../features/inference/prefetch-data').then((m) => m.prefetchInferenceData(client, search));
    return settled(chart.preload(), data);
  }
  const history = matchPagePath('history', pathname)?.map(decodeSegment);
  if (history) {
    const [model, hardware, precision] = history;
    if (model == null || hardware == null || precision == null) return settled(HistoryPage.preload());
    const data = import('../features/history/prefetch-data').then((m) =>
      m.prefetchHistoryData(client, { model, hardware, precision }, search),
    );
    return settled(HistoryPage.preload(), data);
  }
  const segments = matchPagePath('specDecode', pathname);
  if (!segments) return settled();
  const [model, hardware, precision] = segments.map(decodeSegment);
  if (model == null || hardware == null || precision == null) return settled(SpecDecodePage.preload());
  const points = manifest.then(() => {
    const data = client.getQueryData(manifestQuery().queryKey);
    if (!data) return;
    const params = new URLSearchParams(search);
    const asked = parse(sequenceKeySchema, params.get('seq'));
    const sequence = specDecodeDefaultSequence(data, { model, hardware, precision }, asked.ok ? asked.value : null);
    // A page shown as of a day reads the history file instead of the latest one.
    const day = params.get('date');
    if (!sequence) return;
    return day !== null && isIsoDate(day)
      ? client.prefetchQuery(historyQuery(model, sequence, hardware))
      : client.prefetchQuery(benchmarksQuery(model, sequence, hardware));
  });
  return settled(SpecDecodePage.preload(), points);
}
