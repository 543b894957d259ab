import { useMemo, useState } from 'react';
import { Notice } from '../../components/notice';
import type { Manifest } from '../../data/schema';
import { FORMAT_LABELS, type ParsedOwnFile } from '../../data/own/records';
import { newOwnFileId, type OwnFile } from '../../data/own/store';
import { DERIVATIONS } from '../../data/own/to-points';
import { draftToSetup, ownFileRecord, type SetupDraft } from './draft';
import { SetupForm } from './setup-form';
import { usePlacement } from './use-placement';

export interface FileMeta {
  name: string;
  bytes: number;
}

interface ReadReportProps {
  meta: FileMeta;
  parsed: ParsedOwnFile;
  manifest: Manifest;
  initial: SetupDraft;
  adding: boolean;
  /** The record to keep, and where it is drawn in words ("DeepSeek-R1-0528 1k/1k"). */
  onAdd: (file: OwnFile, where: string) => void;
  onCancel: () => void;
}

/**
 * What a read file holds: its format, every problem by row and field, how many runs are kept
 * with the setup as filled in so far, the form, and how the figures are derived.
 */
export function ReadReport({ meta, parsed, manifest, initial, adding, onAdd, onCancel }: ReadReportProps) {
  const [draft, setDraft] = useState(initial);
  const [id] = useState(newOwnFileId);
  const checked = useMemo(() => draftToSetup(draft), [draft]);
  // With a complete setup, the runs are placed (and checked by the shipped schema) as they would be kept.
  const { placed, checking } = usePlacement(parsed, checked.ok ? checked.setup : null, id);
  const preview = useMemo(
    () =>
      checked.ok && placed
        ? ownFileRecord({ id, ...meta, addedAt: '', parsed, model: checked.model, setup: checked.setup, placed })
        : null,
    [checked, id, meta, parsed, placed],
  );
  const problems = preview?.file.problems ?? parsed.problems;
  const kept = preview?.file.points.length ?? parsed.records.length;
  const nothing = parsed.records.length === 0 || (preview !== null && kept === 0);
  const label = (list: readonly { key: string; label?: string; displayName?: string }[], key: string) => {
    const item = list.find((x) => x.key === key);
    return item?.displayName ?? item?.label ?? key;
  };
  return (
    <div className="own-report" data-testid="own-report">
      <p>
        <strong>{meta.name}</strong>: <span data-testid="own-format">{FORMAT_LABELS[parsed.format]}</span>.{' '}
        <span data-testid="own-kept">
          {kept} of {parsed.runsRead} run{parsed.runsRead === 1 ? '' : 's'} kept
        </span>
        {problems.length > 0 &&
          `; ${problems.length} problem${problems.length === 1 ? '' : 's'}, those runs are not used`}
        .
        {checking && (
          <span className="muted" role="status" data-testid="own-checking">
            {' '}
            Checking the runs with this setup…
          </span>
        )}
      </p>
      {problems.length > 0 && (
        <ul data-testid="own-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {preview?.warnings.map((w) => (
        <p key={w} className="muted" data-testid="own-warning">
          Note: {w}.
        </p>
      ))}
      {nothing ? (
        <Notice tone="error" title={`No run of ${meta.name} can be used`}>
          <p>Nothing from it is added; the chart shows the published data and your other files as before.</p>
        </Notice>
      ) : (
        <SetupForm
          draft={draft}
          onChange={setDraft}
          manifest={manifest}
          problems={checked.ok ? [] : checked.problems}
          adding={adding || checking}
          onCancel={onCancel}
          onAdd={() =>
            preview &&
            checked.ok &&
            onAdd(
              { ...preview.file, addedAt: new Date().toISOString() },
              `${label(manifest.models, checked.model)} ${label(manifest.sequences, checked.setup.sequence)}`,
            )
          }
        />
      )}
      <details>
        <summary>How the figures are derived</summary>
        <ul data-testid="own-derivations">
          {DERIVATIONS.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
