// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installResizeObserver, serveShippedData } from '../setup/dom';
import { renderApp } from '../setup/render-app';

beforeEach(() => {
  installResizeObserver();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('inference page in the app (memory router, shipped data)', () => {
  it('says when a typed price cannot be used, and which price the chart keeps', { timeout: 20_000 }, async () => {
    serveShippedData();
    const router = await renderApp('/inference?usd=2');
    const input = await screen.findByLabelText('$/GPU-hour (every GPU)', {}, { timeout: 5000 });
    expect(screen.queryByRole('status')).toBeNull();
    const user = userEvent.setup();
    await user.clear(input);
    // Nothing applies while typing: "35,56" never shows the chart at $35 or $355.
    await user.type(input, '35,56');
    expect(router.location.search).toBe('?usd=2');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status').textContent).toBe(
      'Not a price (above 0, at most 1000, up to 3 decimals); the chart uses $2.',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(router.location.search).toBe('?usd=2');
    await user.clear(input);
    await user.type(input, '0.5');
    expect(screen.queryByRole('status')).toBeNull();
    expect(router.location.search).toBe('?usd=2');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.location.search).toBe('?usd=0.5'));
    await user.clear(input);
    await user.type(input, '3.25');
    await user.tab();
    await waitFor(() => expect(router.location.search).toBe('?usd=3.25'));
  });
});
