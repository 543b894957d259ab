import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { benchmarkFileSchema, type BenchmarkPoint } from '../../data/schema';
import { assertValid } from '../../data/validate';
import { X_AXES, X_AXIS_KEYS, type XAxisKey } from '../../domain/metrics';
import { buildChartSeries, xOrderOf } from '../compare/chart-model';
import { buildSide, frontierIndexes, sideOf } from '../compare/sides';
import { ownSide, watchOwnSides } from './own-sides';
import { sidePointsOf } from './side-columns';
import type { SideWorkerReply, SideWorkerRequest } from './side-worker';

/**
 * The page's side of the frontier worker: what it asks for, in which order, what it shows
 * meanwhile (nothing: null), what it keeps, and when it stops the worker. The worker is a stand-in
 * that answers as side-worker.ts does, when the test says so.
 */

const root = resolve(import.meta.dirname, '../../..');
const published = assertValid(
  benchmarkFileSchema,
  JSON.parse(readFileSync(resolve(root, 'public/data/benchmarks/dsr1/8k1k/mi355x.json'), 'utf8')),
);
/** A fresh points array each time: sides and jobs are kept per array. */
const points = (): BenchmarkPoint[] => published.points.map((p) => ({ ...p }));

class FakeWorker {
  static made: FakeWorker[] = [];
  received: SideWorkerRequest[] = [];
  terminated = false;
  private listeners: Record<string, ((event: unknown) => void)[]> = {};
  constructor() {
    FakeWorker.made.push(this);
  }
  addEventListener(type: string, listen: (event: unknown) => void) {
    (this.listeners[type] ??= []).push(listen);
  }
  postMessage(request: SideWorkerRequest) {
    this.received.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  /** Answers for `axis` as the worker does. */
  answer(axis: XAxisKey) {
    const start = this.received[0]!;
    if (start.kind !== 'start') throw new Error('not started');
    const found = frontierIndexes(sidePointsOf(start.columns, X_AXES[axis]));
    const order = xOrderOf(start.columns.x[X_AXES[axis].field], found.frontier);
    const replies: SideWorkerReply[] = [
      { kind: 'side', axis, found },
      { kind: 'order', axis, order },
    ];
    for (const reply of replies) for (const listen of this.listeners.message ?? []) listen({ data: reply });
  }
  fail() {
    for (const listen of this.listeners.error ?? []) listen({ message: 'boom' });
  }
}

const nextTask = () => new Promise((r) => setTimeout(r, 0));
/** The tasks a side takes to be put together on the page (`sideFromFrontierSteps`), and one more. */
const assembled = async () => {
  for (let i = 0; i < 4; i++) await nextTask();
};

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
});

describe('your sides, found in a worker', () => {
  it('without workers (as here in Node), builds the side on the page, once, where sideOf finds it', () => {
    expect(typeof Worker).toBe('undefined');
    const pts = points();
    const side = ownSide('mine', pts, X_AXES.e2e)!;
    expect(side).toBe(sideOf('mine', pts, X_AXES.e2e));
    expect([...side.frontierIds]).toEqual([...buildSide('mine', pts, X_AXES.e2e).frontierIds]);
  });

  it('asks for the shown axis first, shows nothing until it is there, then keeps it for sideOf; stops once all seven are in', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const pts = points();
    const ready: XAxisKey[] = [];
    const stop = watchOwnSides('mine', pts, 'e2e', (axis) => ready.push(axis));
    expect(FakeWorker.made).toHaveLength(1);
    const worker = FakeWorker.made[0]!;
    const start = worker.received[0]!;
    expect(start.kind === 'start' && start.axes).toEqual([
      'e2e',
      'interactivity',
      'e2e-p90',
      'e2e-p99',
      'ttft',
      'ttft-p90',
      'ttft-p99',
    ]);
    expect(start.kind === 'start' && start.columns.ids).toEqual(pts.map((p) => p.id));
    expect(ownSide('mine', pts, X_AXES.e2e)).toBeNull();

    // A switch to an axis not done yet moves it to the front; the same job, no second worker.
    const stopSecond = watchOwnSides('mine', pts, 'ttft', () => undefined);
    expect(FakeWorker.made).toHaveLength(1);
    expect(worker.received[1]).toEqual({ kind: 'prefer', axis: 'ttft' });
    stopSecond();

    worker.answer('e2e');
    expect(ready).toEqual([]);
    await assembled();
    expect(ready).toEqual(['e2e']);
    // The first axis drawn, the worker is told to go on with the others (when the page is idle).
    await nextTask();
    expect(worker.received.at(-1)).toEqual({ kind: 'resume' });
    const side = ownSide('mine', pts, X_AXES.e2e)!;
    expect(side).toBe(sideOf('mine', pts, X_AXES.e2e));
    const built = buildSide('mine', pts, X_AXES.e2e);
    expect(side.frontier).toEqual(built.frontier);
    expect(side.excluded).toEqual(built.excluded);
    // Its chart takes the worker's x order: the same as buildSide's side sorts for itself.
    const gpu = { usdPerGpuHour: 2, kwPerGpu: 1 };
    expect(buildChartSeries('k', side, 'cost', gpu)).toEqual(buildChartSeries('k', built, 'cost', gpu));
    expect(ownSide('mine', pts, X_AXES.ttft)).toBeNull();

    for (const axis of X_AXIS_KEYS.filter((k) => k !== 'e2e')) {
      expect(worker.terminated).toBe(false);
      worker.answer(axis);
      await assembled();
    }
    expect(worker.terminated).toBe(true);
    expect(ready).toHaveLength(7);
    stop();
    // Asked again, every side is there: no worker is started.
    watchOwnSides('mine', pts, 'interactivity', () => undefined)();
    await nextTask();
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('stops a job no one watches any more, after the current task; one watched again in the same task goes on', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const pts = points();
    watchOwnSides('mine', pts, 'interactivity', () => undefined)();
    const again = watchOwnSides('mine', pts, 'interactivity', () => undefined);
    await nextTask();
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.terminated).toBe(false);
    again();
    await nextTask();
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });

  it('when the worker fails, tells the watcher and builds the side on the page', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const pts = points();
    const ready: XAxisKey[] = [];
    watchOwnSides('mine', pts, 'interactivity', (axis) => ready.push(axis));
    expect(ownSide('mine', pts, X_AXES.interactivity)).toBeNull();
    FakeWorker.made[0]!.fail();
    expect(ready).toEqual(['interactivity']);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    expect([...ownSide('mine', pts, X_AXES.interactivity)!.frontierIds]).toEqual([
      ...buildSide('mine', pts).frontierIds,
    ]);
  });
});
