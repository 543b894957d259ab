import { Link, useLocation } from 'react-router';
import { useDocumentTitle } from '../components/use-document-title';

export function NotFoundPage() {
  const location = useLocation();
  useDocumentTitle('Page not found');
  return (
    <section className="page" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>
        Nothing lives at <code>{location.pathname}</code>. It may be a mistyped or outdated link.
      </p>
      <ul>
        <li>
          <Link to="/">The catalog</Link> lists every model, GPU and comparison in the data.
        </li>
        <li>
          <Link to="/spec-decode">Speculative decoding comparisons</Link>
        </li>
        <li>
          <Link to="/inference">The inference chart</Link>
        </li>
      </ul>
    </section>
  );
}
