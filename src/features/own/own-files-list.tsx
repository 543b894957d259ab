import type { Manifest } from '../../data/schema';
import type { OwnFile } from '../../data/own/store';
import { FORMAT_LABELS } from '../../data/own/records';

interface ListProps {
  files: readonly OwnFile[];
  manifest: Pick<Manifest, 'models' | 'sequences'>;
  onRemove: (id: string) => void;
  onRemoveAll: () => void;
  busy: boolean;
  /** The page's model and sequence: only files of them can be compared here. */
  here: { model: string; sequence: string };
  /** Puts a file against the published series of its setup ("vs published"); no button without it. */
  onVsPublished?: (id: string) => void;
  /** Why a file is not shown on this page, by file id (`fitOwnFiles`); shown files are absent. */
  apart?: ReadonlyMap<string, string>;
}

/** Your kept files, each with what it holds, a "vs published" when it is of the page's model and sequence, and a "Remove"; "Remove all" clears them. */
export function OwnFilesList({ files, manifest, onRemove, onRemoveAll, busy, here, onVsPublished, apart }: ListProps) {
  if (files.length === 0) return <p className="muted">No file of yours is kept in this browser.</p>;
  const label = (list: readonly { key: string; displayName?: string; label?: string }[], key: string) => {
    const item = list.find((x) => x.key === key);
    return item?.displayName ?? item?.label ?? key;
  };
  return (
    <div data-testid="own-files">
      <h3>Your files</h3>
      <ul className="own-files">
        {files.map((f) => (
          <li key={f.id} data-testid="own-file">
            <strong>{f.setup.label}</strong>
            <span>
              {f.name} · {FORMAT_LABELS[f.format]} · {label(manifest.models, f.model)}{' '}
              {label(manifest.sequences, f.sequence)} · {f.points.length} of {f.runsRead} runs kept
              {f.problems.length > 0 && ` · ${f.problems.length} not kept`}
            </span>
            {apart?.has(f.id) && (
              <span className="muted" data-testid="own-file-apart">
                Not shown here: {apart.get(f.id)}.
              </span>
            )}
            {onVsPublished && f.model === here.model && f.sequence === here.sequence && (
              <button
                type="button"
                className="button-quiet"
                onClick={() => onVsPublished(f.id)}
                aria-label={`${f.setup.label} vs published`}
              >
                vs published
              </button>
            )}
            <button
              type="button"
              className="button-quiet"
              onClick={() => onRemove(f.id)}
              disabled={busy}
              aria-label={`Remove ${f.setup.label} (${f.name})`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button-quiet" onClick={onRemoveAll} disabled={busy}>
        Remove all
      </button>
    </div>
  );
}
