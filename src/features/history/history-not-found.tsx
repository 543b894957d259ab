import { Link } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import type { Manifest } from '../../data/schema';
import { unknownWorkloadParts, type Workload } from '../../state/availability';

/** A model, GPU or precision without any run in the data: say so, and where to go instead. */
export function HistoryNotFound({ workload, manifest }: { workload: Workload; manifest: Manifest }) {
  const reasons = unknownWorkloadParts(workload, manifest);
  useDocumentTitle(`No such history: ${workload.model} ${workload.hardware} ${workload.precision}`);
  return (
    <section className="page" aria-labelledby="history-not-found">
      <h1 id="history-not-found">No such history</h1>
      <p>
        {reasons.length > 0
          ? `The data has ${reasons.join(', ')}.`
          : `The data has no dated runs of ${workload.model} on ${workload.hardware} ${workload.precision}.`}{' '}
        The <Link to="/">catalog</Link> lists what the data holds.
      </p>
    </section>
  );
}
