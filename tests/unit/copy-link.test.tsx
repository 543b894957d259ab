// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installResizeObserver, serveShippedData } from '../setup/dom';
import { renderApp } from '../setup/render-app';

vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => installResizeObserver());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Copy link', () => {
  it('copies the canonical short address (defaults and junk dropped) and says so', async () => {
    serveShippedData();
    const writeText = vi.fn<(text: string) => Promise<void>>(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const router = await renderApp('/spec-decode/dsr1/mi355x/fp4?seq=8k1k&metric=throughput&junk=1&seq=1k1k');
    await screen.findByTestId('pinned-table', {}, { timeout: 10_000 });
    await waitFor(() => expect(router.location.search).toBe(''));
    await userEvent.click(screen.getByTestId('copy-link'));
    await waitFor(() => expect(screen.getByTestId('copy-link-status').textContent).toBe('Link copied'));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/spec-decode/dsr1/mi355x/fp4`);
  });

  it('says when the browser refuses, and gives the link to copy by hand', async () => {
    serveShippedData();
    const refuse = vi.fn<(text: string) => Promise<void>>(async () => Promise.reject(new Error('no')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: refuse }, configurable: true });
    await renderApp('/rank?seq=1k1k');
    await userEvent.click(await screen.findByTestId('copy-link'));
    await waitFor(() =>
      expect(screen.getByTestId('copy-link-status').textContent).toBe(
        `Copy failed: the browser refused; the link is ${window.location.origin}/rank?seq=1k1k`,
      ),
    );
  });
});
