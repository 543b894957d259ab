/**
 * Matched-interactivity comparison engine. Pure functions only: no React, DOM, fetch or
 * string formatting. Nothing exported here returns NaN or ±Infinity, except `inverseLatencyX`,
 * which hands an unusable latency on as NaN for `computeFrontier` to exclude.
 *
 * The engine's x (`EngineX`, see `types.ts`) is interactivity in tok/s/user or 1/latency in
 * 1/s; make it with `interactivityX` or `inverseLatencyX`, never from a plain number.
 */
export type { Band, Direction, EngineX, Range, Side, SidePoint } from './types.ts';
export { interactivityX, inverseLatencyX } from './engine-x.ts';
export { computeFrontier } from './frontier.ts';
export type { ExcludedPoint, ExclusionReason, FrontierResult } from './frontier.ts';
export { createMonotoneSpline, sampleSpline } from './spline.ts';
export type { MonotoneSpline } from './spline.ts';
export { endTangent, steffenInteriorTangent, steffenTangents } from './tangents.ts';
export { createSideCurve } from './side-curve.ts';
export type { SideCurve, SideSplines, SideValues } from './side-curve.ts';
export { joulesPerToken, tokPerSecPerMegawatt, usdPerMillionTokens } from './derived.ts';
export { bandLabelBounds, frontierRange, overlapBand } from './band.ts';
export {
  checkTargets,
  defaultTargets,
  MAX_TARGET_TOK_PER_SEC_PER_USER,
  MAX_TARGETS,
  parseTargetList,
} from './targets.ts';
export type { RejectedTarget, TargetCheck, TargetListParse, TargetRejection } from './targets.ts';
export { relativeDelta, TIE_FRACTION } from './delta.ts';
export type { RelativeDelta } from './delta.ts';
export { compareAt, METRIC_DIRECTIONS } from './compare.ts';
export type {
  ComparedMetric,
  Comparison,
  CostPowerAssumptions,
  OutOfRangeReason,
  SideComparison,
  SideMetrics,
  SideOutOfRange,
} from './compare.ts';
export { findCrossovers } from './crossover.ts';
export type { Crossover, CrossoverOptions } from './crossover.ts';
export { curveEnvelope } from './envelope.ts';
export type { EnvelopeOptions, EnvelopeSegment } from './envelope.ts';
