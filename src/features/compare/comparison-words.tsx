import { Notice } from '../../components/notice';
import type { ComparisonModel } from './comparison-model';
import { bandSummary, crossoverSummary, metricCrossoverSummary, rejectedTargetsSummary } from './summaries';

/** Where the two sides can be compared (a notice when nowhere), and targets that were not used. */
export function BandNotes({ comparison: c, noOverlapTitle }: { comparison: ComparisonModel; noOverlapTitle: string }) {
  const rejected = rejectedTargetsSummary(c);
  return (
    <>
      {c.band.kind === 'none' ? (
        <Notice tone="info" title={noOverlapTitle}>
          <p data-testid="band-summary">{bandSummary(c)}</p>
        </Notice>
      ) : (
        <p data-testid="band-summary">{bandSummary(c)}</p>
      )}
      {rejected && (
        <Notice tone="warning" title="Some targets were not used">
          <p>{rejected}</p>
        </Notice>
      )}
    </>
  );
}

/** The engine's sentence for each target, the throughput crossovers and the selected metric's. */
export function ResultInWords({ comparison: c }: { comparison: ComparisonModel }) {
  const metricCrossovers = metricCrossoverSummary(c);
  return (
    <>
      <ul className="sentences" data-testid="sentences">
        {c.sentences.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p data-testid="crossover-summary">{crossoverSummary(c)}</p>
      {metricCrossovers && <p data-testid="metric-crossover-summary">{metricCrossovers}</p>}
    </>
  );
}
