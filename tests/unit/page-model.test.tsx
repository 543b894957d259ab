// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { Link, MemoryRouter, Route, Routes, useLocation, useNavigate, useNavigationType } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../src/app/query-client';
import { PageScaffold } from '../../src/components/page-scaffold';
import { installResizeObserver, serveShippedData } from '../setup/dom';
import { readShippedJson } from '../setup/shipped-data';
import { testPage } from './scaffold-page';

/** Point counts read straight from the shipped files, not through the app. */
const pointsIn = (sequence: string) =>
  (readShippedJson(`data/benchmarks/dsr1/${sequence}/mi355x.json`) as { points: unknown[] }).points.length;

const seen = { search: '', type: '', navigate: null as ReturnType<typeof useNavigate> | null };
function Probe() {
  const location = useLocation();
  const type = useNavigationType();
  const navigate = useNavigate();
  useEffect(() => {
    Object.assign(seen, { search: location.search, type, navigate });
  });
  return null;
}

function renderAt(path: string, page: typeof testPage = testPage) {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/test" element={<PageScaffold page={page} />} />
          <Route
            path="/elsewhere"
            element={
              <nav>
                <Link to="/test?seq=1k1k">to 1k1k</Link>
                <Link to="/test">to the bare page</Link>
              </nav>
            }
          />
        </Routes>
        <Probe />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const shown = () => screen.getByTestId('shown').textContent;

beforeEach(() => {
  installResizeObserver();
  serveShippedData();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('a page built from the scaffold (parameter list, view model and view only)', () => {
  it('shows the link, then follows actions with the history mode each declares', async () => {
    renderAt('/test?seq=1k1k');
    await waitFor(() => expect(shown()).toBe(`1k1k throughput ${pointsIn('1k1k')}`));
    expect(document.title).toBe('Points of 1k1k — Isoline');
    await userEvent.click(screen.getByRole('button', { name: 'cost' }));
    await waitFor(() => expect(seen.search).toBe('?seq=1k1k&metric=cost'));
    expect(seen.type).toBe('REPLACE');
    await userEvent.click(screen.getByRole('button', { name: '8k/1k' }));
    await waitFor(() => expect(shown()).toBe(`8k1k cost ${pointsIn('8k1k')}`));
    expect(seen.search).toBe('?metric=cost');
    expect(seen.type).toBe('PUSH');
    // Back returns to the entry the sequence pick left.
    act(() => void seen.navigate!(-1));
    await waitFor(() => expect(shown()).toBe(`1k1k cost ${pointsIn('1k1k')}`));
  });

  it('Back from a pick returns to the link the page was opened with', async () => {
    renderAt('/test?seq=1k1k');
    await waitFor(() => expect(shown()).toBe(`1k1k throughput ${pointsIn('1k1k')}`));
    await userEvent.click(screen.getByRole('button', { name: '8k/1k' }));
    await waitFor(() => expect(seen.search).toBe(''));
    act(() => void seen.navigate!(-1));
    await waitFor(() => expect(shown()).toBe(`1k1k throughput ${pointsIn('1k1k')}`));
    expect(seen.search).toBe('?seq=1k1k');
  });

  it('corrects a junk link, says so, and keeps saying so after the address is rewritten', async () => {
    renderAt('/test?fuzzjunk=1&at=20.005,30,40&metric=vibes');
    await waitFor(() => expect(seen.search).toBe('?at=20.01,30,40'));
    const notice = await screen.findByTestId('corrections');
    expect(notice.textContent).toContain('fuzzjunk=1: unknown parameter "fuzzjunk" ignored.');
    expect(notice.textContent).toContain('at=20.005,30,40: targets are kept to 0.01 tok/s/user: 20.01, 30, 40.');
    expect(notice.textContent).toContain('metric=vibes: "vibes" is not a metric; showing throughput.');
    await userEvent.click(screen.getByRole('button', { name: /Dismiss/ }));
    expect(screen.queryByTestId('corrections')).toBeNull();
  });

  it('opened again by a link, shows that link, not its previous view or notice', async () => {
    renderAt('/test?metric=cost&junk=1');
    await screen.findByTestId('corrections');
    act(() => void seen.navigate!('/elsewhere'));
    await userEvent.click(await screen.findByRole('link', { name: 'to 1k1k' }));
    await waitFor(() => expect(shown()).toBe(`1k1k throughput ${pointsIn('1k1k')}`));
    expect(seen.search).toBe('?seq=1k1k');
    expect(screen.queryByTestId('corrections')).toBeNull();
  });

  it('a new link to the same page replaces the notice of the last one', async () => {
    renderAt('/test?junk=1');
    await screen.findByTestId('corrections');
    act(() => void seen.navigate!('/test?seq=1k1k'));
    await waitFor(() => expect(shown()).toBe(`1k1k throughput ${pointsIn('1k1k')}`));
    expect(screen.queryByTestId('corrections')).toBeNull();
  });

  it('after many picks in a tight loop, the address, the store and the view agree on the last', async () => {
    renderAt('/test');
    await waitFor(() => expect(shown()).toBe(`8k1k throughput ${pointsIn('8k1k')}`));
    const buttons = ['1k/1k', '8k/1k', 'cost'].map((name) => screen.getByRole('button', { name }));
    act(() => {
      for (let i = 0; i < 50; i++) buttons[i % 2]!.click();
      buttons[2]!.click();
      buttons[0]!.click();
    });
    await waitFor(() => expect(shown()).toBe(`1k1k cost ${pointsIn('1k1k')}`));
    expect(seen.search).toBe('?seq=1k1k&metric=cost');
  });

  it('builds the next choices that need no other file once the view is shown, and only those', async () => {
    const built: string[] = [];
    const page: typeof testPage = {
      ...testPage,
      build: (input) => {
        built.push(`${input.selection.sequence} ${input.selection.metric} ${input.files.length}`);
        return testPage.build(input);
      },
      // Another metric reads the same file; another sequence needs its own, so it is not built ahead.
      nextChoices: (s) => [
        { ...s, metric: 'cost' },
        { ...s, sequence: '1k1k' },
        { ...s, metric: 'tok-per-mw' },
      ],
    };
    renderAt('/test', page);
    await waitFor(() => expect(shown()).toBe(`8k1k throughput ${pointsIn('8k1k')}`));
    expect(built.filter((b) => b !== '8k1k throughput 1')).toEqual([]);
    await waitFor(() => expect(built).toContain('8k1k tok-per-mw 1'));
    expect(built.filter((b) => b !== '8k1k throughput 1')).toEqual(['8k1k cost 1', '8k1k tok-per-mw 1']);
    // The page still shows the reader's choice.
    expect(shown()).toBe(`8k1k throughput ${pointsIn('8k1k')}`);
  });
});
