import { Link } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import type { Manifest } from '../../data/schema';
import { findSpecDecodeComparisons, unknownWorkloadParts, type Workload } from '../../state/availability';

/** An unknown or unpaired model/GPU/precision: say so, and list the comparisons that exist. */
export function WorkloadNotFound({ workload, manifest }: { workload: Workload; manifest: Manifest }) {
  const comparisons = findSpecDecodeComparisons(manifest);
  const reasons = unknownWorkloadParts(workload, manifest);
  useDocumentTitle(`No such comparison: ${workload.model} ${workload.hardware} ${workload.precision}`);
  return (
    <section className="page" aria-labelledby="workload-not-found">
      <h1 id="workload-not-found">No such comparison</h1>
      <p>
        {reasons.length > 0
          ? `The data has ${reasons.join(', ')}.`
          : `The data has no ${workload.hardware} ${workload.precision} runs of ${workload.model} with both MTP and Off.`}{' '}
        These MTP vs Off comparisons exist:
      </p>
      <ul className="comparison-list" data-testid="existing-comparisons">
        {comparisons.map((c) => (
          <li key={c.href}>
            <Link to={c.href}>
              {c.hardwareLabel} {c.precisionLabel}: MTP vs Off
            </Link>{' '}
            <span className="muted">· {c.modelName}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
