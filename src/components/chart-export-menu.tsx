import { useRef, useState } from 'react';
import type { ChartImage, ChartImageText } from './chart-export';
import { csvFileName, downloadBlob, downloadCsv } from './download';

type FilePart = string | number | null | undefined;

interface ChartExportMenuProps {
  /** What the files hold, for their names (`csvFileName`); "points" or "chart" is added. */
  fileParts: readonly FilePart[];
  /** The CSV of every drawn point, built when asked (its builder may load then); without it, images only. */
  pointsCsv?: () => string | Promise<string>;
  /** What the image says around the chart (the address is added: the page's own). */
  image: () => Omit<ChartImageText, 'url' | 'notes'>;
  /** Which `<svg>` of the card is the chart; Recharts' root surface by default. */
  chartSelector?: string;
}

/** The page's address as a link reproduces it (every page keeps its address canonical). */
function pageAddress(): string {
  return `${window.location.origin}${window.location.pathname}${window.location.search}`;
}

/**
 * "Points (CSV)", "Image (SVG)" and "Image (PNG)" for the chart of the card this sits in:
 * the image is the live chart's SVG with the title, legend, the card's legend line, the data
 * source and the address around it (see `buildChartSvg`); PNG at twice the size.
 */
export function ChartExportMenu({
  fileParts,
  pointsCsv,
  image,
  chartSelector = 'svg.recharts-surface',
}: ChartExportMenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState('');
  // The builder loads on the first click: the page's first view does not wait for it.
  const render = async (): Promise<ChartImage> => {
    const { buildChartSvg, themeAround } = await import('./chart-export');
    const card = ref.current?.closest('.chart-card');
    const chart = card?.querySelector<SVGSVGElement>(chartSelector);
    if (!card || !chart) throw new Error('there is no chart to export');
    const notes = card.querySelector('.chart-legend')?.textContent?.replace(/\s+/g, ' ').trim();
    return buildChartSvg(chart, { ...image(), notes, url: pageAddress() }, themeAround(card));
  };
  const attempt = (action: () => void | Promise<void>) => {
    setProblem('');
    Promise.resolve()
      .then(action)
      .catch((e: unknown) => setProblem(`Export failed: ${e instanceof Error ? e.message : String(e)}`));
  };
  return (
    <div className="row chart-export" role="group" aria-label="Download this chart" ref={ref}>
      <span className="muted">Download:</span>
      {pointsCsv && (
        <button
          type="button"
          className="button-quiet"
          data-testid="export-points-csv"
          onClick={() => attempt(async () => downloadCsv(csvFileName([...fileParts, 'points']), await pointsCsv()))}
        >
          Points (CSV)
        </button>
      )}
      <button
        type="button"
        className="button-quiet"
        data-testid="export-svg"
        onClick={() =>
          attempt(async () =>
            downloadBlob(
              csvFileName([...fileParts, 'chart'], 'svg'),
              new Blob([(await render()).svg], { type: 'image/svg+xml;charset=utf-8' }),
            ),
          )
        }
      >
        Image (SVG)
      </button>
      <button
        type="button"
        className="button-quiet"
        data-testid="export-png"
        onClick={() =>
          attempt(async () => {
            const { svgToPng } = await import('./chart-export');
            downloadBlob(csvFileName([...fileParts, 'chart'], 'png'), await svgToPng(await render()));
          })
        }
      >
        Image (PNG)
      </button>
      <span role="status" aria-live="polite" className="field-error" data-testid="export-status">
        {problem}
      </span>
    </div>
  );
}
