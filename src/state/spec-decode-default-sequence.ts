import type { Manifest, SequenceKey } from '../data/schema.ts';
import type { Workload } from './spec-decode-availability.ts';

const PREFERRED_SEQUENCE: SequenceKey = '8k1k';

/** Sequences in which the workload has both MTP and Off points, in manifest order. */
export function pairedSequences(manifest: Manifest, workload: Workload): SequenceKey[] {
  const paired = manifest.combos.filter(
    (c) =>
      c.model === workload.model &&
      c.hardware === workload.hardware &&
      c.precision === workload.precision &&
      c.specMethods.includes('mtp') &&
      c.specMethods.includes('none'),
  );
  return manifest.sequences.map((s) => s.key).filter((key) => paired.some((c) => c.sequence === key));
}

/**
 * The sequence a comparison page shows: `asked` when the workload has both sides there;
 * otherwise 8k/1k when it has both sides, else the paired sequence with the most points.
 * Null when the workload has no MTP-and-Off pair at all.
 */
export function specDecodeDefaultSequence(
  manifest: Manifest,
  workload: Workload,
  asked: SequenceKey | null,
): SequenceKey | null {
  const sequences = pairedSequences(manifest, workload);
  if (asked && sequences.includes(asked)) return asked;
  if (sequences.includes(PREFERRED_SEQUENCE)) return PREFERRED_SEQUENCE;
  const points = (key: SequenceKey) =>
    manifest.combos
      .filter(
        (c) => c.model === workload.model && c.hardware === workload.hardware && c.precision === workload.precision,
      )
      .filter((c) => c.sequence === key)
      .reduce((n, c) => n + c.pointCount, 0);
  return [...sequences].sort((a, b) => points(b) - points(a))[0] ?? null;
}
