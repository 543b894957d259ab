import { describe, expect, it } from 'vitest';
import { findSpecDecodeComparisons, specDecodeAvailability } from '../../state/availability';
import { defaultSpecDecodeSelection } from '../../state/pages/spec-decode';
import { shippedPoints } from '../../../tests/setup/shipped-data';
import { shippedHistoryPage } from '../../../tests/setup/history-reference';
import { buildSpecDecodeViewModel } from '../spec-decode/view-model';
import { mainEngine, sidesHistoryHrefs } from './history-link';

describe('links from comparison pages to the histories of their sides', () => {
  const { manifest, specs } = shippedHistoryPage('/history/dsv4/mi355x/fp4');
  const comparisons = findSpecDecodeComparisons(manifest);

  it.each(comparisons.map((c) => c.href))('%s: the MTP and Off links open their setup without a correction', (href) => {
    const c = comparisons.find((x) => x.href === href)!;
    const available = specDecodeAvailability(manifest, specs, c)!;
    const selection = defaultSpecDecodeSelection(available);
    const points = shippedPoints(selection.sequence, c.model);
    const vm = buildSpecDecodeViewModel({ points, selection, manifest, specs });
    const hrefs = sidesHistoryHrefs({ ...selection, series: vm.series });
    for (const [spec, link] of [
      ['mtp', hrefs.mtp],
      ['none', hrefs.off],
    ] as const) {
      const page = shippedHistoryPage(link);
      expect({ link, corrections: page.corrections }).toEqual({ link, corrections: [] });
      expect(page.selection).toMatchObject({
        hardware: c.hardware,
        precision: c.precision,
        spec,
        sequence: selection.sequence,
      });
    }
  });

  it('a pooled side follows the engine most of its points ran (ties: by name)', () => {
    expect(mainEngine([{ engine: 'vllm' }, { engine: 'sglang' }, { engine: 'sglang' }])).toBe('sglang');
    expect(mainEngine([{ engine: 'vllm' }, { engine: 'sglang' }])).toBe('sglang');
    expect(mainEngine([])).toBeNull();
  });
});
