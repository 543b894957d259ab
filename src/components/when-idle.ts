/** Where the browser has no idle callback: the wait before each task instead. */
const NO_IDLE_CALLBACK_WAIT_MS = 200;

/**
 * Runs `tasks` in order, one per idle period of the page (`requestIdleCallback`, so a task
 * never delays a frame, a click or a key; where there is none, one every 200 ms), until all
 * have run or the returned function cancels the rest.
 */
export function whenIdle(tasks: readonly (() => void)[]): () => void {
  let next = 0;
  let cancel = () => {};
  const schedule = () => {
    if (next >= tasks.length) return;
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(run);
      cancel = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(run, NO_IDLE_CALLBACK_WAIT_MS);
      cancel = () => clearTimeout(handle);
    }
  };
  const run = () => {
    tasks[next++]!();
    schedule();
  };
  schedule();
  return () => {
    next = tasks.length;
    cancel();
  };
}
