import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import type { GpuSpecs, Manifest } from '../../data/schema';
import { NO_FILTERS } from '../../state/params';
import type { SpecDecodeSelection } from '../../state/pages/spec-decode';
import { fitOwnFiles } from '../own/own-fit';
import { useOwnFiles } from '../own/queries';
import { restoredViewState } from '../own/use-view-file';
import { ownSideLinks } from './own-sides';
import { OwnPanelFallback } from '../own/own-panel-fallback';

const OwnResultsPanel = lazy(async () => ({ default: (await import('../own/own-panel')).OwnResultsPanel }));

/**
 * Your data beside this comparison: each of your files of the model and sequence against the
 * page's MTP or Off side, compared on /inference (the same comparison builder), and the panel
 * to add files.
 */
export function OwnSidesSection(props: {
  selection: SpecDecodeSelection;
  engines: readonly string[];
  manifest: Manifest;
  specs: GpuSpecs;
}) {
  const { selection, engines, manifest, specs } = props;
  const { files } = useOwnFiles();
  const fit = useMemo(
    () =>
      fitOwnFiles(
        files,
        {
          model: selection.model,
          sequence: selection.sequence,
          precisions: [selection.precision],
          filters: NO_FILTERS,
        },
        manifest,
      ),
    [files, selection.model, selection.sequence, selection.precision, manifest],
  );
  const links = useMemo(
    () => ownSideLinks({ shown: fit.shown, selection, engines, manifest, specs }),
    [fit, selection, engines, manifest, specs],
  );
  return (
    <section aria-labelledby="own-sides-title">
      <h2 id="own-sides-title">Your data against MTP or Off</h2>
      {links.length > 0 ? (
        <ul data-testid="own-side-links">
          {links.map((l) => (
            <li key={`${l.fileId} ${l.href}`}>
              <Link
                to={l.href}
                state={restoredViewState({ a: `own:${l.fileId}`, b: null, targets: l.targets, hidden: [] })}
              >
                {l.text}
              </Link>{' '}
              <span className="muted">(compare two on the inference chart, at matched interactivity)</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted" data-testid="own-side-none">
          Add a result file of this model, sequence and precision to compare it with this page’s MTP or Off side.
        </p>
      )}
      <Suspense fallback={<OwnPanelFallback />}>
        <OwnResultsPanel manifest={manifest} model={selection.model} sequence={selection.sequence} fit={fit} />
      </Suspense>
    </section>
  );
}
