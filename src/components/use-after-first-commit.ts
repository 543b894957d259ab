import { startTransition, useEffect, useState } from 'react';

/**
 * False in a component's first render, true from the render after its first commit, which
 * runs as a transition in a later task. A page renders what sits below the fold behind this,
 * so the first task draws only what is on screen (on a comparison page: the chart and table;
 * the findings below them follow once that task is done, tens of milliseconds later).
 */
export function useAfterFirstCommit(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    startTransition(() => setAfter(true));
  }, []);
  return after;
}
