import { ChartExportMenu } from '../../components/chart-export-menu';
import type { ExportLegendItem } from '../../components/chart-export';
import type { BenchmarkPoint, Manifest } from '../../data/schema';
import { X_AXES, type GpuAssumptions, type MetricDefinition, type XAxisDefinition } from '../../domain/metrics';
import type { StyledSeries } from '../compare/comparison-chart';
import { markerPath } from '../compare/marker-path';

interface ChartDownloadsProps {
  /** The series exactly as the chart is given them. */
  series: readonly StyledSeries[];
  frontierOnly?: boolean;
  metric: MetricDefinition;
  xAxis?: Pick<XAxisDefinition, 'valueLabel' | 'unit'>;
  sequenceLabel: string;
  manifest: Pick<Manifest, 'engines' | 'precisions' | 'hardware' | 'source'>;
  /** $/GPU-hour and kW the chart charges a GPU. */
  gpu: (hardware: string) => GpuAssumptions;
  pointSource?: (point: BenchmarkPoint) => string | null;
  /** The page's heading and the line under it, as the image's header. */
  title: string;
  subtitle: string;
  /** Where cost and power come from ("Owning – Hyperscaler, set A"). */
  costSource: string;
  /** What the files hold, for their names (`csvFileName`). */
  fileParts: readonly (string | number | null | undefined)[];
}

/** How a subtitle says which runs are shown. */
export const asOfWords = (asOf: string | null) => (asOf === null ? 'latest runs' : `as of ${asOf}`);

/** Legend swatches drawn as the chart draws each series; one per name (a best line's gap pieces share it). */
export function legendItems(series: readonly StyledSeries[]): ExportLegendItem[] {
  const seen = new Set<string>();
  return series.flatMap((s) => {
    if (seen.has(s.label) || (s.measured.length === 0 && !s.curve)) return [];
    seen.add(s.label);
    const { color, dash, shape, hollow } = s.style;
    return [{ label: s.label, color, dash, marker: markerPath(shape, 0, 0, 48), hollow }];
  });
}

/** The chart's points as CSV and the chart as SVG or PNG, for any page that draws a `ComparisonChart`. */
export function ChartDownloads(props: ChartDownloadsProps) {
  const xAxis = props.xAxis ?? X_AXES.interactivity;
  const what = `${props.metric.tableLabel} against ${xAxis.valueLabel} (${xAxis.unit})`;
  const source = `Data: ${props.manifest.source.name} benchmarks (${props.manifest.source.url}), every point with its run link in the points CSV · cost and power: ${props.costSource}`;
  return (
    <ChartExportMenu
      fileParts={props.fileParts}
      // The CSV's code loads on the first click, not with the page.
      pointsCsv={async () =>
        (await import('./points-csv')).chartPointsCsv({
          ...props,
          xAxis,
          title: `${props.title} · ${props.subtitle} · ${what} · cost and power: ${props.costSource} · ${window.location.href}`,
        })
      }
      image={() => ({
        title: props.title,
        subtitle: `${props.subtitle} · ${what}`,
        legend: legendItems(props.series),
        source,
      })}
    />
  );
}
