import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link } from 'react-router';

interface Props {
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Catches anything a page throws while rendering, inside the layout, so the header and the
 * navigation keep working. The layout keys it by path: going to another page clears it.
 */
export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Page failed to render:', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="page" aria-labelledby="error-title">
        <h1 id="error-title">Something went wrong on this page</h1>
        <p>The page stopped while drawing. The rest of Isoline still works.</p>
        <pre className="error-message">{error.message}</pre>
        <p className="row">
          <button type="button" className="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <Link to="/">Back to the catalog</Link>
        </p>
      </section>
    );
  }
}
