import { curveEnvelope, type EnvelopeOptions, type EnvelopeSegment, type SideCurve } from '../../math';

/** Each curve's number in the keys below (a series' curve is one object while its side is kept: `sideOf`). */
const curveIds = new WeakMap<SideCurve, number>();
let nextCurveId = 0;
const idOf = (curve: SideCurve) => {
  let id = curveIds.get(curve);
  if (id === undefined) curveIds.set(curve, (id = nextCurveId++));
  return id;
};

/** Envelopes of the last views, by spline, direction, and the curves with their weights in order. */
const envelopes = new Map<string, readonly EnvelopeSegment[]>();
const ENVELOPES_KEPT = 64;

/**
 * `curveEnvelope(curves, options)`, kept for the views that follow: the envelope is a pure
 * function of the curve objects, the weights and the options, and compares every pair of curves
 * per knot interval, the costliest step of a "best per GPU" chart and of /rank's lead. A switch
 * back to a metric shown before (or another metric read on the same spline with the same
 * weights) finds it here. The segments are shared: callers must not change them.
 */
export function keptEnvelope(curves: readonly SideCurve[], options: EnvelopeOptions = {}): readonly EnvelopeSegment[] {
  const weights = options.weights;
  const key = `${options.series ?? ''}|${options.prefer ?? ''}|${curves
    .map((c, i) => `${idOf(c)}*${weights ? String(weights[i]) : ''}`)
    .join(',')}`;
  let envelope = envelopes.get(key);
  if (envelope === undefined) {
    envelope = curveEnvelope(curves, options);
    if (envelopes.size >= ENVELOPES_KEPT) envelopes.delete(envelopes.keys().next().value!);
  } else envelopes.delete(key);
  // Most recently used last, so the oldest is the first to go.
  envelopes.set(key, envelope);
  return envelope;
}
