// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installResizeObserver, serveShippedData } from '../setup/dom';
import { renderApp } from '../setup/render-app';
import { tableAgainstReference } from '../setup/pinned-table';
import { referenceView } from '../setup/reference-views';

/** MI355X ATOM MTP vs Off, FP4, 8k/1k, as pinned from the independent reference (A = MTP). */
const ATOM_PAIR = '/inference?prec=fp4&a=mi355x:atom:mtp:fp4&b=mi355x:atom:none:fp4';

// Whole-app renders under jsdom take seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 30_000 });

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
    expect(screen.queryByText(/^Not a price/)).toBeNull();
    const user = userEvent.setup();
    await user.clear(input);
    // Nothing applies while typing: "35,56" never shows the chart at $35 or $355.
    await user.type(input, '35,56');
    expect(router.location.search).toBe('?usd=2');
    await user.keyboard('{Enter}');
    const refused = screen.getByText(/^Not a price/);
    expect(refused.getAttribute('role')).toBe('status');
    expect(refused.textContent).toBe('Not a price (above 0, at most 1000, up to 3 decimals); the chart uses $2.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(router.location.search).toBe('?usd=2');
    await user.clear(input);
    await user.type(input, '0.5');
    expect(screen.queryByText(/^Not a price/)).toBeNull();
    expect(router.location.search).toBe('?usd=2');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.location.search).toBe('?usd=0.5'));
    await user.clear(input);
    await user.type(input, '3.25');
    await user.tab();
    await waitFor(() => expect(router.location.search).toBe('?usd=3.25'));
  });

  it.each([
    { path: ATOM_PAIR, swapped: false },
    { path: '/inference?prec=fp4&a=mi355x:atom:none:fp4&b=mi355x:atom:mtp:fp4', swapped: true },
  ])(
    'compare two, $path: Series A in the A column, B in the B column, numbers from the reference',
    async ({ path, swapped }) => {
      serveShippedData();
      await renderApp(path);
      await screen.findByTestId('pinned-table', {}, { timeout: 5000 });
      const { shown, expected } = tableAgainstReference(referenceView(ATOM_PAIR), swapped);
      expect(shown).toEqual(expected);
    },
  );

  it('opens the bare link on the best series per GPU; every series is one pick away, and a hidden GPU keeps the mode', async () => {
    serveShippedData();
    const router = await renderApp('/inference');
    const lines = (await screen.findByLabelText('Lines', {}, { timeout: 5000 })) as HTMLSelectElement;
    expect(lines.value).toBe('gpu');
    const legend = await screen.findByTestId('legend');
    // The 9 GPUs of the shipped 8k/1k data (counted in the view-model tests from the JSON).
    await waitFor(() => expect(legend.querySelectorAll('button[data-series]')).toHaveLength(9));
    expect(screen.getByTestId('legend-count').textContent).toBe('9 of 9 series shown');
    expect(screen.getByTestId('chart').getAttribute('data-series-count')).not.toBe('61');
    const user = userEvent.setup();
    await user.click(legend.querySelector('button[data-series="h100"]')!);
    await waitFor(() => expect(router.location.search).toMatch(/^\?hide=h100:[^&]*&best=gpu$/));
    expect(legend.querySelectorAll('button[data-series]')).toHaveLength(9);
    await user.selectOptions(lines, 'all');
    await waitFor(() => expect(router.location.search).toMatch(/^\?hide=h100:[^&]*$/));
    await waitFor(() => expect(legend.querySelectorAll('button[data-series]')).toHaveLength(61));
  });

  it.each(['/inference?model=dsv4', '/rank?model=dsv4', '/history/dsv4/mi355x/fp4?engine=sglang&spec=none'])(
    '%s says the model is transcribed from a blog post',
    async (path) => {
      serveShippedData();
      await renderApp(path);
      const note = await screen.findByTestId('provenance', {}, { timeout: 5000 });
      expect(note.textContent).toBe('Transcribed from a blog post: only the points it printed.');
    },
  );

  it('a DeepSeek-R1 page carries no provenance note', async () => {
    serveShippedData();
    await renderApp('/rank');
    await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    await screen.findByTestId('as-of', {}, { timeout: 5000 });
    expect(screen.queryByTestId('provenance')).toBeNull();
  });
});
