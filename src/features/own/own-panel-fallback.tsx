import { useContext } from 'react';
import { BuildTimeRender } from '../../components/use-after-first-commit';

/** Said where a page written at build time would offer "Add your results". */
export const OWN_RESULTS_NEED_SCRIPT =
  'Adding your own results needs JavaScript: the page then reads them in this browser.';

/**
 * What stands for "Add your results" while its code loads; in a page written at build time
 * (read without JavaScript too), what adding results needs instead of a loading line that never ends.
 */
export function OwnPanelFallback() {
  return useContext(BuildTimeRender) ? (
    <p className="muted">{OWN_RESULTS_NEED_SCRIPT}</p>
  ) : (
    <p className="muted">Loading “Add your results”…</p>
  );
}
