// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AFTER_PAINT_LIMIT_MS, afterPaint, deferredComponent, useAfterFirstCommit } from './use-after-first-commit';

afterEach(cleanup);

/** A promise settled from outside, to hold a load open. */
function gate() {
  let open: () => void = () => {};
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

function Below({ preload }: { preload?: () => Promise<unknown> }) {
  const after = useAfterFirstCommit(preload);
  return <p data-testid="below">{after ? 'shown' : 'waiting'}</p>;
}

describe('useAfterFirstCommit', () => {
  it('turns true after the first commit', async () => {
    render(<Below />);
    expect((await screen.findByText('shown')).dataset.testid).toBe('below');
  });

  it('with a preload, stays false until the preload settles', async () => {
    const load = gate();
    render(<Below preload={() => load.promise} />);
    await act(async () => {});
    expect(screen.getByTestId('below').textContent).toBe('waiting');
    await act(async () => load.open());
    expect((await screen.findByText('shown')).dataset.testid).toBe('below');
  });
});

describe('deferredComponent', () => {
  it('renders without suspending once preloaded', async () => {
    const Part = deferredComponent(async () => (props: { word: string }) => <p data-testid="part">{props.word}</p>);
    await Part.preload();
    render(
      <Suspense fallback={<p data-testid="fallback">…</p>}>
        <Part word="findings" />
      </Suspense>,
    );
    // Synchronously in the first render: no fallback was ever shown.
    expect(screen.queryByTestId('fallback')).toBeNull();
    expect(screen.getByTestId('part').textContent).toBe('findings');
  });

  it('suspends until its code is in when not preloaded', async () => {
    const load = gate();
    const Part = deferredComponent(async () => {
      await load.promise;
      return () => <p data-testid="part">in</p>;
    });
    await act(async () => {
      render(
        <Suspense fallback={<p data-testid="fallback">…</p>}>
          <Part />
        </Suspense>,
      );
    });
    expect(screen.getByTestId('fallback')).toBeTruthy();
    expect(screen.queryByTestId('part')).toBeNull();
    await act(async () => load.open());
    expect(await screen.findByTestId('part')).toBeTruthy();
  });
});

describe('afterPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs the task once after the next frame, and not again when the time limit passes', () => {
    vi.useFakeTimers();
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
    const task = vi.fn<() => void>();
    afterPaint(task);
    expect(task).not.toHaveBeenCalled();
    frames.shift()!();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(AFTER_PAINT_LIMIT_MS * 2);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs it anyway when no frame comes (a page that is not painted)', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const task = vi.fn<() => void>();
    afterPaint(task);
    vi.advanceTimersByTime(AFTER_PAINT_LIMIT_MS - 1);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
