import type { GpuSpecs, Manifest } from '../../data/schema';
import { METRICS, X_AXES } from '../../domain/metrics';
import type { InferenceSelection } from '../../state/pages/inference';
import { describeFilters } from '../compare/filters';

const labelOf = (list: readonly { key: string; label: string }[], key: string) =>
  list.find((x) => x.key === key)?.label ?? key;

/**
 * /inference's control choices in words, for the folded controls' summary: always the sequence,
 * precisions and what is drawn against what ("8k/1k · all precisions · Throughput / GPU vs
 * Interactivity"), then only what differs from the page's `defaults` (filters, day, price,
 * cost set, log scale, frontier only). From the selection, so it changes with a pick, before
 * the next file has loaded. The model is the page's heading, not repeated. Pure.
 */
export function inferenceChoices(
  selection: InferenceSelection,
  defaults: InferenceSelection,
  manifest: Manifest,
  specs: GpuSpecs,
  /** The model's precisions: all of them shown reads "all precisions". */
  allPrecisions: readonly string[],
): string[] {
  const precisions =
    selection.precisions.length === allPrecisions.length
      ? 'all precisions'
      : selection.precisions.map((p) => labelOf(manifest.precisions, p)).join(', ');
  const words = [
    labelOf(manifest.sequences, selection.sequence),
    precisions,
    `${METRICS[selection.metric].label} vs ${X_AXES[selection.xAxis].label}`,
  ];
  const filters = describeFilters(selection.filters, manifest);
  if (filters) words.push(filters);
  if (selection.asOf !== null) words.push(`as of ${selection.asOf}`);
  if (selection.usdPerGpuHour !== null) words.push(`$${selection.usdPerGpuHour}/GPU-hour`);
  else if (selection.tier !== defaults.tier) words.push(labelOf(specs.tiers, selection.tier));
  if (selection.costSet !== defaults.costSet) words.push(`set ${selection.costSet}`);
  if (selection.logScale) words.push('log scale');
  if (selection.frontierOnly) words.push('frontier only');
  return words;
}
