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

/** Renders the whole app (routes, layout, query client) under a memory router at `path`. */
export function renderApp(path: string): AppHandle {
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
