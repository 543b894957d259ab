import { downloadCsv } from '../../components/download';
import { Notice } from '../../components/notice';
import { formatTokPerSecPerUser } from '../../domain/format';
import type { ComparisonModel } from './comparison-model';
import { PinnedTable } from './pinned-table';
import { sparseWarnings } from './sparse';
import { TargetEditor } from './target-editor';

interface MatchedTableProps {
  comparison: ComparisonModel;
  band: { lo: number; hi: number };
  /** What the caption names before the targets, e.g. "MI355X FP4, DeepSeek-R1-0528, 8k/1k". */
  workload: string;
  /** Where the cost figures come from, e.g. "Owning – Hyperscaler, set A". */
  costSource: string;
  /** The CSV's name: what the table compares (see `csvFileName`). */
  fileName: string;
  onPinTargets: (targets: number[] | null) => void;
}

/** The pinned table at the comparison's targets, with the editor that changes them and what it rests on little data. */
export function MatchedTable({ comparison: c, band, workload, costSource, fileName, onPinTargets }: MatchedTableProps) {
  const targets = c.targets.values.map((t) => formatTokPerSecPerUser(t)).join(' / ');
  const caption = `${workload}: ${c.a.label} vs ${c.b.label} at ${targets} tok/s/user (cost: ${costSource})`;
  const sparse = sparseWarnings(c);
  return (
    <>
      {sparse.length > 0 && (
        <Notice tone="warning" title="Little data behind some of these numbers">
          <ul data-testid="sparse-warnings">
            {sparse.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </Notice>
      )}
      <PinnedTable caption={caption} labelA={c.a.label} labelB={c.b.label} targets={c.targets.values} rows={c.table} />
      <TargetEditor
        targets={c.targets.values}
        band={band}
        pinned={c.targets.source === 'pinned'}
        onPinTargets={onPinTargets}
      />
      <p className="row">
        <button
          type="button"
          className="button-quiet"
          onClick={() =>
            void import('./table-csv').then((m) => downloadCsv(fileName, m.comparisonTableCsv(c, caption)))
          }
        >
          Download table (CSV)
        </button>
        <span className="muted">Shown and unrounded values; the address of this page reproduces the view.</span>
      </p>
    </>
  );
}
