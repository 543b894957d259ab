import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { useEffect } from 'react';
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  useNavigationType,
  type Location,
  type NavigateFunction,
} from 'react-router';
import { createQueryClient } from '../../src/app/query-client';
import {
  CatalogPage,
  HistoryPage,
  InferencePage,
  RankPage,
  SpecDecodeIndexPage,
  SpecDecodePage,
} from '../../src/app/page-modules';
import { AppRoutes } from '../../src/app/routes';

/** What the memory router last showed, read by tests as a person reads the address bar. */
export interface AppHandle {
  location: Location;
  /** 'PUSH' for a new history entry, 'REPLACE' for a rewrite, 'POP' for Back/Forward. */
  navigationType: string;
  navigate: NavigateFunction;
}

function Probe({ onRender }: { onRender: (seen: AppHandle) => void }) {
  const location = useLocation();
  const navigationType = useNavigationType();
  const navigate = useNavigate();
  useEffect(() => {
    onRender({ location, navigationType, navigate });
  });
  return null;
}

/**
 * Renders the whole app (routes, layout, query client) under a memory router at `path`,
 * after loading every page's code, as main.tsx does for the first page. (A page suspended
 * on its code inside React's test `act` environment is not retried when the code arrives.)
 */
export async function renderApp(path: string): Promise<AppHandle> {
  await Promise.all([
    CatalogPage.preload(),
    SpecDecodeIndexPage.preload(),
    SpecDecodePage.preload(),
    InferencePage.preload(),
    RankPage.preload(),
    HistoryPage.preload(),
  ]);
  const handle = {} as AppHandle;
  const record = (seen: AppHandle) => Object.assign(handle, seen);
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <Probe onRender={record} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return handle;
}
