// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { installResizeObserver, serveShippedData } from '../setup/dom';
import { referenceHistory, shippedHistoryPage } from '../setup/history-reference';
import { renderedTableCells } from '../setup/pinned-table';
import { renderApp } from '../setup/render-app';

// Expected cells: tests/reference/dated-pinned.json (dated_reference.py, from the raw rows).

vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  installResizeObserver();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const DSV4 = '/history/dsv4/mi355x/fp4?engine=sglang&spec=none';

/** The trend table as shown: per date row, each cell's value text. */
function trendCells(): Record<string, string[]> {
  const rows = [...document.querySelectorAll('[data-testid="trend-table"] tbody tr')];
  return Object.fromEntries(
    rows.map((tr) => [
      tr.getAttribute('data-date')!,
      [...tr.querySelectorAll('td [data-value]')].map((td) => td.textContent ?? ''),
    ]),
  );
}

/** The same table from the reference: tok/s/GPU to one decimal, or "unreachable". */
function expectedTrend(path: string): Record<string, string[]> {
  const ref = referenceHistory(path);
  return Object.fromEntries(
    ref.runDates.map((date) => [
      date,
      ref.trend.map((column) => {
        const cell = column.byDate[date];
        return cell ? cell.tput.toFixed(1) : 'unreachable';
      }),
    ]),
  );
}

/** The distinct run dates of a history address's setup, from the shipped file's points (oldest first). */
function runDatesOfShipped(path: string): string[] {
  const { points, selection } = shippedHistoryPage(path);
  const dates = points
    .filter(
      (p) => p.precision === selection.precision && p.engine === selection.engine && p.specMethod === selection.spec,
    )
    .map((p) => p.date);
  return [...new Set(dates)].sort();
}

describe('history page in the app (memory router, shipped data)', () => {
  it('dsv4: provenance, trend table, from/to table and the blog comparison agree with the reference', async () => {
    const requested = serveShippedData();
    const router = await renderApp(DSV4);
    await screen.findByTestId('trend-table', {}, { timeout: 5000 });
    expect(screen.getByTestId('provenance').textContent).toBe(
      'Transcribed from a blog post: only the points it printed.',
    );
    expect(trendCells()).toEqual(expectedTrend(DSV4));
    const ref = referenceHistory(DSV4);
    expect(renderedTableCells('tokPerSecPerGpu')).toEqual(ref.fromTo.cells.map((c) => [c.A.tput, c.B.tput]));
    expect(renderedTableCells('usdPerMillionTokens')).toEqual(ref.fromTo.cells.map((c) => [c.A.usd, c.B.usd]));
    const sentences = within(screen.getByTestId('from-to-sentences')).getAllByRole('listitem');
    expect(sentences[2]!.textContent).toContain(
      `On ${ref.fromTo.to} it delivers ${Math.round((ref.fromTo.rows[2]!.B!.tput / ref.fromTo.rows[2]!.A!.tput - 1) * 100)}% more tok/s/GPU at 20 tok/s/user than on ${ref.fromTo.from}`,
    );
    const blog = ref.blog!;
    expect(screen.getByTestId('published-summary').textContent).toContain(
      `reproduce ${blog.numericMatched} of ${blog.numericTotal} numeric cells and ${blog.unreachableMatched} of ${blog.unreachableTotal}`,
    );
    const differing = [...screen.getByTestId('published-differences').querySelectorAll('li')].map((li) =>
      li.getAttribute('data-cell'),
    );
    expect(differing.sort()).toEqual(blog.differing.map((d) => `${d.date}@${d.target}`).sort());
    const marked = document.querySelectorAll('[data-testid="published-table"] td[data-matches="false"]');
    expect(marked).toHaveLength(blog.differing.length);
    // The defaults are left out of the address; the page downloaded only what it shows.
    await waitFor(() => expect(router.location.search).toBe(''));
    expect(new Set(requested)).toEqual(
      new Set([
        '/data/manifest.json',
        '/data/gpu-specs.json',
        '/data/history/dsv4/run-dates.json',
        '/data/published/dsv4/8k1k/mi355x-fp4-sglang-none.json',
        '/data/history/dsv4/8k1k/mi355x.json',
      ]),
    );
  });

  it('dsr1 MI355X: a new "to" date pushes, its values follow, and Back restores the last run', async () => {
    serveShippedData();
    const path = '/history/dsr1/mi355x/fp4?engine=sglang&spec=none&seq=8k1k';
    const router = await renderApp(path);
    await screen.findByTestId('trend-table', {}, { timeout: 5000 });
    expect(trendCells()).toEqual(expectedTrend(path));
    const ref = referenceHistory(path);
    expect(renderedTableCells('tokPerSecPerGpu')).toEqual(ref.fromTo.cells.map((c) => [c.A.tput, c.B.tput]));
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('To'), '2026-05-19');
    await waitFor(() => expect(router.location.search).toContain('to=2026-05-19'));
    expect(router.navigationType).toBe('PUSH');
    // Side B is now the 2026-05-19 run: its trend cells are the reference's for that date.
    const target = ref.fromTo.targets[0]!;
    const column = ref.trend.findIndex((t) => t.target === target);
    await waitFor(() =>
      expect(renderedTableCells('tokPerSecPerGpu')[0]![1]).toBe(
        ref.trend[column]!.byDate['2026-05-19']!.tput.toFixed(1),
      ),
    );
    await act(() => router.navigate(-1));
    await waitFor(() => expect(renderedTableCells('tokPerSecPerGpu')[0]![1]).toBe(ref.fromTo.cells[0]!.B.tput));
  });

  it('corrects a junk link and says what it did', async () => {
    serveShippedData();
    const router = await renderApp('/history/dsv4/mi355x/fp4?engine=vllm&from=2026-05-03&to=2026-04-01&at=0');
    await screen.findByTestId('trend-table', {}, { timeout: 5000 });
    const notice = screen.getByTestId('corrections').textContent ?? '';
    expect(notice).toContain('engine "vllm" has no runs');
    expect(notice).toContain('no run on 2026-05-03; showing its run of 2026-05-02');
    expect(notice).toContain('no run on or before 2026-04-01');
    await waitFor(() => expect(router.location.search).toBe(''));
  });

  it('a setup with one run date says so instead of comparing the day with itself', async () => {
    serveShippedData();
    // index.html's description tag, which the page rewrites.
    const meta = document.head.appendChild(Object.assign(document.createElement('meta'), { name: 'description' }));
    onTestFinished(() => meta.remove());
    const path = '/history/dsr1/gb300/fp4';
    // The setup's run dates, read from the shipped history file's raw points.
    const days = runDatesOfShipped(path);
    expect(days).toHaveLength(1);
    await renderApp(path);
    await screen.findByTestId('trend-table', {}, { timeout: 5000 });
    expect([...(screen.getByLabelText('From') as HTMLSelectElement).options].map((o) => o.value)).toEqual(days);
    expect(screen.getByTestId('from-to-same-date').textContent).toContain(`This setup has one run date, ${days[0]}:`);
    expect(screen.queryByTestId('pinned-table')).toBeNull();
    expect(screen.queryByTestId('from-to-sentences')).toBeNull();
    expect(document.body.textContent).not.toContain(`${days[0]} against ${days[0]}`);
    const title = screen.getByRole('heading', { level: 1 }).textContent;
    await waitFor(() =>
      expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
        `${title}: one run date, ${days[0]}.`,
      ),
    );
  });

  it('from and to picked on the same day: the page asks for two days, and compares again once given them', async () => {
    serveShippedData();
    const path = '/history/dsr1/mi355x/fp4?engine=sglang&spec=none&seq=8k1k';
    const days = runDatesOfShipped(path);
    expect(days.length).toBeGreaterThan(2);
    expect(days).toContain('2026-05-19');
    await renderApp(`${path}&from=2026-05-19&to=2026-05-19`);
    await screen.findByTestId('trend-table', {}, { timeout: 5000 });
    expect(screen.getByTestId('from-to-same-date').textContent).toContain(
      `From and To are both 2026-05-19. Pick an earlier From or a later To (this setup has ${days.length} run dates)`,
    );
    expect(screen.queryByTestId('pinned-table')).toBeNull();
    await userEvent.setup().selectOptions(screen.getByLabelText('From'), days[0]!);
    await waitFor(() => expect(screen.queryByTestId('from-to-same-date')).toBeNull());
    expect(within(screen.getByTestId('from-to-sentences')).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(
      screen.getByRole('heading', { level: 2, name: `2026-05-19 against ${days[0]}, at matched interactivity` }),
    ).toBeTruthy();
  });

  it('a comparison page links to the histories of its MTP and Off sides, which open without corrections', async () => {
    serveShippedData();
    await renderApp('/spec-decode/dsr1/mi355x/fp4');
    const links = within(await screen.findByTestId('history-links', {}, { timeout: 5000 })).getAllByRole('link');
    const hrefs = links.map((a) => a.getAttribute('href')!);
    expect(hrefs.map((h) => new URLSearchParams(h.split('?')[1]).get('spec'))).toEqual(['mtp', 'none']);
    for (const href of hrefs) {
      const page = shippedHistoryPage(href);
      expect({ href, corrections: page.corrections }).toEqual({ href, corrections: [] });
      expect(page.selection).toMatchObject({ hardware: 'mi355x', precision: 'fp4', sequence: '8k1k' });
    }
    await userEvent.setup().click(links[1]!);
    expect(
      (await screen.findByRole('heading', { level: 1, name: /Off: progress over time$/ }, { timeout: 5000 }))
        .textContent,
    ).toContain('MI355X FP4');
    await screen.findByTestId('trend-table', {}, { timeout: 5000 });
  });
});
