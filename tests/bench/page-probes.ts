/**
 * In-page code of the page benchmark (tests/bench/bench-page.ts), as plain JavaScript strings:
 * tsx would wrap named functions in a `__name` helper that does not exist in the page, so
 * functions are not passed to the browser.
 */

export const TIMEOUT_MS = 30_000;

/**
 * Stamps when `selectors` all exist (chartMs) and when the frame showing them was painted
 * (paintMs). Only elements the app drew count: while `#root` still holds a page written at build
 * time (`data-static-path`), matching elements are noted as static and never count, so a static
 * table is not mistaken for the app's.
 */
export function drawnWatcher(selectors: string[]): string {
  return `(() => {
  if (window.top !== window) return;
  const selectors = ${JSON.stringify(selectors)};
  const state = { chartMs: null, paintMs: null };
  const staticNodes = new WeakSet();
  window.benchState = state;
  let resolveDone;
  window.benchDone = new Promise((r) => { resolveDone = r; });
  const drawn = (s) => {
    for (const el of document.querySelectorAll(s)) if (!staticNodes.has(el)) return true;
    return false;
  };
  const observer = new MutationObserver(() => {
    if (state.chartMs !== null) return;
    const root = document.getElementById('root');
    if (!root) return;
    if (root.hasAttribute('data-static-path')) {
      for (const s of selectors) for (const el of root.querySelectorAll(s)) staticNodes.add(el);
      return;
    }
    for (const s of selectors) if (!drawn(s)) return;
    state.chartMs = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        state.paintMs = performance.now();
        resolveDone(state);
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;
}

/**
 * Waits for the watcher, then reads Resource Timing (which files were fetched by then) and the
 * first contentful paint: the first frame with any text or image, a page written at build time
 * included, whereas chartMs counts only what the app drew.
 */
export const READ_DRAWN = `(async () => {
  const limit = new Promise((_, reject) => setTimeout(() => reject(new Error('not drawn within ${TIMEOUT_MS} ms')), ${TIMEOUT_MS}));
  const state = await Promise.race([window.benchDone, limit]);
  const nav = performance.getEntriesByType('navigation')[0];
  const documentEntry = nav ? [{ url: location.href, startMs: nav.startTime, endMs: nav.responseEnd, transferBytes: nav.transferSize }] : [];
  const resources = documentEntry.concat(performance.getEntriesByType('resource').map((e) => ({
    url: e.name,
    startMs: e.startTime,
    endMs: e.responseEnd,
    transferBytes: e.transferSize,
  })));
  // The paint entry is queued once its frame is presented, which can be after the watcher's
  // stamp when that frame was the first: waited for, up to a second, after the times are taken.
  const contentful = await new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) { observer.disconnect(); resolve(entry.startTime); }
    });
    observer.observe({ type: 'paint', buffered: true });
    setTimeout(() => { observer.disconnect(); resolve(null); }, 1000);
  });
  return { chartMs: state.chartMs, paintMs: state.paintMs, contentfulPaintMs: contentful, resources };
})()`;

/** The chart's y-axis label: its rotated .recharts-label (Recharts 3 draws labels in a z-index layer, not in the axis group). */
export const Y_LABEL = `(root) => {
  for (const el of root.querySelectorAll('.recharts-label')) {
    if ((el.getAttribute('transform') || '').includes('rotate(-90')) return el.textContent;
  }
  return null;
}`;

/** The x-axis title: the chart's unrotated .recharts-label that says which way is better (inference page). */
export const X_LABEL = `(root) => {
  for (const el of root.querySelectorAll('.recharts-label')) {
    if (!(el.getAttribute('transform') || '').includes('rotate(') && (el.textContent || '').includes('is better')) return el.textContent;
  }
  return null;
}`;

/** On /rank: the ranked table's caption names the metric ("Cost ($/M tok) of every setup at …"). */
export const RANK_CAPTION = `(root) => {
  const caption = root.querySelector('[data-testid="rank-table"] caption');
  return caption ? caption.textContent.split(' of every setup')[0] : null;
}`;

/**
 * A function for `elementHandle.evaluate`: sets the select to `value`, dispatches `change`, and
 * times until `readLabel` (one of the readers above, applied to `root`) reads `expect` and the
 * next frame is painted (requestAnimationFrame, then a MessageChannel task after that frame):
 * `ms`, the first screen. `wholeMs`: until the frame after every part drawn later (marked
 * `[data-later]`, busy while it shows the previous choice) is painted too; `ms` where none is.
 */
export function switchProbe(readLabel: string, root: string): string {
  return `async (select, { value, expect }) => {
  const label = ${readLabel};
  const root = document.querySelector(${JSON.stringify(root)});
  let t0 = 0;
  return await new Promise((resolve, reject) => {
    let seen = false;
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('still reads ' + JSON.stringify(label(root)) + ', not ' + JSON.stringify(expect) + ', after 5 s'));
    }, 5000);
    const check = () => {
      if (seen || label(root) !== expect) return;
      seen = true;
      const labelMs = performance.now() - t0;
      observer.disconnect();
      clearTimeout(timer);
      // After the painted frame: the first screen shows the choice. A part below it marked
      // [data-later][aria-busy] follows in a later render; wholeMs is the frame that paints it.
      const afterPaint = (then) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => then(performance.now() - t0);
          channel.port2.postMessage(null);
        });
      const busy = () => document.querySelector('[data-later][aria-busy]') !== null;
      afterPaint((ms) => {
        if (!busy()) return resolve({ ms, labelMs, wholeMs: ms });
        const wait = () => (busy() ? requestAnimationFrame(wait) : afterPaint((wholeMs) => resolve({ ms, labelMs, wholeMs })));
        wait();
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    select.value = value;
    t0 = performance.now();
    select.dispatchEvent(new Event('change', { bubbles: true }));
    check();
  });
}`;
}
