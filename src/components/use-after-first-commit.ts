import { createContext, createElement, use, useContext, useEffect, useState, type ComponentType } from 'react';

/** True only when the page is rendered at build time (src/app/prerender), where nothing commits. */
export const BuildTimeRender = createContext(false);

/**
 * False in a component's first render, true from the render after its first commit, which
 * runs as a transition in a later task. A page renders what sits below the fold behind this,
 * so the first task draws only what is on screen (on a comparison page: the chart and table;
 * the findings below them follow once that task is done, tens of milliseconds later). With
 * `preload`, started once the first commit is painted, true only once it has settled: the code of what is
 * below the fold then loads after the first view, and renders at once when it is in (a
 * component that suspended would be revealed no sooner than 300 ms later). Rendered at build
 * time, it is true at once: the static page carries everything.
 */
/**
 * Longest wait for a frame: a page that is not being painted (a tab opened in the background, a
 * browser that skips frames under load) runs no animation frame, and what waits for one must not
 * wait for ever.
 */
export const AFTER_PAINT_LIMIT_MS = 500;

/**
 * Runs `task` once, when the next frame has been painted (a timer after the animation frame; a
 * timer alone where there are no frames, as in tests), or after `AFTER_PAINT_LIMIT_MS` if no
 * frame comes: for work that must not compete with drawing the first view.
 */
export function afterPaint(task: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(run, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, AFTER_PAINT_LIMIT_MS);
}

export function useAfterFirstCommit(preload?: () => Promise<unknown>): boolean {
  const atBuild = useContext(BuildTimeRender);
  const [after, setAfter] = useState(atBuild);
  useEffect(() => {
    let live = true;
    const show = () => {
      // A plain update, not a transition: a transition is held back while anything else in the
      // page suspends, and the parts it reveals were loaded before it is made.
      if (live) setAfter(true);
    };
    // A failed load shows anyway: the part then throws, and its error boundary says so.
    if (preload) afterPaint(() => void preload().then(show, show));
    else show();
    return () => {
      live = false;
    };
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- started once, at the first commit
  }, []);
  return after;
}

export interface DeferredComponent<P> {
  (props: P): ReturnType<typeof createElement>;
  /** Starts (once) loading the code; resolves when the component renders without suspending. */
  preload: () => Promise<void>;
}

/**
 * A component whose code loads on demand, like React.lazy, but which renders at once (without
 * suspending) when its code was preloaded; before that it suspends, so at build time the
 * static page waits for it.
 */
export function deferredComponent<P extends object>(load: () => Promise<ComponentType<P>>): DeferredComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));
  function Deferred(props: P) {
    if (!loaded) use(preload());
    return createElement(loaded as ComponentType<P>, props);
  }
  return Object.assign(Deferred, { preload });
}
