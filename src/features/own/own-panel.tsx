import { useContext, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { Notice } from '../../components/notice';
import { BuildTimeRender } from '../../components/use-after-first-commit';
import type { Manifest, SequenceKey } from '../../data/schema';
import { newOwnFileId } from '../../data/own/store';
import { FORMAT_LABELS, type ParsedOwnFile } from '../../data/own/records';
import type { OwnViewState } from '../../data/own/view-file';
import { labelFromName, prefillDraft } from './draft';
import type { OwnFit } from './own-fit';
import { DropZone } from './drop-zone';
import { OwnFilesList } from './own-files-list';
import { OWN_RESULTS_NEED_SCRIPT } from './own-panel-fallback';
import { ownStorageAvailable, useOwnFileActions, useOwnFiles } from './queries';
import { readOwnFile } from './read-file';
import { ReadReport, type FileMeta } from './read-report';
import { rowsFileRecord } from './rows-file';
import { downloadViewFile, NO_OWN_VIEW, useRestoreView } from './use-view-file';
import './own.css';

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; done: number }
  | { kind: 'failed'; name: string; message: string }
  | { kind: 'read'; meta: FileMeta; parsed: ParsedOwnFile; token: number }
  | { kind: 'rows-failed'; name: string; problems: string[] }
  | { kind: 'view-failed'; name: string; problems: string[] }
  | { kind: 'added'; message: string };

interface PanelProps {
  manifest: Manifest;
  /** The page's model and sequence: the form's defaults when the file does not say. */
  model: string;
  sequence: SequenceKey;
  /** Puts a file (of this model and sequence) against the published series of its setup in compare-two. */
  onVsPublished?: (fileId: string) => void;
  /** Which files the page shows and why the others are not (`fitOwnFiles`). */
  fit?: OwnFit;
  /** Your data's part of the view (compared sides, their targets, hidden series), for "Download view". */
  viewState?: OwnViewState;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * "Add your results": read a result file in a worker, say what was found and what was wrong,
 * ask what the file cannot tell, and keep it in this browser; list the kept files.
 */
export function OwnResultsPanel({ manifest, model, sequence, onVsPublished, fit, viewState }: PanelProps) {
  const { files, error } = useOwnFiles();
  const { add, remove, removeAll } = useOwnFileActions();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const reading = useRef(0);
  const storage = ownStorageAvailable();
  // Written at build time the page cannot know this browser's storage or files: it says what it needs.
  const atBuild = useContext(BuildTimeRender);
  const location = useLocation();
  const restore = useRestoreView();

  const read = async (file: File) => {
    const token = ++reading.current;
    setStage({ kind: 'reading', name: file.name, done: 0 });
    const outcome = await readOwnFile(file, (done) => {
      if (reading.current === token) setStage({ kind: 'reading', name: file.name, done });
    });
    if (reading.current !== token) return;
    const meta = { name: file.name, bytes: file.size };
    if (outcome.kind === 'error') setStage({ kind: 'failed', name: file.name, message: outcome.message });
    else if (outcome.kind === 'view-invalid')
      setStage({ kind: 'view-failed', name: file.name, problems: outcome.problems });
    else if (outcome.kind === 'view') {
      const { view } = outcome;
      await restore(view);
      setStage({
        kind: 'added',
        message: `Restored the view of ${file.name}: ${view.files.length} file${view.files.length === 1 ? '' : 's'} of yours and the page as it was.`,
      });
    } else if (outcome.kind === 'parsed') setStage({ kind: 'read', meta, parsed: outcome.parsed, token });
    else {
      // InferenceX rows say their whole setup: they are kept at once, labelled with the file name.
      const record = rowsFileRecord({
        id: newOwnFileId(),
        ...meta,
        addedAt: new Date().toISOString(),
        rows: outcome.rows,
        label: labelFromName(file.name),
      });
      if ('problems' in record && !('points' in record)) {
        setStage({ kind: 'rows-failed', name: file.name, problems: record.problems });
        return;
      }
      if ('points' in record) {
        add.mutate(record, {
          onSuccess: () =>
            setStage({
              kind: 'added',
              message: `Added ${file.name} (${FORMAT_LABELS['inferencex-rows']}): ${record.points.length} of ${record.runsRead} rows kept${record.problems.length > 0 ? `; not kept: ${record.problems.join('; ')}` : ''}.`,
            }),
        });
      }
    }
  };

  return (
    <section className="card own-panel" aria-labelledby="own-title" data-testid="own-panel">
      <h2 id="own-title">Add your results</h2>
      <p data-testid="own-privacy">
        Your data stays in this browser and is never sent anywhere: it is kept here (IndexedDB) until you remove it.
        Your data is not in links: a link of this view opens the published part.
      </p>
      {atBuild ? (
        <p className="muted">{OWN_RESULTS_NEED_SCRIPT}</p>
      ) : !storage ? (
        <Notice tone="info" title="This browser keeps no files">
          <p>It offers no IndexedDB storage, so your results cannot be added here; the published data is unchanged.</p>
        </Notice>
      ) : (
        <DropZone onFile={read} busy={stage.kind === 'reading'} />
      )}
      {stage.kind === 'reading' && (
        <p role="status" data-testid="own-progress">
          Reading {stage.name}… <progress max={1} value={stage.done} aria-label={`Reading ${stage.name}`} />
        </p>
      )}
      {stage.kind === 'failed' && (
        <Notice tone="error" title={`${stage.name} could not be read`}>
          <p data-testid="own-error">
            {stage.message} Nothing from it is shown; the chart shows the published data and your other files as before.
          </p>
        </Notice>
      )}
      {stage.kind === 'rows-failed' && (
        <Notice tone="error" title={`No row of ${stage.name} could be used`}>
          <ul data-testid="own-problems">
            {stage.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <p>Nothing from it is shown.</p>
        </Notice>
      )}
      {stage.kind === 'view-failed' && (
        <Notice tone="error" title={`${stage.name} is a view file that cannot be restored`}>
          <ul data-testid="own-problems">
            {stage.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <p>Nothing from it is added.</p>
        </Notice>
      )}
      {stage.kind === 'read' && (
        <ReadReport
          key={stage.token}
          meta={stage.meta}
          parsed={stage.parsed}
          manifest={manifest}
          initial={prefillDraft(stage.parsed, {
            fileName: stage.meta.name,
            models: manifest.models,
            pageModel: model,
            pageSequence: sequence,
            today: today(),
          })}
          adding={add.isPending}
          onAdd={(file, where) =>
            add.mutate(file, {
              onSuccess: () =>
                setStage({
                  kind: 'added',
                  message: `Added ${file.setup.label}: ${file.points.length} run${file.points.length === 1 ? '' : 's'}, drawn at ${where}.`,
                }),
            })
          }
          onCancel={() => setStage({ kind: 'idle' })}
        />
      )}
      {stage.kind === 'added' && (
        <p role="status" data-testid="own-added">
          {stage.message}
        </p>
      )}
      {(add.error ?? error) && (
        <Notice tone="error" title="Your files could not be stored or read">
          <p>{String((add.error ?? error)?.message)} The published data is unchanged.</p>
        </Notice>
      )}
      {fit && fit.summary.length > 0 && (
        <p role="status" data-testid="own-fit-summary">
          {fit.summary.join('; ')}.
        </p>
      )}
      {!atBuild && (
        <OwnFilesList
          files={files}
          apart={fit && new Map(fit.apart.map((a) => [a.file.id, a.reason]))}
          manifest={manifest}
          onRemove={(id) => remove.mutate(id)}
          onRemoveAll={() => removeAll.mutate()}
          here={{ model, sequence }}
          onVsPublished={onVsPublished}
          busy={remove.isPending || removeAll.isPending}
        />
      )}
      {files.length > 0 && (location.pathname === '/inference' || location.pathname === '/rank') && (
        <p className="row">
          <button
            type="button"
            className="button-quiet"
            onClick={() =>
              downloadViewFile(
                { path: location.pathname as '/inference' | '/rank', search: location.search },
                viewState ?? NO_OWN_VIEW,
                files,
                today(),
              )
            }
          >
            Download view
          </button>
          <span className="muted">
            A file with your data (as read, with the form’s answers) and this page’s choices; add it here again, in any
            browser, to restore this view.
          </span>
        </p>
      )}
    </section>
  );
}
