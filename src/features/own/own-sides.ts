import type { BenchmarkPoint } from '../../data/schema';
import { X_AXES, X_AXIS_KEYS, type XAxisDefinition, type XAxisKey } from '../../domain/metrics';
import { keepXOrder, type XOrder } from '../compare/chart-model';
import { builtSide, keepSide, sideFromFrontierSteps, sideOf, type ComparedSide } from '../compare/sides';
import { sideColumnBuffers, sideColumns } from './side-columns';
import type { SideWorkerReply, SideWorkerRequest } from './side-worker';

/**
 * Your files' sides (frontier and curve on each x axis), found in a worker (side-worker.ts) so
 * the page never stops for them: the first axis asked for first, the six others right after,
 * each put where `sideOf` finds it (compare-two then builds none of them again). Where the
 * browser has no workers (jsdom), or the worker failed, a side is built on the page as before.
 */

type Listener = (axis: XAxisKey) => void;

interface Job {
  worker: Worker | null;
  listeners: Set<Listener>;
  failed: boolean;
  done: Set<XAxisKey>;
}

/** One job per points array (a file as the page's filters keep it) and label. */
const jobs = new WeakMap<readonly BenchmarkPoint[], Map<string, Job>>();

const workersAvailable = (): boolean => typeof Worker !== 'undefined';

function jobOf(label: string, points: readonly BenchmarkPoint[]): Job | undefined {
  return jobs.get(points)?.get(label);
}

/** The side if it is ready; null while the worker finds it; built here when no worker can. */
export function ownSide(label: string, points: readonly BenchmarkPoint[], axis: XAxisDefinition): ComparedSide | null {
  const built = builtSide(label, points, axis);
  if (built) return built;
  if (!workersAvailable() || jobOf(label, points)?.failed) return sideOf(label, points, axis);
  return null;
}

/** Tells the worker to go on with the other axes once the page is idle (it has drawn the first). */
function resumeWhenIdle(worker: Worker): void {
  const resume = () => {
    const request: SideWorkerRequest = { kind: 'resume' };
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    worker.postMessage(request);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(resume, { timeout: 2000 });
  else setTimeout(resume, 0);
}

function startJob(label: string, points: readonly BenchmarkPoint[], first: XAxisKey): Job {
  const job: Job = { worker: null, listeners: new Set(), failed: false, done: new Set() };
  let byLabel = jobs.get(points);
  if (!byLabel) jobs.set(points, (byLabel = new Map()));
  byLabel.set(label, job);
  const axes = [first, ...X_AXIS_KEYS.filter((k) => k !== first)].filter((k) => !builtSide(label, points, X_AXES[k]));
  for (const k of X_AXIS_KEYS) if (!axes.includes(k)) job.done.add(k);
  if (axes.length === 0) return job;
  const worker = new Worker(new URL('./side-worker.ts', import.meta.url), { type: 'module' });
  job.worker = worker;
  const stop = () => {
    worker.terminate();
    job.worker = null;
  };
  const fail = () => {
    job.failed = true;
    stop();
    for (const listen of job.listeners) listen(first);
  };
  // Per axis, the side put together here and the x order from the worker: kept once both are in.
  const pending = new Map<XAxisKey, { side?: ComparedSide; order?: XOrder }>();
  let settled = 0;
  const settle = (key: XAxisKey, part: { side?: ComparedSide; order?: XOrder }) => {
    const both = { ...pending.get(key), ...part };
    if (!both.side || !both.order) return void pending.set(key, both);
    pending.delete(key);
    // Built on the page meanwhile (compare-two asked for it): that side stays, it is the same.
    if (!builtSide(label, points, X_AXES[key])) {
      keepSide(both.side);
      keepXOrder(both.side, both.order);
    }
    job.done.add(key);
    if (job.done.size === X_AXIS_KEYS.length) stop();
    for (const listen of job.listeners) listen(key);
    if (++settled === 1) resumeWhenIdle(worker);
  };
  worker.addEventListener('message', (event: MessageEvent<SideWorkerReply>) => {
    const reply = event.data;
    if (reply.kind === 'error') return fail();
    if (reply.kind === 'order') return settle(reply.axis, { order: reply.order });
    // The side is put together in steps, a task each (a 50,000-point frontier: its points, ids
    // and curve), so the page answers in between.
    const steps = sideFromFrontierSteps(label, points, X_AXES[reply.axis], reply.found);
    const step = () => {
      const next = steps.next();
      if (next.done) settle(reply.axis, { side: next.value });
      else setTimeout(step, 0);
    };
    step();
  });
  worker.addEventListener('error', fail);
  const columns = sideColumns(points);
  const request: SideWorkerRequest = { kind: 'start', columns, axes };
  // A worker has no origin to name: the message goes to the worker this page started.
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  worker.postMessage(request, sideColumnBuffers(columns));
  return job;
}

/**
 * Has the sides of `points` found, `first` before the other axes (an axis not done yet moves
 * to the front), and calls `onReady(axis)` as each is ready. Returns the unsubscribe; a job no
 * one listens to any more is stopped (a file removed, or filtered to other points), after the
 * current task, so a re-render that unsubscribes and subscribes again keeps it.
 */
export function watchOwnSides(
  label: string,
  points: readonly BenchmarkPoint[],
  first: XAxisKey,
  onReady: Listener,
): () => void {
  if (!workersAvailable()) return () => undefined;
  let job = jobOf(label, points);
  if (!job) job = startJob(label, points, first);
  else if (job.worker && !job.done.has(first)) {
    const prefer: SideWorkerRequest = { kind: 'prefer', axis: first };
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    job.worker.postMessage(prefer);
  }
  const running = job;
  running.listeners.add(onReady);
  return () => {
    running.listeners.delete(onReady);
    setTimeout(() => {
      if (running.listeners.size > 0 || !running.worker) return;
      running.worker.terminate();
      running.worker = null;
      jobs.get(points)?.delete(label);
    }, 0);
  };
}
