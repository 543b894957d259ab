import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { DataError } from '../../components/data-error';
import { useDocumentTitle } from '../../components/use-document-title';
import { PlainAddressNotice } from '../../components/plain-address-notice';
import { formatCount } from '../../domain/format';
import { Skeleton } from '../../components/skeleton';
import { ingestReportQuery, manifestQuery } from '../../data/queries';
import { buildCatalogViewModel, type CatalogViewModel } from './catalog-view-model';

export function CatalogPage() {
  useDocumentTitle('What the benchmark data holds');
  const manifest = useQuery(manifestQuery());
  const report = useQuery(ingestReportQuery());
  const viewModel = useMemo(
    () => (manifest.data ? buildCatalogViewModel(manifest.data, report.data ?? null) : null),
    [manifest.data, report.data],
  );
  return (
    <section className="page" aria-labelledby="catalog-title">
      <h1 id="catalog-title">What the benchmark data holds</h1>
      <PlainAddressNotice />
      <p className="lede">
        Isoline compares LLM inference setups at the responsiveness users need: throughput per GPU, cost per million
        tokens and tokens per megawatt, at matched interactivity (tok/s/user).
      </p>
      {manifest.isError && (
        <DataError
          error={manifest.error}
          consequence="The catalog cannot be shown without it."
          onRetry={() => void manifest.refetch()}
        />
      )}
      {manifest.isPending && <Skeleton label="Loading the catalog" lines={8} />}
      {viewModel && <CatalogContent viewModel={viewModel} />}
    </section>
  );
}

function CatalogContent({ viewModel: vm }: { viewModel: CatalogViewModel }) {
  return (
    <>
      <dl className="stats" aria-label="Dataset summary">
        <Stat label="Points in the latest view" value={formatCount(vm.pointCount)} testId="stat-points" />
        <Stat label="Points in the history" value={formatCount(vm.historyPointCount)} testId="stat-history" />
        <Stat label="Models" value={String(vm.models.length)} testId="stat-models" />
        <Stat label="GPUs" value={String(vm.vendors.reduce((n, g) => n + g.hardware.length, 0))} testId="stat-gpus" />
        <Stat label="Engines" value={String(vm.engines.length)} testId="stat-engines" />
        <Stat label="Run dates" value={`${vm.dateRange.first} – ${vm.dateRange.last}`} testId="stat-dates" />
      </dl>
      <p className="muted" data-testid="ingest-summary">
        {formatCount(vm.rowsRead)} rows read; {formatCount(vm.pointCount)} points in the latest view (on{' '}
        {vm.dateRange.distinct} distinct run dates), {formatCount(vm.historyPointCount)} in the history;{' '}
        {vm.rejectedCount} rejected, {formatCount(vm.duplicateCount)} duplicates removed, {vm.olderRunCount} older runs
        of a line kept as history only.
      </p>
      {vm.fileNotes.map((n) => (
        <p className="muted" key={n.file + n.note}>
          {n.file}: {n.note}
        </p>
      ))}
      {vm.ingestNotes && vm.ingestNotes.length > 0 && <IngestNotes notes={vm.ingestNotes} />}
      <CatalogFacets vm={vm} />
      <ComparisonList vm={vm} />
    </>
  );
}

function IngestNotes({ notes }: { notes: NonNullable<CatalogViewModel['ingestNotes']> }) {
  const flagged = notes.filter((n) => n.kind === 'flagged').length;
  return (
    <details className="ingest-notes" data-testid="ingest-notes">
      <summary>
        {notes.length} row{notes.length === 1 ? '' : 's'} with a note from the ingest
        {flagged > 0 && ` (${flagged} kept with an inferred GPU count)`}
      </summary>
      <ul>
        {notes.map((n) => (
          <li key={`${n.kind}-${n.file}-${n.index}`}>
            <strong>{n.kind}</strong> {n.file} row {n.index}: {n.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

function CatalogFacets({ vm }: { vm: CatalogViewModel }) {
  return (
    <div className="grid-cards">
      <article className="card">
        <h2>Models</h2>
        <ul>
          {vm.models.map((m) => (
            <li key={m.key}>
              {m.displayName} <span className="muted">· {formatCount(m.pointCount)} points</span>
            </li>
          ))}
        </ul>
        <h2>Sequences</h2>
        <ul>
          {vm.sequences.map((s) => (
            <li key={s.key}>
              {s.label}{' '}
              <span className="muted">
                · {formatCount(s.isl)} in / {formatCount(s.osl)} out · {s.pointCount} points
              </span>
            </li>
          ))}
        </ul>
        <h2>Precisions</h2>
        <ul>
          {vm.precisions.map((p) => (
            <li key={p.key}>
              {p.label} <span className="muted">· {p.pointCount} points</span>
            </li>
          ))}
        </ul>
      </article>
      <article className="card">
        <h2>GPUs</h2>
        {vm.vendors.map((group) => (
          <section key={group.vendor} aria-label={group.vendor}>
            <h3>{group.vendor}</h3>
            <ul data-testid={`vendor-${group.vendor}`}>
              {group.hardware.map((h) => (
                <li key={h.key}>
                  {h.label}{' '}
                  <span className="muted">
                    · {h.arch} · {h.pointCount} points
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </article>
      <article className="card">
        <h2>Engines</h2>
        <ul>
          {vm.engines.map((e) => (
            <li key={e.key}>
              {e.label} <span className="muted">· {e.pointCount} points</span>
            </li>
          ))}
        </ul>
      </article>
    </div>
  );
}

function ComparisonList({ vm }: { vm: CatalogViewModel }) {
  const sequenceLabel = (key: string) => vm.sequences.find((s) => s.key === key)?.label ?? key;
  return (
    <section aria-labelledby="comparisons-title">
      <h2 id="comparisons-title">Speculative decoding: MTP vs Off ({vm.comparisons.length} comparisons)</h2>
      <p className="muted">Every model, GPU and precision measured both with and without multi-token prediction.</p>
      <ul className="comparison-list" data-testid="comparison-list">
        {vm.comparisons.map((c) => (
          <li key={c.href}>
            <Link to={c.href}>
              {c.hardwareLabel} {c.precisionLabel}: MTP vs Off
            </Link>{' '}
            <span className="muted">
              · {c.modelName} · {c.sequences.map(sequenceLabel).join(', ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
