import { AssumedPriceAndPower } from '../compare/assumed-price-power';
import { Notice } from '../../components/notice';
import type { SpecDecodeViewModel } from './view-model';
import { BandNotes, ResultInWords } from '../compare/comparison-words';

/** The result in words, the caveats, and the assumptions behind every derived number. */
export function ComparisonFindings({ viewModel: vm }: { viewModel: SpecDecodeViewModel }) {
  const c = vm.comparison;
  return (
    <>
      {c && (
        <section aria-labelledby="findings-title">
          <h2 id="findings-title">What the data says</h2>
          <BandNotes comparison={c} noOverlapTitle="No matched comparison possible" />
          <ResultInWords comparison={c} />
        </section>
      )}
      <section aria-labelledby="caveats-title">
        <h2 id="caveats-title">Caveats</h2>
        <ul className="caveats" data-testid="caveats">
          <li>
            MTP results from different engines are not directly comparable: each engine implements draft-token
            acceptance differently, and acceptance rates depend on the prompts. With all engines pooled, each side's
            frontier takes the best point of any engine; pick one engine to compare like with like.
          </li>
          {vm.caveats.map((text) => (
            <li key={text}>{text}</li>
          ))}
          <li>
            Values between measured points are interpolated along each side's frontier (monotone spline); nothing is
            extrapolated beyond the measured range. Concurrency at a target is an estimate (~N).
          </li>
        </ul>
      </section>
      <section aria-labelledby="assumptions-title">
        <h2 id="assumptions-title">Assumptions</h2>
        <p data-testid="assumptions">
          <AssumedPriceAndPower gpu={vm.hardwareLabel} assumptions={vm.assumptions} />; source: {vm.assumptions.source}
          ). Cost per million tokens = $/GPU-hour × 10⁶ / (3600 × tok/s/GPU); tok/s/MW = tok/s/GPU × 1000 / kW; both
          from the interpolated throughput. Interactivity is measured median tok/s/user (1 / time per output token).
        </p>
        {vm.assumptions.usdPerGpuHour === null && (
          <Notice tone="warning" title="No price for this GPU and tier">
            <p>
              Set {vm.assumptions.setId} has no {vm.assumptions.tierLabel} price for {vm.hardwareLabel}; cost cells show
              “—”.
            </p>
          </Notice>
        )}
      </section>
    </>
  );
}
