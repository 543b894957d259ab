import type { ComponentType } from 'react';
import { deferredComponent, type DeferredComponent } from '../components/use-after-first-commit';

export type LazyPage = DeferredComponent<Record<string, never>>;

/**
 * A page whose code loads on demand, like React.lazy, but which renders at once when its
 * code was preloaded (`deferredComponent`). React.lazy always suspends on first render, and
 * React then holds a shown fallback for at least 300 ms, which would delay a deep link's first
 * chart. A failed load is forgotten, so "Try again" (or the next visit) loads afresh.
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  return deferredComponent<Record<string, never>>(load);
}
