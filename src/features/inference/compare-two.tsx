import { csvFileName } from '../../components/download';
import { Link } from 'react-router';
import { Notice } from '../../components/notice';
import { Select } from '../../components/select';
import { seriesToken, type SeriesKey } from '../../state/inference-series-key';
import type { InferenceSelection } from '../../state/pages/inference';
import { MatchedTable } from '../compare/matched-table';
import { BandNotes, ResultInWords } from '../compare/comparison-words';
import type { ComparedEntry, CompareTwoView } from './own-compare';
import type { OwnSeries } from './own-series';
import type { useOwnCompare } from './use-own-compare';
import type { InferenceViewModel } from './view-model';

interface CompareTwoProps {
  viewModel: InferenceViewModel;
  selection: InferenceSelection;
  universe: readonly SeriesKey[];
  /** Your series of this model and sequence, listed under "Your data". */
  own: readonly OwnSeries[];
  compare: ReturnType<typeof useOwnCompare>;
}

const NONE = '';

/** Picks two series (published or yours) and compares them at matched interactivity with the comparison pages' engine and table. */
export function CompareTwo({ viewModel: vm, selection, universe, own, compare }: CompareTwoProps) {
  const options = [
    { value: NONE, label: '— pick a series —' },
    ...vm.series.map((s) => ({ value: s.token, label: s.label })),
    ...own.map((s) => ({ value: s.id, label: s.label, group: 'Your data' })),
  ];
  const valueOf = (side: 'a' | 'b') => {
    const mine = side === 'a' ? compare.ownA : compare.ownB;
    const key = side === 'a' ? selection.compareA : selection.compareB;
    return mine ?? (key ? seriesToken(key, universe) : NONE);
  };
  const picker = (side: 'a' | 'b') => {
    const token = valueOf(side);
    // The other side's series is shown but cannot be picked: a pair is two series, and
    // arrowing through the list must never swap or clear the other side.
    const otherToken = valueOf(side === 'a' ? 'b' : 'a');
    const listed = options.map((o) =>
      o.value !== NONE && o.value === otherToken
        ? { ...o, label: `${o.label} (Series ${side === 'a' ? 'B' : 'A'})`, disabled: true }
        : o,
    );
    const known = options.some((o) => o.value === token);
    return (
      <Select
        label={`Series ${side.toUpperCase()}`}
        value={token}
        options={known ? listed : [...listed, { value: token, label: `${token} (not measured here)` }]}
        onChange={(value) =>
          compare.pick(
            side,
            own.some((s) => s.id === value)
              ? { kind: 'own', id: value }
              : { kind: 'published', key: vm.series.find((s) => s.token === value)?.key ?? null },
          )
        }
      />
    );
  };
  const bothPicked = valueOf('a') !== NONE && valueOf('b') !== NONE;
  return (
    <section aria-labelledby="compare-title" data-testid="compare-two">
      <h2 id="compare-title">Compare two series at matched interactivity</h2>
      <p className="muted">
        Pick any two series (say two GPUs on their best engine, or FP8 against FP4, or your data against the published
        one). They are compared at the same interactivity (tok/s/user) — the question every comparison page asks —
        whatever the chart’s x axis shows.
      </p>
      <div className="controls" role="group" aria-label="Compared series">
        {picker('a')}
        {picker('b')}
        <button type="button" className="button-quiet" onClick={compare.swap} disabled={!bothPicked}>
          Swap A and B
        </button>
      </div>
      {compare.twinMissing && (
        <Notice tone="info" title="No published series to put yours against">
          <p data-testid="vs-published-status">{compare.twinMissing}</p>
        </Notice>
      )}
      <CompareResult compare={compare.view} vm={vm} selection={selection} onPinTargets={compare.onPinTargets} />
    </section>
  );
}

/** Links to the MTP-vs-Off pages of the compared series, once per page. */
function TwinLinks({ series }: { series: ComparedEntry[] }) {
  const pages = new Map<string, string>();
  for (const s of series) if (s.specDecodeHref) pages.set(s.specDecodeHref, s.specDecodeLabel);
  return [...pages.entries()].map(([href, label]) => (
    <li key={href}>
      MTP and Off were both measured for {label}: <Link to={href}>the MTP vs Off page for it</Link>.
    </li>
  ));
}

function CompareResult({
  compare,
  vm,
  selection,
  onPinTargets,
}: {
  compare: CompareTwoView;
  vm: InferenceViewModel;
  selection: InferenceSelection;
  onPinTargets: (targets: number[] | null) => void;
}) {
  switch (compare.status) {
    case 'none':
      return null;
    case 'incomplete':
      return <p data-testid="compare-status">{compare.pickedLabel} is picked; pick a second series to compare.</p>;
    case 'missing':
      return (
        <Notice tone="info" title="A picked series has no points here">
          <p data-testid="compare-status">
            {compare.missingLabels.join(' and ')} {compare.missingLabels.length === 1 ? 'has' : 'have'} no measured
            points for {vm.modelName} at {vm.sequenceLabel} in {vm.precisionsLabel}. Pick another series, sequence or
            precision.
          </p>
        </Notice>
      );
    case 'ready':
      break;
  }
  const { a, b, model: c } = compare;
  const band = c.band.kind === 'overlap' ? c.band : null;
  return (
    <>
      <BandNotes comparison={c} noOverlapTitle="These two series do not overlap" />
      {band && (
        <>
          <MatchedTable
            comparison={c}
            band={band}
            workload={`${vm.modelName}, ${vm.sequenceLabel}`}
            costSource={vm.price.source}
            fileName={csvFileName([
              selection.model,
              compare.a.label,
              'vs',
              compare.b.label,
              selection.sequence,
              vm.metric.key,
              selection.asOf && `as-of-${selection.asOf}`,
            ])}
            onPinTargets={onPinTargets}
          />
          {compare.own && (
            <p className="muted" data-testid="own-not-in-links">
              Your data is not in links: this link opens the published part.
            </p>
          )}
          <ResultInWords comparison={c} />
        </>
      )}
      <ul className="caveats">
        {compare.caveats.map((text) => (
          <li key={text}>{text}</li>
        ))}
        {[a, b]
          .filter((s) => s.hidden)
          .map((s) => (
            <li key={s.token}>{s.label} is hidden on the chart; the comparison does not depend on what is shown.</li>
          ))}
        <TwinLinks series={[a, b]} />
        {vm.xAxis.key !== 'interactivity' && (
          <li>
            The chart’s x axis is {vm.xAxis.label}; the band, targets and crossovers are marked only on the
            interactivity axis.
          </li>
        )}
      </ul>
    </>
  );
}
