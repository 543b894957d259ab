// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMediaQuery } from './media-query';

/** A stand-in MediaQueryList whose `matches` the test sets, with the change listeners it was given. */
function fakeMatchMedia(initial: boolean) {
  const listeners = new Set<() => void>();
  const list = {
    matches: initial,
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
  };
  const matchMedia = vi.fn<(query: string) => MediaQueryList>(() => list as unknown as MediaQueryList);
  const change = (matches: boolean) => {
    list.matches = matches;
    for (const f of listeners) f();
  };
  return { matchMedia, change, listeners };
}

function Probe({ tick, query = '(prefers-color-scheme: dark)' }: { tick: number; query?: string }) {
  const matches = useMediaQuery(query);
  return <p data-testid="probe">{`${tick}:${matches ? 'dark' : 'light'}`}</p>;
}

afterEach(() => vi.unstubAllGlobals());

describe('useMediaQuery', () => {
  it('asks matchMedia once however often the component renders, and follows its changes', () => {
    const fake = fakeMatchMedia(false);
    vi.stubGlobal('matchMedia', fake.matchMedia);
    const { rerender, unmount } = render(<Probe tick={0} />);
    for (let tick = 1; tick <= 5; tick++) rerender(<Probe tick={tick} />);
    expect(screen.getByTestId('probe').textContent).toBe('5:light');
    expect(fake.matchMedia).toHaveBeenCalledTimes(1);
    act(() => fake.change(true));
    expect(screen.getByTestId('probe').textContent).toBe('5:dark');
    unmount();
    expect(fake.listeners.size).toBe(0);
  });

  it('asks again when matchMedia itself is replaced', () => {
    const first = fakeMatchMedia(false);
    vi.stubGlobal('matchMedia', first.matchMedia);
    const query = '(min-width: 1px)';
    render(<Probe tick={0} query={query} />).unmount();
    const second = fakeMatchMedia(true);
    vi.stubGlobal('matchMedia', second.matchMedia);
    render(<Probe tick={1} query={query} />);
    expect(screen.getByTestId('probe').textContent).toBe('1:dark');
  });
});
