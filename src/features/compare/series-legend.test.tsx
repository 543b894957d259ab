// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SeriesLegend, type LegendEntry } from './series-legend';

afterEach(cleanup);

const GPUS = ['MI355X', 'MI325X', 'MI300X', 'B200', 'H200', 'H100', 'GB200', 'B300', 'H20', 'MI350X'];
const entry = (gpu: string, i: number): LegendEntry => ({
  id: `s${i}`,
  label: `${gpu} SGLang FP8`,
  group: gpu.startsWith('MI') ? 'AMD' : 'NVIDIA',
  pointCount: 5,
  hidden: false,
  style: { color: '#123456', dash: undefined, shape: 'circle', muted: false },
});
const noop = () => undefined;

describe('SeriesLegend for keyboard and screen-reader users', () => {
  it('says politely how many series the search matches, and nothing without a search', async () => {
    render(<SeriesLegend entries={GPUS.map(entry)} onToggle={noop} onSetHidden={noop} />);
    const region = screen.getByTestId('legend-announcement');
    expect(region.getAttribute('role')).toBe('status');
    expect(region.textContent).toBe('');
    // "MI3" is in MI355X, MI325X, MI300X and MI350X: 4 of the 10.
    await userEvent.type(screen.getByLabelText('Find series'), 'MI3');
    expect(region.textContent).toBe('4 of 10 series match');
    await userEvent.clear(screen.getByLabelText('Find series'));
    expect(region.textContent).toBe('');
  });

  it('starts a long legend with a link past it that moves focus after the last entry', async () => {
    render(<SeriesLegend entries={GPUS.map(entry)} onToggle={noop} onSetHidden={noop} />);
    const skip = screen.getByRole('link', { name: 'Skip the legend (10 series)' });
    await userEvent.click(skip);
    const landed = document.activeElement as HTMLElement;
    expect(landed.className).toBe('legend-end');
    // Nothing of the legend comes after where focus landed.
    const buttons = screen.getAllByRole('button');
    expect(buttons.every((b) => b.compareDocumentPosition(landed) & Node.DOCUMENT_POSITION_FOLLOWING)).toBe(true);
    expect(location.hash).toBe('');
  });

  it('has no skip link when the legend is short', () => {
    render(<SeriesLegend entries={GPUS.slice(0, 8).map(entry)} onToggle={noop} onSetHidden={noop} />);
    expect(screen.queryByRole('link', { name: /Skip the legend/ })).toBeNull();
  });
});
