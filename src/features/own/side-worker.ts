/// <reference lib="webworker" />
import { X_AXES, type XAxisKey } from '../../domain/metrics';
import { xOrderOf, type XOrder } from '../compare/chart-model';
import { frontierIndexes, type FrontierIndexes } from '../compare/sides';
import { sidePointsOf, type SideColumns } from './side-columns';

/**
 * Finds a file's frontier on every x axis off the main thread (50,000 points: 150–300 ms per
 * axis there). In: { kind: 'start', columns, axes } (`sideColumns` of the points, transferred;
 * the axes in the order wanted); { kind: 'prefer', axis } to move an axis not yet done to the
 * front; { kind: 'resume' } once the page has drawn the first axis. Out, per axis, in a task of
 * its own: { kind: 'side', axis, found } (`frontierIndexes`), then { kind: 'order',
 * axis, order } (the points' x order for the chart, `xOrderOf`, transferred: the page puts the
 * side together meanwhile); { kind: 'error', message } if one fails. After the first axis the
 * worker waits for 'resume' (or a 'prefer'), so the six others do not take a core from the
 * page's first drawing of your series.
 */
export type SideWorkerRequest =
  { kind: 'start'; columns: SideColumns; axes: XAxisKey[] } | { kind: 'prefer'; axis: XAxisKey } | { kind: 'resume' };

export type SideWorkerReply =
  | { kind: 'side'; axis: XAxisKey; found: FrontierIndexes }
  | { kind: 'order'; axis: XAxisKey; order: XOrder }
  | { kind: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
let columns: SideColumns | null = null;
let queue: XAxisKey[] = [];
/** Axes done so far; after the first, `waiting` until the page says go on. */
let done = 0;
let waiting = false;

/** A worker's postMessage goes to the page that started it: there is no origin to name. */
const post = (reply: SideWorkerReply, transfer: Transferable[] = []) =>
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  scope.postMessage(reply, transfer);

const buffers = (...arrays: ArrayBufferView[]) => arrays.map((a) => a.buffer as ArrayBuffer);

function next(): void {
  const axis = queue.shift();
  if (!columns || axis === undefined) return;
  try {
    const found = frontierIndexes(sidePointsOf(columns, X_AXES[axis]));
    // The frontier is copied (kept here for the order), the rest handed over.
    post({ kind: 'side', axis, found }, buffers(found.excluded, found.nonPositive));
    const order = xOrderOf(columns.x[X_AXES[axis].field], found.frontier);
    post({ kind: 'order', axis, order }, buffers(order.index, order.x, order.frontier));
  } catch (err) {
    queue = [];
    post({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    return;
  }
  if (++done === 1) waiting = true;
  else if (queue.length > 0) setTimeout(next, 0);
}

function goOn(): void {
  if (!waiting) return;
  waiting = false;
  setTimeout(next, 0);
}

scope.addEventListener('message', (event: MessageEvent<SideWorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'start') {
    columns = request.columns;
    queue = [...request.axes];
    setTimeout(next, 0);
  } else if (request.kind === 'resume') {
    goOn();
  } else {
    if (queue.includes(request.axis)) queue = [request.axis, ...queue.filter((a) => a !== request.axis)];
    goOn();
  }
});
