import type { GpuAssumptions } from '../../domain/metrics';

/** The assumptions a page's cost and power figures use: "$1.48/GPU-hour (Owning – Hyperscaler), 2.65 kW per GPU all-in, from cost and power set A (valid …". */
export function AssumedPriceAndPower({
  gpu,
  assumptions: a,
}: {
  gpu: string;
  assumptions: GpuAssumptions & { setId: string; tierLabel: string; validity: string };
}) {
  return (
    <>
      {gpu}: {a.usdPerGpuHour === null ? 'no price' : `$${a.usdPerGpuHour}/GPU-hour`} ({a.tierLabel}),{' '}
      {a.kwPerGpu === null ? 'no power figure' : `${a.kwPerGpu} kW per GPU all-in`}, from cost and power set {a.setId}{' '}
      (valid {a.validity}
    </>
  );
}
