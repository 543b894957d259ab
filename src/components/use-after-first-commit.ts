import { createContext, startTransition, useContext, useEffect, useState } from 'react';

/** True only when the page is rendered at build time (src/app/prerender), where nothing commits. */
export const BuildTimeRender = createContext(false);

/**
 * False in a component's first render, true from the render after its first commit, which
 * runs as a transition in a later task. A page renders what sits below the fold behind this,
 * so the first task draws only what is on screen (on a comparison page: the chart and table;
 * the findings below them follow once that task is done, tens of milliseconds later). Rendered
 * at build time, it is true at once: the static page carries everything.
 */
export function useAfterFirstCommit(): boolean {
  const atBuild = useContext(BuildTimeRender);
  const [after, setAfter] = useState(atBuild);
  useEffect(() => {
    startTransition(() => setAfter(true));
  }, []);
  return after;
}
