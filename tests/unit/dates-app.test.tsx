// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installResizeObserver, serveShippedData } from '../setup/dom';
import { renderApp } from '../setup/render-app';
import { tableAgainstReference } from '../setup/pinned-table';
import { referenceView, type ReferenceView } from '../setup/reference-views';

/**
 * "As of" pages against tests/reference/dated-pinned.json (tests/reference/dated_reference.py,
 * computed from the raw rows of fixtures/real, never from the app).
 */
interface DatedPage extends ReferenceView {
  runDates: { A: string[]; B: string[] };
}
interface UnpairedPage {
  sequence: null;
  pointsBySequence: Record<string, { A: number; B: number }>;
  pairedFrom: string;
}
const dated = JSON.parse(readFileSync(resolve(import.meta.dirname, '../reference/dated-pinned.json'), 'utf8')) as {
  asOf: { pages: Record<string, DatedPage | UnpairedPage> };
};
const datedPage = (path: string) => dated.asOf.pages[path] as DatedPage;

// Whole-app renders under jsdom take seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  installResizeObserver();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const headerText = () => screen.getByTestId('as-of-text').textContent ?? '';
const listedDates = () => [...document.querySelectorAll('[data-testid="as-of-dates"] li')].map((li) => li.textContent);

describe('comparison pages as of a date (memory router, shipped data)', () => {
  it.each([
    { path: '/spec-decode/dsr1/b200/fp4?seq=1k1k&date=2026-01-15', day: '2026-01-15', hardware: 'b200' },
    { path: '/spec-decode/dsr1/mi355x/fp8?date=2026-05-01', day: '2026-05-01', hardware: 'mi355x' },
  ])('$path: every table cell, the targets and the run dates shown', async ({ path, day, hardware }) => {
    const requested = serveShippedData();
    await renderApp(path);
    await screen.findByTestId('pinned-table', {}, { timeout: 5000 });
    const view = datedPage(path);
    const { shown, expected } = tableAgainstReference(view);
    expect(shown).toEqual(expected);
    // The header names the day and the run dates of both sides' points (more than 4: first … last).
    const dates = [...new Set([...view.runDates.A, ...view.runDates.B])].sort();
    expect(dates.length).toBeGreaterThan(4);
    expect(headerText()).toBe(
      `As of ${day}: each configuration line's latest run on or before that day; shown points from runs of ` +
        `${dates[0]} … ${dates[dates.length - 1]} (${dates.length} dates).`,
    );
    expect(listedDates()).toEqual(dates);
    // The history file of the GPU and sequence, never its latest-view file.
    const file = `/data/history/dsr1/${view.sequence}/${hardware}.json`;
    expect(requested).toContain(file);
    expect(requested.filter((r) => r.startsWith('/data/benchmarks/'))).toEqual([]);
  });

  it('a day with Off runs but no MTP run: says so, names the first MTP run, and still draws Off', async () => {
    serveShippedData();
    const path = '/spec-decode/dsr1/mi355x/fp4?date=2026-02-01';
    const reference = dated.asOf.pages[path] as UnpairedPage;
    await renderApp(path);
    // Every sequence of MI355X FP4 lacks MTP by then; the first day with both sides is also
    // the first MTP run of 8k/1k (its Off runs start earlier).
    expect(reference.pointsBySequence['8k1k']).toEqual({ A: 0, B: 8 });
    const message = await screen.findByTestId('missing-sides', {}, { timeout: 5000 });
    await waitFor(() =>
      expect(message.textContent).toContain(
        `No MTP runs on or before 2026-02-01 for MI355X FP4 (8k/1k); the first MTP run is on ${reference.pairedFrom}.`,
      ),
    );
    expect(screen.queryByTestId('pinned-table')).toBeNull();
    // The Off side is drawn with its 8 points; no MTP point is invented.
    // Each mark path draws one outline ("M…Z") per point.
    const marks = () =>
      [...document.querySelectorAll('[data-testid="chart"] path.point-mark')].reduce(
        (n, p) => n + (p.getAttribute('d') ?? '').split('M').length - 1,
        0,
      );
    await waitFor(() => expect(marks()).toBe(reference.pointsBySequence['8k1k']!.B));
    expect(headerText()).toMatch(/^As of 2026-02-01: each configuration line's latest run on or before that day;/);
  });

  it("the picker lists the choice's run dates newest first, keeps a day without a run, and a pick pushes", async () => {
    serveShippedData();
    const router = await renderApp('/spec-decode/dsr1/mi355x/fp4?date=2026-02-01');
    const picker = (await screen.findByLabelText('As of', {}, { timeout: 5000 })) as HTMLSelectElement;
    const labels = () => [...picker.options].map((o) => o.textContent ?? '');
    await waitFor(() => expect(labels().length).toBeGreaterThan(3));
    expect(labels()[0]).toBe('Latest view');
    expect(labels()).toContain('2026-02-01 (no run that day)');
    const days = [...picker.options].slice(1).map((o) => o.value);
    expect(days).toEqual([...days].sort((a, b) => (a < b ? 1 : -1)));
    expect(picker.value).toBe('2026-02-01');
    // Back to the latest view: the date leaves the address, today's pinned table returns.
    await userEvent.setup().selectOptions(picker, '');
    await waitFor(() => expect(router.location.search).toBe(''));
    expect(router.navigationType).toBe('PUSH');
    await screen.findByTestId('pinned-table', {}, { timeout: 5000 });
    const { shown, expected } = tableAgainstReference(referenceView('/spec-decode/dsr1/mi355x/fp4'));
    expect(shown).toEqual(expected);
    expect(headerText()).toMatch(
      /^Latest view: the latest run of every configuration line; shown points from runs of /,
    );
    await act(() => router.navigate(-1));
    await screen.findByTestId('missing-sides', {}, { timeout: 5000 });
    expect(router.location.search).toBe('?date=2026-02-01');
  });
});

describe('a day before any run, and after the last', () => {
  it('a comparison before any run: both sides named, nothing drawn, no table', async () => {
    serveShippedData();
    await renderApp('/spec-decode/dsr1/mi355x/fp4?date=2024-01-01');
    const message = await screen.findByTestId('missing-sides', {}, { timeout: 5000 });
    expect(message.textContent).toMatch(/^No MTP or Off runs on or before 2024-01-01 for MI355X FP4 \(8k\/1k\)/);
    await waitFor(() => expect(message.textContent).toContain('the first MTP run is on 2026-02-04'));
    expect(screen.queryByTestId('pinned-table')).toBeNull();
    expect(document.querySelectorAll('[data-testid="chart"] path.point-mark')).toHaveLength(0);
    expect(headerText()).toBe(
      "As of 2024-01-01: each configuration line's latest run on or before that day; no points are shown.",
    );
  });

  it('the inference chart and the ranking before any run say so', async () => {
    serveShippedData();
    await renderApp('/inference?date=2024-01-01');
    const empty = await screen.findByTestId('chart-empty', {}, { timeout: 5000 });
    expect(empty.textContent).toContain('on or before 2024-01-01');
    cleanup();
    await renderApp('/rank?date=2024-01-01');
    await waitFor(() => expect(screen.getByTestId('as-of-text').textContent).toContain('no points are shown'), {
      timeout: 5000,
    });
    expect(screen.getByTestId('rank-empty').textContent).toBe(
      'No setup was measured for DeepSeek-R1-0528 at 8k/1k in all precisions on or before 2024-01-01. Pick a later day, the latest view, or another sequence, precision or filter.',
    );
  });

  it('a day after the last run shows every line’s latest run in the history', async () => {
    serveShippedData();
    await renderApp('/spec-decode/dsr1/b200/fp4?seq=1k1k&date=2030-01-01');
    await screen.findByTestId('pinned-table', {}, { timeout: 5000 });
    expect(headerText()).toMatch(/^As of 2030-01-01: /);
    expect((screen.getByLabelText('As of') as HTMLSelectElement).value).toBe('2030-01-01');
  });
});
