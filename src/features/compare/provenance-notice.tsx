import type { Manifest } from '../../data/schema';
import { Notice } from '../../components/notice';

/**
 * Says how a model's numbers came to be when they are not rows of the benchmark API (e.g.
 * "Transcribed from a blog post: only the points it printed."), on every page that shows them.
 */
export function ProvenanceNotice({ manifest, model }: { manifest: Manifest; model: string }) {
  const entry = manifest.models.find((m) => m.key === model);
  if (!entry?.provenance) return null;
  return (
    <Notice tone="warning" title={`${entry.displayName}: not benchmark API rows`}>
      <p data-testid="provenance">{entry.provenance}</p>
    </Notice>
  );
}
