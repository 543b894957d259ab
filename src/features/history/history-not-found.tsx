import { Link } from 'react-router';
import type { Manifest } from '../../data/schema';
import type { Workload } from '../../state/availability';

/** A model, GPU or precision without any run in the data: say so, and where to go instead. */
export function HistoryNotFound({ workload, manifest }: { workload: Workload; manifest: Manifest }) {
  const known = {
    model: manifest.models.some((m) => m.key === workload.model),
    hardware: manifest.hardware.some((h) => h.key === workload.hardware),
    precision: manifest.precisions.some((p) => p.key === workload.precision),
  };
  const reasons = [
    !known.model && `no model "${workload.model}"`,
    !known.hardware && `no GPU "${workload.hardware}"`,
    !known.precision && `no precision "${workload.precision}"`,
  ].filter(Boolean);
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
