import { createElement, use, type ComponentType } from 'react';

export interface LazyPage {
  (): ReturnType<typeof createElement>;
  /** Starts (once) loading the page's code; resolves when it can render without suspending. */
  preload: () => Promise<void>;
}

/**
 * A page whose code loads on demand, like React.lazy, but which renders at once when its
 * code was preloaded. React.lazy always suspends on first render, and React then holds a
 * shown fallback for at least 300 ms, which would delay a deep link's first chart.
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loaded: ComponentType | null = null;
  let pending: Promise<void> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        // Forget the failure so that "Try again" (or the next visit) loads afresh.
        pending = null;
        throw error;
      },
    ));
  function Page() {
    if (!loaded) use(preload());
    return createElement(loaded as ComponentType);
  }
  return Object.assign(Page, { preload });
}
