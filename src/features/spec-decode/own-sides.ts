import type { GpuSpecs, Manifest } from '../../data/schema';
import type { OwnFileShown } from '../own/own-fit';
import { inferenceAvailability, modelAvailability } from '../../state/availability';
import { sameSeries, type SeriesKey } from '../../state/inference-series-key';
import { defaultInferenceSelection, inferencePage } from '../../state/pages/inference';
import type { SpecDecodeSelection } from '../../state/pages/spec-decode';

/** One "compare your file with a side of this page" link: /inference's compare-two with your file as A. */
export interface OwnSideLink {
  fileId: string;
  /** "my sweep · your data vs MTP (SGLang)". */
  text: string;
  /** /inference with the page's side as B (your file, never in an address, goes in the navigation state). */
  href: string;
  targets: number[] | null;
}

/**
 * For each of your files of this page's model and sequence, a link per side of the page (MTP,
 * Off) to /inference's compare-two, with the side as series B (its GPU, precision and the page's
 * engine, or each engine the page pools) and your file as A: the same comparison builder as
 * two published series, at this page's targets. A side /inference does not list is left out. Pure.
 */
export function ownSideLinks(input: {
  shown: readonly OwnFileShown[];
  selection: SpecDecodeSelection;
  engines: readonly string[];
  manifest: Manifest;
  specs: GpuSpecs;
}): OwnSideLink[] {
  const { shown, selection, manifest, specs } = input;
  const available = inferenceAvailability(manifest, specs);
  if (!available) return [];
  const universe = modelAvailability(available, selection.model).series;
  const engines = selection.engine === null ? input.engines : [selection.engine];
  const engineLabel = (e: string) => manifest.engines.find((x) => x.key === e)?.label ?? e;
  const base = { ...defaultInferenceSelection(available, selection.model), sequence: selection.sequence };
  const links: OwnSideLink[] = [];
  for (const { file } of shown) {
    for (const specMethod of ['mtp', 'none'] as const) {
      for (const engine of engines) {
        const key: SeriesKey = { hardware: selection.hardware, engine, specMethod, precision: selection.precision };
        if (!universe.some((u) => sameSeries(u, key))) continue;
        const search = inferencePage.serialize({ ...base, compareB: key, best: 'all' }, available);
        links.push({
          fileId: file.id,
          text: `${file.setup.label} · your data vs ${specMethod === 'mtp' ? 'MTP' : 'Off'} (${engineLabel(engine)})`,
          href: `/inference${search ? `?${search}` : ''}`,
          targets: selection.targets,
        });
      }
    }
  }
  return links;
}
