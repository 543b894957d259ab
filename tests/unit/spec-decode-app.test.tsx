// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installResizeObserver, serveShippedData } from '../setup/dom';
import { renderApp } from '../setup/render-app';
import { tableAgainstReference } from '../setup/pinned-table';
import {
  hasPython,
  pinnedReference,
  referenceView,
  rerunReference,
  type ReferenceView,
} from '../setup/reference-views';

const publicDir = resolve(import.meta.dirname, '../../public/data');
const SEQUENCE_LABELS: Record<string, string> = { '1k1k': '1k/1k', '1k8k': '1k/8k', '8k1k': '8k/1k' };

const renderAt = renderApp;

function expectTableToMatch(view: ReferenceView) {
  const { shown, expected } = tableAgainstReference(view);
  expect(shown).toEqual(expected);
}

/** "MTP delivers 3417.4 tok/s/GPU vs Off's 2312.5 (MTP +47.8%)" for a target where both sides are in range. */
function throughputClause(view: ReferenceView, index: number, labels = { A: 'MTP', B: 'Off' }): string | null {
  const cell = view.cells[index]!;
  const a = Number(cell.A.tput);
  const b = Number(cell.B.tput);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  const [win, lose] = a >= b ? (['A', 'B'] as const) : (['B', 'A'] as const);
  const row = view.rows[index]!;
  const raw = (side: 'A' | 'B') => (side === 'A' ? row.MTP : row.Off)!.tput;
  const percent = ((raw(win) / raw(lose) - 1) * 100).toFixed(1);
  return `${labels[win]} delivers ${cell[win].tput} tok/s/GPU vs ${labels[lose]}'s ${cell[lose].tput} (${labels[win]} +${percent}%)`;
}

// Whole-app renders under jsdom take seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  installResizeObserver();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('spec-decode page in the app (memory router, shipped data)', () => {
  it.each([
    { path: '/spec-decode/dsr1/mi355x/fp4', title: 'MI355X FP4: MTP vs Off Speculative Decoding' },
    { path: '/spec-decode/dsr1/b200/fp4?seq=1k1k', title: 'B200 FP4: MTP vs Off Speculative Decoding' },
    { path: '/spec-decode/dsr1/h200/fp8?metric=cost&tier=costr', title: 'H200 FP8: MTP vs Off Speculative Decoding' },
    {
      path: '/spec-decode/dsr1/gb300/fp4?engine=dynamo-trt&at=40,60,80',
      title: 'GB300 NVL72 FP4: MTP vs Off Speculative Decoding',
    },
  ])('$path: table columns (MTP, then Off) and sentences agree with the reference', async ({ path, title }) => {
    const requested = serveShippedData();
    await renderAt(path);
    await screen.findByTestId('pinned-table', {}, { timeout: 5000 });
    const view = referenceView(path);
    expectTableToMatch(view);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
    expect(screen.getByTestId('workload-subtitle').textContent).toContain(SEQUENCE_LABELS[view.sequence]);
    // The findings below the table render just after it (see useAfterFirstCommit): one per
    // target, each naming the side ahead at that target with the reference's numbers.
    const sentences = within(await screen.findByTestId('sentences', {}, { timeout: 5000 }))
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    view.targets.forEach((target, i) => {
      const sentence = sentences.find((text) => text.startsWith(`At ${target} tok/s/user`));
      expect(sentence, `a sentence for ${target} tok/s/user`).toBeDefined();
      // Where a side is out of range the sentence says so instead; only its target is checked.
      expect(sentence).toContain(throughputClause(view, i) ?? `At ${target} tok/s/user`);
    });
    // Only the manifest, the assumptions, the run dates (for the "As of" picker) and the one
    // sequence file shown were fetched.
    expect(new Set(requested)).toEqual(
      new Set([
        '/data/manifest.json',
        '/data/gpu-specs.json',
        '/data/history/dsr1/run-dates.json',
        `/data/benchmarks/dsr1/${view.sequence}/${path.split('/')[3]}.json`,
      ]),
    );
  });

  it('writes control changes to the URL: sequence pushes, metric replaces', async () => {
    serveShippedData();
    const router = await renderAt('/spec-decode/dsr1/mi355x/fp4');
    await screen.findByTestId('pinned-table', {}, { timeout: 5000 });
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Metric'), 'tok-per-mw');
    await waitFor(() => expect(router.location.search).toBe('?metric=tok-per-mw'));
    expect(router.navigationType).toBe('REPLACE');
    await user.click(screen.getByLabelText('1k/8k'));
    await waitFor(() => expect(router.location.search).toBe('?seq=1k8k&metric=tok-per-mw'));
    expect(router.navigationType).toBe('PUSH');
    await waitFor(() => expect(screen.getByTestId('workload-subtitle').textContent).toContain('1k/8k'));
    await waitFor(() => expectTableToMatch(referenceView('/spec-decode/dsr1/mi355x/fp4?seq=1k8k&metric=tok-per-mw')));
    await act(() => router.navigate(-1));
    await waitFor(() => expect(screen.getByTestId('workload-subtitle').textContent).toContain('8k/1k'));
    expect(router.location.search).toBe('?metric=tok-per-mw');
    await waitFor(() => expectTableToMatch(referenceView('/spec-decode/dsr1/mi355x/fp4')));
  });

  it('says why a target it cannot use is refused, and keeps the table and address', async () => {
    serveShippedData();
    const router = await renderAt('/spec-decode/dsr1/mi355x/fp4');
    await screen.findByTestId('pinned-table', {}, { timeout: 5000 });
    const headers = () =>
      [...document.querySelectorAll('[data-testid="pinned-table"] thead th')].map((th) => th.textContent);
    const before = headers();
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Target 2 (tok/s/user)'));
    await user.click(screen.getByRole('button', { name: 'Apply targets' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Each target must be a number above 0 tok/s/user; the table keeps 35 / 56 / 77.',
    );
    expect(headers()).toEqual(before);
    expect(router.location.search).toBe('');
    // The next edit clears the message, and a usable value is applied.
    await user.type(screen.getByLabelText('Target 2 (tok/s/user)'), '50');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Apply targets' }));
    await waitFor(() => expect(router.location.search).toBe('?at=35,50,77'));
  });

  it('shows the file and the problem when a sequence file is corrupt, with a retry', async () => {
    serveShippedData();
    const realFetch = globalThis.fetch;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) =>
      String(input).includes('benchmarks/dsr1/8k1k/mi355x.json')
        ? new Response('{"schemaVersion":1,"model":"dsr1"')
        : realFetch(input),
    );
    await renderAt('/spec-decode/dsr1/mi355x/fp4');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('data/benchmarks/dsr1/8k1k/mi355x.json is not valid JSON');
    expect(alert.textContent).toContain('other sequences may still load');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy();
    expect(screen.queryByTestId('pinned-table')).toBeNull();
    // The page still says what it is.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('MI355X FP4: MTP vs Off Speculative Decoding');
    // The controls stay usable: another sequence loads and is shown.
    await userEvent.setup().click(screen.getByLabelText('1k/1k'));
    await screen.findByTestId('pinned-table', {}, { timeout: 5000 });
    expect(screen.getByTestId('workload-subtitle').textContent).toContain('1k/1k');
  });

  it('says which sequence failed and which one is still shown when a switch hits a broken file', async () => {
    serveShippedData();
    const realFetch = globalThis.fetch;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) =>
      String(input).includes('benchmarks/dsr1/1k1k/mi355x.json') ? new Response('<!doctype html>') : realFetch(input),
    );
    await renderAt('/spec-decode/dsr1/mi355x/fp4');
    await screen.findByTestId('pinned-table', {}, { timeout: 5000 });
    await userEvent.setup().click(screen.getByLabelText('1k/1k'));
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    // An HTML page where the file should be is what an SPA host answers for a missing file.
    expect(alert.textContent).toContain('Data file missing');
    expect(alert.textContent).toContain('data/benchmarks/dsr1/1k1k/mi355x.json could not be loaded');
    expect(alert.textContent).toContain(
      'The comparison for 1k/1k cannot be shown; the page below still shows 8k/1k, as last loaded.',
    );
    // What is still shown says so itself.
    expect(screen.getByTestId('workload-subtitle').textContent).toContain('8k/1k');
    expect(screen.getByTestId('pinned-table')).toBeTruthy();
  });

  it('the index names its broken summary file, offers a retry and lists nothing it cannot read', async () => {
    serveShippedData();
    const realFetch = globalThis.fetch;
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      asked.push(String(input));
      return String(input).includes('data/spec-decode-index.json')
        ? new Response('{"schemaVersion":')
        : realFetch(input);
    });
    await renderAt('/spec-decode');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('data/spec-decode-index.json is not valid JSON');
    expect(alert.textContent).toContain('The list of comparisons cannot be shown.');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy();
    expect(screen.queryByTestId('spec-decode-index')).toBeNull();
    // The index reads its summary alone: no comparison's data, no manifest.
    expect(asked.filter((url) => url.includes('/data/')).map((url) => url.replace(/^.*\/data\//, ''))).toEqual([
      'spec-decode-index.json',
    ]);
  });

  it('names the field, the value and the file when a real data file breaks its schema', async () => {
    serveShippedData();
    const realFetch = globalThis.fetch;
    // The shipped MI355X 8k/1k file with one point's throughput made negative.
    const file = JSON.parse(readFileSync(resolve(publicDir, 'benchmarks/dsr1/8k1k/mi355x.json'), 'utf8')) as {
      points: { metrics: { tokPerSecPerGpu: number } }[];
    };
    file.points[3]!.metrics.tokPerSecPerGpu = -5;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) =>
      String(input).includes('benchmarks/dsr1/8k1k/mi355x.json')
        ? new Response(JSON.stringify(file))
        : realFetch(input),
    );
    await renderAt('/spec-decode/dsr1/mi355x/fp4');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain(
      'data/benchmarks/dsr1/8k1k/mi355x.json does not match the expected format (1 problem)',
    );
    expect(alert.textContent).toContain('points.3.metrics.tokPerSecPerGpu: must be greater than zero (got -5)');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy();
    // Nothing from the broken file is shown as if it were valid.
    expect(screen.queryByTestId('pinned-table')).toBeNull();
  });
});

describe('the /spec-decode index in the app', () => {
  it("states every comparison's mid-band result and crossover as the reference computes them", async () => {
    serveShippedData();
    await renderAt('/spec-decode');
    const reference = pinnedReference().index;
    const table = await screen.findByTestId('spec-decode-index', {}, { timeout: 5000 });
    // Rows appear as their files arrive: wait for all of them.
    await waitFor(() => expect(within(table).getAllByRole('link')).toHaveLength(Object.keys(reference).length), {
      timeout: 5000,
    });
    const shown = Object.fromEntries(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((tr) => {
          const [sequence, headline, crossover] = [...tr.querySelectorAll('td')].map((td) => td.textContent);
          return [tr.querySelector('a')!.getAttribute('href')!, { sequence, headline, crossover }];
        }),
    );
    const expected = Object.fromEntries(
      Object.entries(reference).map(([href, row]) => [
        href,
        { sequence: SEQUENCE_LABELS[row.sequence], headline: row.headline, crossover: row.crossover },
      ]),
    );
    expect(shown).toEqual(expected);
  });
});

describe('the pinned reference (tests/reference/pinned-views.json)', () => {
  it.skipIf(!hasPython())('is what tests/reference/pin_views.py prints today', () => {
    expect(rerunReference()).toEqual(pinnedReference());
  });
});
