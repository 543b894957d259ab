import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { NotFoundPage } from './not-found-page';

/**
 * The router's error boundary: anything a page throws while rendering lands here, inside the
 * layout, so the header and navigation keep working.
 */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const message =
    error instanceof Error ? error.message : isRouteErrorResponse(error) ? error.statusText : String(error);
  return (
    <section className="page" aria-labelledby="error-title">
      <h1 id="error-title">Something went wrong on this page</h1>
      <p>The page stopped while drawing. The rest of Isoline still works.</p>
      <pre className="error-message">{message}</pre>
      <p className="row">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload this page
        </button>
        <Link to="/">Back to the catalog</Link>
      </p>
    </section>
  );
}
