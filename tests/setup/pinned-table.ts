import type { ReferenceView } from './reference-views';

/** The rendered pinned table's [A, B] cell texts per target for one metric row, in column order. */
export function renderedTableCells(metric: string): string[][] {
  const row = document.querySelector(`[data-testid="pinned-table"] tr[data-metric="${metric}"]`);
  if (!row) throw new Error(`no ${metric} row in the pinned table`);
  return [...row.querySelectorAll('td')].map((td) => [
    td.querySelector('[data-side="a"]')?.textContent ?? '',
    td.querySelector('[data-side="b"]')?.textContent ?? '',
  ]);
}

export function renderedTableHeaders(): string[] {
  return [...document.querySelectorAll('[data-testid="pinned-table"] thead th')].map((th) => th.textContent ?? '');
}

/**
 * The compared rows as the reference says the table must print them: per metric row, per
 * target, [A, B]. `swapped` reads the reference's MTP as column B (a page that put Off first).
 */
export function referenceTableCells(view: ReferenceView, swapped = false): Record<string, string[][]> {
  const pair = (a: string, b: string) => (swapped ? [b, a] : [a, b]);
  return {
    tokPerSecPerGpu: view.cells.map((c) => pair(c.A.tput, c.B.tput)),
    usdPerMillionTokens: view.cells.map((c) => pair(c.A.usd, c.B.usd)),
    tokPerSecPerMegawatt: view.cells.map((c) => pair(c.A.mw, c.B.mw)),
  };
}

/**
 * The rendered table (headers, then the compared rows' [A, B] cells) beside what the reference
 * says it must be, for `expect(shown).toEqual(expected)`.
 */
export function tableAgainstReference(view: ReferenceView, swapped = false) {
  const expectedCells = referenceTableCells(view, swapped);
  return {
    shown: {
      headers: renderedTableHeaders(),
      cells: Object.fromEntries(Object.keys(expectedCells).map((metric) => [metric, renderedTableCells(metric)])),
    },
    expected: { headers: ['Metric', ...view.targets.map((t) => `${t} tok/s/user`)], cells: expectedCells },
  };
}
