// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gpuSpecsSchema, manifestSchema, type SequenceKey } from '../../src/data/schema';
import { specDecodeAvailability } from '../../src/state/availability';
import { buildSpecDecodeViewModel } from '../../src/features/spec-decode/view-model';
import { specDecodePage } from '../../src/state/pages/spec-decode';
import { installResizeObserver, serveShippedData } from '../setup/dom';
import { renderApp } from '../setup/render-app';
import { shippedPoints } from '../setup/shipped-data';
import { assertValid } from '../../src/data/validate';

const publicDir = resolve(import.meta.dirname, '../../public/data');
const manifest = assertValid(manifestSchema, JSON.parse(readFileSync(resolve(publicDir, 'manifest.json'), 'utf8')));
const specs = assertValid(gpuSpecsSchema, JSON.parse(readFileSync(resolve(publicDir, 'gpu-specs.json'), 'utf8')));
const points = (sequence: SequenceKey) => shippedPoints(sequence);

/** What the engine says for a URL, computed without the UI. */
function expectedViewModel(path: string) {
  const [pathname, search = ''] = path.split('?');
  const [, , model, hardware, precision] = pathname!.split('/');
  const workload = { model: model!, hardware: hardware!, precision: precision! };
  const availability = specDecodeAvailability(manifest, specs, workload)!;
  const { selection } = specDecodePage.parse(search, availability);
  return buildSpecDecodeViewModel({ points: points(selection.sequence), selection, manifest, specs });
}

const renderAt = renderApp;

function tableCells(metric: string): string[][] {
  const row = document.querySelector(`[data-testid="pinned-table"] tr[data-metric="${metric}"]`);
  if (!row) throw new Error(`no ${metric} row`);
  return [...row.querySelectorAll('td')].map((td) => [
    td.querySelector('[data-side="a"]')!.textContent!,
    td.querySelector('[data-side="b"]')!.textContent!,
    td.querySelector('[data-delta]')?.textContent ?? '',
  ]);
}

beforeEach(() => {
  installResizeObserver();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('spec-decode page in the app (memory router, shipped data)', () => {
  it.each([
    '/spec-decode/dsr1/mi355x/fp4',
    '/spec-decode/dsr1/b200/fp4?seq=1k1k',
    '/spec-decode/dsr1/h200/fp8?metric=cost&tier=costr',
    '/spec-decode/dsr1/gb300/fp4?engine=dynamo-trt&at=40,60,80',
  ])('%s: table, sentences and band agree with the engine', async (path) => {
    const requested = serveShippedData();
    await renderAt(path);
    await screen.findByTestId('pinned-table', {}, { timeout: 5000 });
    const vm = expectedViewModel(path);
    const c = vm.comparison!;
    for (const row of c.table) {
      expect(tableCells(row.metric)).toEqual(row.cells.map((cell) => [cell.a, cell.b, cell.delta ?? '']));
    }
    // The findings below the table render just after it (see useAfterFirstCommit).
    const sentences = within(await screen.findByTestId('sentences'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(sentences).toEqual(c.sentences);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(vm.title);
    // Only the manifest, the assumptions and the one sequence file shown were fetched.
    expect(new Set(requested)).toEqual(
      new Set([
        '/data/manifest.json',
        '/data/gpu-specs.json',
        `/data/benchmarks/dsr1/${expectedSequence(path)}/${expectedHardware(path)}.json`,
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
    const vm = expectedViewModel('/spec-decode/dsr1/mi355x/fp4?seq=1k8k&metric=tok-per-mw');
    await waitFor(() =>
      expect(tableCells('tokPerSecPerGpu')).toEqual(
        vm.comparison!.table[0]!.cells.map((cell) => [cell.a, cell.b, cell.delta ?? '']),
      ),
    );
    await act(() => router.navigate(-1));
    await waitFor(() => expect(screen.getByTestId('workload-subtitle').textContent).toContain('8k/1k'));
    expect(router.location.search).toBe('?metric=tok-per-mw');
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

  it('the index names a broken file and still lists every comparison that does not need it', async () => {
    serveShippedData();
    const realFetch = globalThis.fetch;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) =>
      String(input).includes('benchmarks/dsr1/8k1k/mi355x.json') ? new Response('{"schemaVersion":') : realFetch(input),
    );
    await renderAt('/spec-decode');
    const table = await screen.findByTestId('spec-decode-index', {}, { timeout: 5000 });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('data/benchmarks/dsr1/8k1k/mi355x.json is not valid JSON');
    expect(alert.textContent).toContain('Comparisons that need this file are missing from the list below.');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy();
    // Both MI355X comparisons read that file; the other eleven are listed.
    const names = within(table)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(names).toHaveLength(11);
    expect(names.filter((n) => n?.startsWith('MI355X'))).toEqual([]);
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

function expectedSequence(path: string): string {
  return /seq=(\w+)/.exec(path)?.[1] ?? '8k1k';
}

function expectedHardware(path: string): string {
  return path.split('/')[3]!;
}
