/**
 * The choices /inference and /rank share, carried when one page links to the other, so the
 * linked view shows what the first was showing: model, sequence, day, precisions, metric,
 * filters and prices.
 */
export interface ChartChoices<F> {
  model: string;
  sequence: string;
  asOf: string | null;
  precisions: string[];
  metric: string;
  filters: F;
  tier: string;
  usdPerGpuHour: number | null;
  costSet: string;
}

export function carriedChoices<S extends ChartChoices<unknown>>(s: S): Pick<S, keyof ChartChoices<unknown>> {
  const { model, sequence, asOf, precisions, metric, filters, tier, usdPerGpuHour, costSet } = s;
  return { model, sequence, asOf, precisions, metric, filters, tier, usdPerGpuHour, costSet };
}
