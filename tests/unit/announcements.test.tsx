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

describe('a polite live region says what a control changed', () => {
  it('is silent on the first view, then names the new metric and sequence', async () => {
    serveShippedData();
    const router = await renderApp('/spec-decode/dsr1/mi355x/fp4');
    await screen.findByTestId('pinned-table', {}, { timeout: 10_000 });
    const region = screen.getByTestId('page-announcement');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');
    await userEvent.selectOptions(screen.getByLabelText('Metric'), 'cost');
    await waitFor(() => expect(router.location.search).toBe('?metric=cost'));
    await waitFor(() =>
      expect(screen.getByTestId('page-announcement').textContent).toBe(
        'Cost / M tokens, 8k/1k: table and chart updated',
      ),
    );
  });
});
