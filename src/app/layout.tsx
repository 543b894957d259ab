import { Suspense } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { CopyLinkButton } from '../components/copy-link';
import { Segmented } from '../components/segmented';
import { Skeleton } from '../components/skeleton';
import { PageErrorBoundary } from './error-boundary';
import { useApplyTheme, useThemeStore, type ThemeChoice } from '../state/theme';

const THEME_OPTIONS = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const satisfies readonly { value: ThemeChoice; label: string }[];

export function Layout() {
  useApplyTheme();
  const { pathname, search } = useLocation();
  const choice = useThemeStore((s) => s.choice);
  const chooseTheme = useThemeStore((s) => s.chooseTheme);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to="/" className="brand" end>
          Isoline
        </NavLink>
        <nav aria-label="Main">
          <NavLink to="/" end>
            Catalog
          </NavLink>
          <NavLink to="/spec-decode">Speculative decoding</NavLink>
          <NavLink to="/inference">Inference chart</NavLink>
          <NavLink to="/rank">Rank</NavLink>
        </nav>
        <CopyLinkButton />
        <Segmented label="Theme" hideLabel value={choice} options={THEME_OPTIONS} onChange={chooseTheme} />
      </header>
      {/* data-location: the address this render shows. Until it is the page's address, a link
          just followed (a transition) has not been drawn yet and the old page is still on screen. */}
      <main id="main" className="app-main" data-location={pathname + search}>
        <PageErrorBoundary key={pathname}>
          <Suspense fallback={<Skeleton label="Loading page" lines={6} />}>
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </main>
      <footer className="app-footer">
        Data: SemiAnalysis InferenceX benchmark runs (each point links to its run). Numbers derived here are computed
        from those measurements and the stated cost and power assumptions.
      </footer>
    </div>
  );
}
