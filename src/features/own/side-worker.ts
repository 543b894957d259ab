/// <reference lib="webworker" />
import { X_AXES, type XAxisKey } from '../../domain/metrics';
import { xOrderOf, type XOrder } from '../compare/chart-model';
import { frontierIndexes, type FrontierIndexes } from '../compare/sides';
import { sidePointsOf, type SideColumns } from './side-columns';

/**
 * Finds a file's frontier on every x axis off the main thread (50,000 points: 150–300 ms per
 * axis there). In: { kind: 'start', columns, axes } (`sideColumns` of the points, transferred;
 * the axes in the order wanted), then { kind: 'prefer', axis } to move an axis not yet done to
 * the front. Out: { kind: 'side', axis, found, order } per axis (`frontierIndexes` and the
 * points' x order for the chart, `xOrderOf`, transferred), in its own task each, so a 'prefer'
 * is read between two axes; { kind: 'error', message } if one fails. The page builds the side
 * from `found` (`sideFromFrontier`) and keeps `order` for its chart (`keepXOrder`).
 */
export type SideWorkerRequest =
  { kind: 'start'; columns: SideColumns; axes: XAxisKey[] } | { kind: 'prefer'; axis: XAxisKey };

export type SideWorkerReply =
  { kind: 'side'; axis: XAxisKey; found: FrontierIndexes; order: XOrder } | { kind: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
let columns: SideColumns | null = null;
let queue: XAxisKey[] = [];

/** A worker's postMessage goes to the page that started it: there is no origin to name. */
const post = (reply: SideWorkerReply, transfer: Transferable[] = []) =>
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  scope.postMessage(reply, transfer);

function next(): void {
  const axis = queue.shift();
  if (!columns || axis === undefined) return;
  try {
    const found = frontierIndexes(sidePointsOf(columns, X_AXES[axis]));
    const order = xOrderOf(columns.x[X_AXES[axis].field], found.frontier);
    const { frontier, excluded, nonPositive } = found;
    post({ kind: 'side', axis, found, order }, [
      ...[frontier, excluded, nonPositive, order.index, order.x, order.frontier].map((a) => a.buffer as ArrayBuffer),
    ]);
  } catch (err) {
    queue = [];
    post({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    return;
  }
  if (queue.length > 0) setTimeout(next, 0);
}

scope.addEventListener('message', (event: MessageEvent<SideWorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'start') {
    columns = request.columns;
    queue = [...request.axes];
    setTimeout(next, 0);
  } else if (queue.includes(request.axis)) {
    queue = [request.axis, ...queue.filter((a) => a !== request.axis)];
  }
});
