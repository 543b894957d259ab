import type { GpuSpecs } from '../../data/schema';
import type { InferenceSelection } from '../../state/pages/inference';
import type { StyledSeries } from '../compare/comparison-chart';
import { lookStyle } from '../compare/series-styles';
import type { CompareTwoView } from './own-compare';
import { ownStyle, type OwnSeries } from './own-series';
import { seriesOnChart, type Emphasis, type InferenceViewModel } from './view-model';

/**
 * The chart's series, styled: the published ones as the view model emphasised them, then
 * yours. When compare-two pairs one of your series with another side, the pair is drawn
 * strong and on top and everything else muted, as for two published sides; in a best mode the
 * published side (never a line of its own there) is drawn as its own series, as the view
 * model does for a published pair. Pure.
 */
export function styledChartSeries(input: {
  vm: Pick<InferenceViewModel, 'chart' | 'series' | 'best'>;
  own: readonly OwnSeries[];
  view: CompareTwoView;
  selection: InferenceSelection;
  specs: GpuSpecs;
  theme: 'light' | 'dark';
}): StyledSeries[] {
  const { vm, own, view, selection, specs, theme } = input;
  const ownShown = own.flatMap((s) => (s.chart ? [{ chart: s.chart, look: s.look }] : []));
  if (view.status !== 'ready' || !view.own) {
    return [
      ...vm.chart.map((s) => ({ ...s, style: lookStyle(s.look, theme, s.emphasis) })),
      ...ownShown.map((s) => ({ ...s.chart, style: ownStyle(s.look, theme, 'normal') })),
    ];
  }
  const pair = new Set([view.a.token, view.b.token]);
  const emphasis = (id: string): Emphasis => (pair.has(id) ? 'strong' : 'muted');
  const drawn: { series: StyledSeries; emphasis: Emphasis }[] = vm.chart.map((s) => {
    const e = vm.best === 'all' ? emphasis(s.key) : 'muted';
    return { series: { ...s, style: lookStyle(s.look, theme, e) }, emphasis: e };
  });
  if (vm.best !== 'all') {
    for (const s of vm.series) {
      if (!pair.has(s.token) || s.hidden) continue;
      const line = seriesOnChart(s, selection, specs, 'strong');
      drawn.push({ series: { ...line, style: lookStyle(s.look, theme, 'strong') }, emphasis: 'strong' });
    }
  }
  for (const s of ownShown) {
    const e = emphasis(s.chart.key);
    drawn.push({ series: { ...s.chart, style: ownStyle(s.look, theme, e) }, emphasis: e });
  }
  const strong = (d: { emphasis: Emphasis }) => Number(d.emphasis === 'strong');
  return drawn.sort((p, q) => strong(p) - strong(q)).map((d) => d.series);
}
