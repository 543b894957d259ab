import { describe, expect, it } from 'vitest';
import { publishedFor } from '../../state/history-availability';
import { HISTORY_PAGES, referenceHistory, shippedHistoryPage } from '../../../tests/setup/history-reference';
import { trendCsv } from './trend';
import { buildHistoryViewModel } from './view-model';

// Expected numbers: tests/reference/dated-pinned.json (dated_reference.py, from the raw rows).

function viewModelAt(path: string) {
  const page = shippedHistoryPage(path);
  const published = publishedFor(page.available, page.selection);
  return buildHistoryViewModel({ ...page, published });
}

const close = (actual: number | null | undefined, expected: number) => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected) / Math.abs(expected)).toBeLessThan(1e-9);
};

describe.each(HISTORY_PAGES)('history view model: %s', (path) => {
  const ref = referenceHistory(path);
  const vm = viewModelAt(path);

  it('has one curve per run date, each on that date’s frontier', () => {
    expect(vm.runDates).toEqual(ref.runDates);
    expect(vm.series.map((s) => s.date)).toEqual(ref.runDates);
    for (const s of vm.series) {
      const frontier = s.measured.filter((p) => p.frontier).map((p) => [p.x, p.y]);
      expect(frontier).toHaveLength(ref.frontiers[s.date]!.length);
      frontier.forEach(([x, y], i) => {
        close(x!, ref.frontiers[s.date]![i]![0]);
        close(y!, ref.frontiers[s.date]![i]![1]);
      });
    }
    expect(vm.series.filter((s) => s.newest).map((s) => s.date)).toEqual([ref.runDates.at(-1)]);
  });

  it('trend table: the metric at each target on every date, unreachable where the frontier ends', () => {
    expect(vm.trend.targets).toEqual(ref.trend.map((t) => t.target));
    // Values to 1e-9 relative, changes to 1e-9 percentage points: rounded so the two sides compare equal.
    const tidy = (x: number) => Number(x.toPrecision(10));
    const shown = vm.trend.rows.map((row) =>
      row.cells.map((cell) =>
        cell.status === 'value' ? [tidy(cell.value), tidy(cell.changeFraction * 100 + 100)] : cell.status,
      ),
    );
    const expected = vm.trend.rows.map((row) =>
      ref.trend.map((column) => {
        const c = column.byDate[row.date];
        return c ? [tidy(c.tput), tidy(c.changePct + 100)] : 'unreachable';
      }),
    );
    expect(shown).toEqual(expected);
  });

  it('from/to table: side A = from, side B = to, at the band’s default targets', () => {
    const c = vm.fromTo!;
    expect([vm.from, vm.to]).toEqual([ref.fromTo.from, ref.fromTo.to]);
    expect(c.a.label).toBe(ref.fromTo.from);
    expect(c.b.label).toBe(ref.fromTo.to);
    expect(c.targets.values).toEqual(ref.fromTo.targets);
    ref.fromTo.rows.forEach((row, i) => {
      const cmp = c.comparisons[i]!;
      for (const [side, expected] of [
        [cmp.a, row.A],
        [cmp.b, row.B],
      ] as const) {
        expect(side.status).toBe('in-range');
        if (side.status !== 'in-range' || !expected) continue;
        close(side.tokPerSecPerGpu, expected.tput);
        close(side.usdPerMillionTokens, expected.usd_per_m);
        close(side.tokPerSecPerMegawatt, expected.tok_per_mw);
      }
    });
    const shown = c.table.find((r) => r.key === 'throughput')!.cells.map((cell) => [cell.a, cell.b]);
    expect(shown).toEqual(ref.fromTo.cells.map((cell) => [cell.A.tput, cell.B.tput]));
  });

  it('says each from/to result with the later date first when it is ahead, percent from unrounded values', () => {
    ref.fromTo.rows.forEach((row, i) => {
      const ratio = row.B!.tput / row.A!.tput;
      const percent = `${Math.round((ratio - 1) * 100)}%`;
      expect(ratio).toBeGreaterThan(1.01);
      expect(vm.sentences[i]).toContain(`On ${ref.fromTo.to} it delivers ${percent} more tok/s/GPU at `);
      expect(vm.sentences[i]).toContain(
        ` than on ${ref.fromTo.from} (${ref.fromTo.cells[i]!.B.tput} vs ${ref.fromTo.cells[i]!.A.tput})`,
      );
    });
  });
});

describe('published table beside ours (dsv4 MI355X FP4 SGLang Off, the blog post)', () => {
  const path = HISTORY_PAGES[0];
  const ref = referenceHistory(path).blog!;
  const vm = viewModelAt(path);
  const published = vm.published!;

  it('reproduces 21 of 32 numeric cells and all 8 unreachable ones', () => {
    expect(published.numericTotal).toBe(ref.numericTotal);
    expect(published.numericMatched).toBe(ref.numericMatched);
    expect(published.unreachableTotal).toBe(ref.unreachableTotal);
    expect(published.unreachableMatched).toBe(ref.unreachableMatched);
  });

  it('names exactly the reference’s differing cells, each with a reason from the data', () => {
    const differing = published.cells.filter((c) => !c.matches);
    const key = (c: { date: string; target: number }) => `${c.date}@${c.target}`;
    expect(differing.map(key).sort()).toEqual(ref.differing.map(key).sort());
    for (const cell of differing) {
      const expected = ref.differing.find((d) => key(d) === key(cell))!;
      expect(cell.published).toBe(expected.published);
      close(cell.ours, expected.ours!);
    }
    // Three of the four dates print conc 1, 4, 8, … (no conc 2); a target in or next to the
    // interval conc 2 would fill is explained by that gap, the rest by points the post did not print.
    const gap = differing.filter((c) => c.reason!.startsWith('the printed sweep skips conc 2'));
    expect(gap.map(key).sort()).toEqual(['2026-05-04@20', '2026-05-04@30', '2026-05-10@40', '2026-05-21@50']);
    expect(differing.filter((c) => c.reason === 'the post’s curve rests on points it did not print')).toHaveLength(7);
  });

  it('the trend targets are the published ones, and its CSV holds every date × target', () => {
    expect(vm.trendTargets).toBe('published');
    expect(vm.trend.targets).toEqual(published.table.targets);
    const lines = trendCsv(vm.trend, 'title').trim().split('\n');
    expect(lines).toHaveLength(2 + 4 * 10);
    expect(lines).toContain('2026-05-21,8,unreachable,,,');
    expect(lines.find((l) => l.startsWith('2026-05-10,20,'))).toMatch(
      /^2026-05-10,20,344\.1,344\.14\d*,\+463\.1%,2026-05-02$/,
    );
  });

  it('carries the model’s provenance', () => {
    expect(vm.provenance).toBe('Transcribed from a blog post: only the points it printed.');
  });
});
