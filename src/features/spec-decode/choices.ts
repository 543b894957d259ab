import type { GpuSpecs, Manifest } from '../../data/schema';
import { METRICS } from '../../domain/metrics';
import type { SpecDecodeSelection } from '../../state/pages/spec-decode';

const labelOf = (list: readonly { key: string; label: string }[], key: string) =>
  list.find((x) => x.key === key)?.label ?? key;

/**
 * The comparison page's control choices in words, for the folded controls' summary: always the
 * sequence, metric and engine ("8k/1k", "Throughput / GPU", "all engines"), then only what
 * differs from the page's `defaults` (the day, other precisions charted, tier, cost set, log
 * scale). Pinned targets are not controls here (the table's editor holds them). Pure.
 */
export function specDecodeChoices(
  selection: SpecDecodeSelection,
  defaults: SpecDecodeSelection,
  manifest: Manifest,
  specs: GpuSpecs,
): string[] {
  const words = [
    labelOf(manifest.sequences, selection.sequence),
    METRICS[selection.metric].label,
    selection.engine === null ? 'all engines' : labelOf(manifest.engines, selection.engine),
  ];
  if (selection.asOf !== null) words.push(`as of ${selection.asOf}`);
  if (selection.extraPrecisions.length > 0) {
    words.push(`also ${selection.extraPrecisions.map((p) => labelOf(manifest.precisions, p)).join(', ')}`);
  }
  if (selection.tier !== defaults.tier) words.push(labelOf(specs.tiers, selection.tier));
  if (selection.costSet !== defaults.costSet) words.push(`set ${selection.costSet}`);
  if (selection.logScale) words.push('log scale');
  return words;
}
