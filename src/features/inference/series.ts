import type { BenchmarkPoint, GpuSpecs, Manifest, SequenceKey } from '../../data/schema';
import { sameSeries, seriesToken, type SeriesKey } from '../../state/inference-series-key';
import type { InferenceSelection } from '../../state/pages/inference';
import { defaultSpecDecodeSelection, specDecodeSearch } from '../../state/pages/spec-decode';

import { seriesLook, type SeriesLook, type StyleOrder } from '../compare/series-styles';
import { specDecodeAvailability, specDecodeHref } from '../../state/availability';

/** One hardware × engine × spec method × precision group of measured points. */
export interface InferenceSeries {
  key: SeriesKey;
  /** The URL token (`mi355x:sglang:mtp:fp4`): for links and test hooks, never parsed back here. */
  token: string;
  /** "MI355X SGLang MTP FP4": precision named only when more than one is shown; Off has no suffix. */
  label: string;
  /** The label without the GPU: "SGLang MTP FP4". */
  configLabel: string;
  gpuLabel: string;
  vendor: string;
  points: BenchmarkPoint[];
  hidden: boolean;
  look: SeriesLook;
  /** The spec-decode page of this GPU, engine and precision when both MTP and Off were measured here (set on both twins). */
  specDecodeHref: string | null;
  /** "MI355X FP4 on SGLang": what that page compares. */
  specDecodeLabel: string;
}

function labelOf(list: readonly { key: string; label: string }[], key: string): string {
  return list.find((item) => item.key === key)?.label ?? key;
}

/** "SGLang MTP FP4": engine, method (Off is unnamed) and, when asked, precision. */
function configLabel(key: SeriesKey, manifest: Manifest, withPrecision: boolean): string {
  const parts = [labelOf(manifest.engines, key.engine)];
  if (key.specMethod === 'mtp') parts.push(labelOf(manifest.specMethods, 'mtp'));
  if (withPrecision) parts.push(labelOf(manifest.precisions, key.precision));
  return parts.join(' ');
}

export function seriesLabel(key: SeriesKey, manifest: Manifest, withPrecision: boolean): string {
  return `${labelOf(manifest.hardware, key.hardware)} ${configLabel(key, manifest, withPrecision)}`;
}

/** Link to the MTP-vs-Off page restricted to this engine and sequence (and day), in that page's canonical form. */
function twinHref(
  key: SeriesKey,
  selection: Pick<InferenceSelection, 'model' | 'asOf'>,
  manifest: Manifest,
  specs: GpuSpecs,
  sequence: SequenceKey,
): string | null {
  const workload = { model: selection.model, hardware: key.hardware, precision: key.precision };
  const availability = specDecodeAvailability(manifest, specs, workload);
  if (!availability || !availability.sequences.includes(sequence) || !availability.engines.includes(key.engine)) {
    return null;
  }
  const search = specDecodeSearch(
    { ...defaultSpecDecodeSelection(availability), sequence, engine: key.engine, asOf: selection.asOf },
    availability,
  );
  return `${specDecodeHref(workload.model, workload.hardware, workload.precision)}${search ? `?${search}` : ''}`;
}

/**
 * Groups the points of one model × sequence into series, keeping only the selected
 * precisions, in `universe` order (GPU, engine, precision, Off before MTP). Every series
 * returned has at least one point; `hidden` says whether the user hid it.
 */
export function groupSeries(input: {
  points: readonly BenchmarkPoint[];
  selection: Pick<InferenceSelection, 'model' | 'sequence' | 'precisions' | 'hidden' | 'asOf'>;
  universe: readonly SeriesKey[];
  manifest: Manifest;
  specs: GpuSpecs;
}): InferenceSeries[] {
  const { points, selection, universe, manifest, specs } = input;
  const groups = new Map<string, { key: SeriesKey; points: BenchmarkPoint[] }>();
  for (const point of points) {
    if (!selection.precisions.includes(point.precision)) continue;
    const key: SeriesKey = {
      hardware: point.hardware,
      engine: point.engine,
      specMethod: point.specMethod,
      precision: point.precision,
    };
    const id = JSON.stringify([key.hardware, key.engine, key.specMethod, key.precision]);
    const group = groups.get(id) ?? { key, points: [] };
    group.points.push(point);
    groups.set(id, group);
  }
  // Points outside the manifest's universe cannot happen with shipped data; they sort last, not vanish.
  const order = (key: SeriesKey) => {
    const i = universe.findIndex((u) => sameSeries(u, key));
    return i === -1 ? universe.length : i;
  };
  const styleOrder: StyleOrder = {
    hardware: manifest.hardware,
    precisions: manifest.precisions.map((p) => p.key),
    universe,
  };
  const present = [...groups.values()].sort((a, b) => order(a.key) - order(b.key));
  const has = (key: SeriesKey) => present.some((g) => sameSeries(g.key, key));
  const withPrecision = selection.precisions.length > 1;
  return present.map(({ key, points: own }) => {
    const twin = { ...key, specMethod: key.specMethod === 'mtp' ? 'none' : 'mtp' } as const;
    return {
      key,
      token: seriesToken(key, universe),
      label: seriesLabel(key, manifest, withPrecision),
      configLabel: configLabel(key, manifest, withPrecision),
      gpuLabel: labelOf(manifest.hardware, key.hardware),
      vendor: manifest.hardware.find((h) => h.key === key.hardware)?.vendor ?? '',
      points: own,
      hidden: selection.hidden.some((h) => sameSeries(h, key)),
      look: seriesLook(key, styleOrder),
      specDecodeHref: has(twin) ? twinHref(key, selection, manifest, specs, selection.sequence) : null,
      specDecodeLabel: `${labelOf(manifest.hardware, key.hardware)} ${labelOf(manifest.precisions, key.precision)} on ${labelOf(manifest.engines, key.engine)}`,
    };
  });
}
