// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installResizeObserver, serveShippedData } from '../setup/dom';
import { renderApp } from '../setup/render-app';

vi.setConfig({ testTimeout: 30_000 });
beforeEach(() => installResizeObserver());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the pinned table names the better side in words, not only in bold and a check mark', () => {
  it('every winning side (and only those) reads "(better)" to a screen reader', async () => {
    serveShippedData();
    // Targets on both sides of the crossover at 20.24 tok/s/user, so each side wins somewhere.
    await renderApp('/spec-decode/dsr1/mi355x/fp4?at=15,40');
    const table = await screen.findByTestId('pinned-table', {}, { timeout: 10_000 });
    const sides = [...table.querySelectorAll('.cell-side')];
    const winners = sides.filter((s) => s.classList.contains('winner'));
    expect(winners.length).toBeGreaterThan(5);
    const winning = (side: string) => winners.some((w) => w.querySelector(`[data-side="${side}"]`));
    expect([winning('a'), winning('b')]).toEqual([true, true]);
    for (const side of sides) {
      expect(side.textContent!.endsWith(' (better)')).toBe(side.classList.contains('winner'));
    }
  });
});
