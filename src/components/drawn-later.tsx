import type { ReactNode } from 'react';

/**
 * A part of a page below its first screen that follows a change in a second render (a value
 * from `useDeferredValue`): `behind` while it still shows the previous choice, and then it is
 * `aria-busy`. The page checks of the tests and the page benchmark find it by `[data-later]`.
 */
export function DrawnLater({ behind, children }: { behind: boolean; children: ReactNode }) {
  return (
    <div data-later="" aria-busy={behind || undefined}>
      {children}
    </div>
  );
}
