import { describe, expect, it } from 'vitest';
import { gpuSpecsSchema, manifestSchema } from '../../data/schema';
import { assertValid } from '../../data/validate';
import { readShippedJson, shippedRawPoints } from '../../../tests/setup/shipped-data';
import { shippedPoints } from '../../../tests/setup/shipped-data';
import { inferenceAvailability } from '../../state/availability';
import { rankPage } from '../../state/pages/rank';
import { buildRankViewModel } from './rank-view-model';

const manifest = assertValid(manifestSchema, readShippedJson('data/manifest.json'));
const specs = assertValid(gpuSpecsSchema, readShippedJson('data/gpu-specs.json'));
const available = inferenceAvailability(manifest, specs)!;
const points = shippedPoints('8k1k');
const viewModel = (search: string) =>
  buildRankViewModel({ points, selection: rankPage.parse(search, available).selection, available, manifest, specs });

/** Vendor of each GPU, read from the raw manifest JSON. */
const rawHardware = (readShippedJson('data/manifest.json') as { hardware: { key: string; vendor: string }[] }).hardware;
const vendorOf = (key: string) => rawHardware.find((h) => h.key === key)?.vendor;

describe('rank view model: filters and links', () => {
  it('ranks only the filtered setups and says how many points the filter leaves out', () => {
    const vm = viewModel('at=40&vendor=amd');
    const raw = shippedRawPoints<{ hardware: string }>('8k1k');
    const amd = new Set(raw.filter((p) => vendorOf(p.hardware) === 'AMD').map((p) => p.hardware));
    expect(new Set(vm.rank.rows.map((r) => r.hardware))).toEqual(amd);
    expect(vm.filtered).toEqual({
      label: 'AMD GPUs',
      leftOut: raw.filter((p) => vendorOf(p.hardware) !== 'AMD').length,
    });
    expect(viewModel('at=40').filtered).toBeNull();
  });

  it('links each row to /inference comparing its best series with the baseline’s at the target', () => {
    const vm = viewModel('at=40');
    const [leader, second] = vm.rank.rows;
    expect(vm.inferenceLinks.get(second!.id)).toBe(
      `/inference?a=${second!.best!.seriesToken}&b=${leader!.best!.seriesToken}&at=40`,
    );
    // The baseline itself is opened alone.
    expect(vm.inferenceLinks.get(leader!.id)).toBe(`/inference?a=${leader!.best!.seriesToken}`);
  });

  it('carries the metric and filters the rows were ranked on into those links', () => {
    const vm = viewModel('at=40&metric=cost&vendor=amd');
    const link = new URL(vm.inferenceLinks.get(vm.rank.rows[1]!.id)!, 'http://x/');
    expect(link.searchParams.get('metric')).toBe('cost');
    expect(link.searchParams.get('vendor')).toBe('amd');
    expect(link.searchParams.get('at')).toBe('40');
    expect(link.searchParams.has('date')).toBe(false);
    const dated = new URL(viewModel('at=40&date=2026-02-01').inferenceLinks.get(vm.rank.rows[1]!.id)!, 'http://x/');
    expect(dated.searchParams.get('date')).toBe('2026-02-01');
  });
});
