import { useState } from 'react';

/**
 * What an input holds while the user edits it: started from the value it edits and started
 * again whenever that value changes from elsewhere (Back, a reset, a reload), as identified
 * by `sourceKey`. Derived while rendering, not copied by an effect.
 */
export function useDraft<D>(sourceKey: string, fromSource: () => D): [D, (draft: D) => void] {
  const [draft, setDraft] = useState(fromSource);
  const [seen, setSeen] = useState(sourceKey);
  if (seen !== sourceKey) {
    setSeen(sourceKey);
    setDraft(fromSource());
  }
  return [draft, setDraft];
}
