import type { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { BuildTimeRender } from '../../components/use-after-first-commit';
import { HeadRecorder, SITE_DESCRIPTION, type PageHead } from '../../components/use-document-title';
import { prefetchFirstView } from '../prefetch';
import { Providers } from '../providers';
import { createQueryClient } from '../query-client';
import { AppRoutes } from '../routes';

export interface RenderedPage {
  /** The markup of `#root`, as the app's first view with its data. */
  html: string;
  head: PageHead;
}

/** Renders once; queries the render asked for but that nothing fetched yet are returned. */
function renderOnce(client: QueryClient, pathname: string) {
  let head: PageHead = { title: 'Isoline', description: null, preview: null };
  const html = renderToString(
    <BuildTimeRender value={true}>
      <HeadRecorder value={(h) => (head = h)}>
        <Providers client={client}>
          <StaticRouter location={pathname}>
            <AppRoutes />
          </StaticRouter>
        </Providers>
      </HeadRecorder>
    </BuildTimeRender>,
  );
  const unfetched = client
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.status === 'pending' && q.state.fetchStatus === 'idle');
  return { html, head, unfetched };
}

/** How many rounds of "render, fetch what it asked for" a page may take (the index: catalog, then its files). */
const MAX_ROUNDS = 4;

/**
 * The page at `pathname` (its default view: no query parameters) rendered as the app would
 * first show it, with every file it reads: the app's own first-view prefetch, then whatever
 * else its render asked for, until it asks for nothing new. Reads data through `fetch`, which
 * the caller points at the built data folder. A page that still waits for data after the last
 * round is an error, not a page shown half loaded.
 */
export async function renderPage(pathname: string): Promise<RenderedPage> {
  const client = createQueryClient();
  try {
    return await renderWithData(client, pathname);
  } finally {
    // Drops the cache and its collection timers, which would keep the build's process alive.
    client.clear();
  }
}

async function renderWithData(client: QueryClient, pathname: string): Promise<RenderedPage> {
  await prefetchFirstView(client, pathname, '');
  for (let round = 1; ; round += 1) {
    const { html, head, unfetched } = renderOnce(client, pathname);
    const failed = client
      .getQueryCache()
      .getAll()
      .find((q) => q.state.status === 'error');
    if (failed)
      throw new Error(`${pathname}: ${JSON.stringify(failed.queryKey)} failed: ${String(failed.state.error)}`);
    if (unfetched.length === 0) return { html, head: { ...head, description: head.description ?? SITE_DESCRIPTION } };
    if (round === MAX_ROUNDS) {
      throw new Error(`${pathname}: still waiting for ${unfetched.map((q) => JSON.stringify(q.queryKey)).join(', ')}`);
    }
    await Promise.all(unfetched.map((q) => q.fetch().catch(() => undefined)));
  }
}
