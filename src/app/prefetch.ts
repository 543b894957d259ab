import type { QueryClient } from '@tanstack/react-query';
import { benchmarksQuery, gpuSpecsQuery, manifestQuery } from '../data/queries';
import { sequenceKeySchema } from '../data/schema';
import { specDecodeDefaultSequence } from '../state/spec-decode-default-sequence';
import { InferencePage, SpecDecodeIndexPage, SpecDecodePage } from './page-modules';

const SPEC_DECODE_PAGE = /^\/spec-decode\/([^/]+)\/([^/]+)\/([^/]+)\/?$/;

/**
 * Starts, before React renders, the downloads the first page will ask for: its code chunk
 * (the returned promise resolves when it is loaded),
 * the manifest and cost assumptions and, on a comparison page, the one sequence file it shows
 * (the `seq` parameter when valid, else the workload's default from the manifest). Only files
 * the page then uses are fetched; the page finds them in the query cache.
 */
export function prefetchFirstView(client: QueryClient, pathname: string, search: string): Promise<void> {
  const manifest = client.prefetchQuery(manifestQuery());
  void client.prefetchQuery(gpuSpecsQuery());
  if (pathname === '/spec-decode' || pathname === '/spec-decode/') return SpecDecodeIndexPage.preload();
  if (pathname === '/inference') return InferencePage.preload();
  const match = SPEC_DECODE_PAGE.exec(pathname);
  if (!match) return Promise.resolve();
  const [model, hardware, precision] = match.slice(1).map(decodeURIComponent) as [string, string, string];
  void manifest.then(() => {
    const data = client.getQueryData(manifestQuery().queryKey);
    if (!data) return;
    const asked = sequenceKeySchema.safeParse(new URLSearchParams(search).get('seq'));
    const sequence = specDecodeDefaultSequence(data, { model, hardware, precision }, asked.success ? asked.data : null);
    if (sequence) void client.prefetchQuery(benchmarksQuery(model, sequence, hardware));
  });
  return SpecDecodePage.preload();
}
