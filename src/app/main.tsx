import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { prefetchFirstView } from './prefetch';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import { AppRoutes } from './routes';
import './styles.css';

/**
 * Longest wait for the first page's code and data before rendering anyway, with a loading
 * state: long enough for a local or fast connection, short enough that a slow one soon
 * sees the page's frame.
 */
const FIRST_PAGE_WAIT_MS = 800;

const queryClient = createQueryClient();
// Started from a resolved promise, so that even a throw in it (an address it cannot read)
// becomes a rejection, and the app renders anyway instead of leaving the page blank.
const firstPage = Promise.resolve().then(() =>
  prefetchFirstView(queryClient, window.location.pathname, window.location.search),
);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Rendering once the first page's code and data are in draws it in one pass, and avoids a
// loading fallback, which React would keep on screen for at least 300 ms. A failed load
// renders anyway: the page then says what failed. (A promise, not a top-level await: with
// one, the bundler splits every module the pages share with this entry into chunks of their
// own, three more requests before the first render.)
// A page written at build time for this very address (index.html's guard has removed any other)
// already shows this view with its numbers: it stays until the app can draw the same, rather than
// giving way to a loading state; only a download that hangs far longer hands over to the app,
// whose controls then work and which says what it is still waiting for.
const STATIC_PAGE_WAIT_MS = 10_000;
const staticView = root.hasAttribute('data-static-path');
const firstPageOrTimeout = Promise.race([
  firstPage.catch(() => {}),
  new Promise((resolve) => setTimeout(resolve, staticView ? STATIC_PAGE_WAIT_MS : FIRST_PAGE_WAIT_MS)),
]);
void firstPageOrTimeout.then(() => {
  // From here the app owns the page: the mark tells that its markup is no longer the static one.
  root.removeAttribute('data-static-path');
  createRoot(root).render(
    <StrictMode>
      <Providers client={queryClient}>
        {/* Navigations are plain updates, not transitions: a link's next page is drawn in the
            click's own update (a transition left the old page on screen, not busy, under the new
            address for a task or more), and a pick's address write renders with the pick
            instead of in a second pass (A/B: ~4-8 ms less work per /inference switch). */}
        <BrowserRouter useTransitions={false}>
          <AppRoutes />
        </BrowserRouter>
      </Providers>
    </StrictMode>,
  );
});
