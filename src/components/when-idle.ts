/** Where the browser has no idle callback: the wait before each task instead. */
const NO_IDLE_CALLBACK_WAIT_MS = 200;

export interface WhenIdleOptions {
  /** Run a task only in an idle period with at least this many ms left (0: any idle period). */
  needMs?: number;
  /** Where the browser has no idle callback: run one task every 200 ms (default), or none at all. */
  withoutIdleCallback?: 'wait' | 'skip';
}

/**
 * Runs `tasks` in order, one per idle period of the page (`requestIdleCallback`, so a task
 * never delays a frame, a click or a key), until all have run or the returned function cancels
 * the rest.
 */
export function whenIdle(tasks: readonly (() => void)[], options: WhenIdleOptions = {}): () => void {
  const { needMs = 0, withoutIdleCallback = 'wait' } = options;
  const idle = typeof requestIdleCallback === 'function';
  if (tasks.length === 0 || (!idle && withoutIdleCallback === 'skip')) return () => undefined;
  let next = 0;
  let cancel = () => {};
  const schedule = () => {
    if (next >= tasks.length) return;
    if (idle) {
      const handle = requestIdleCallback(run);
      cancel = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(run, NO_IDLE_CALLBACK_WAIT_MS);
      cancel = () => clearTimeout(handle);
    }
  };
  const run = (deadline?: IdleDeadline) => {
    if (!deadline || deadline.timeRemaining() >= needMs) tasks[next++]!();
    schedule();
  };
  schedule();
  return () => {
    next = tasks.length;
    cancel();
  };
}
