import { ChartExportMenu } from '../../components/chart-export-menu';
import { rankPage } from '../../state/pages/rank';
import { useChartColors } from '../compare/chart-colors';
import type { RankModel } from '../rank/rank-types';

/**
 * The ranking's bars as SVG or PNG. Their numbers, configuration and run links are the
 * ranked table's CSV (one line per row; `in_range` marks the rows drawn as bars).
 */
export function RankBarsDownloads({ rank }: { rank: RankModel }) {
  const s = rankPage.useSelection();
  const colors = useChartColors();
  return (
    <ChartExportMenu
      chartSelector="svg.rank-bars-chart"
      fileParts={['rank', s.model, s.sequence, s.metric, rank.target, 'bars', s.asOf && `as-of-${s.asOf}`]}
      image={() => ({
        title: document.querySelector('h1')?.textContent ?? 'Every setup ranked',
        // The page's own line under its heading: model, sequence, precisions, metric, how many reach the target.
        subtitle: `${document.querySelector('[data-testid="rank-subtitle"]')?.textContent ?? ''} · ${rank.metric.tableLabel} at ${rank.target} tok/s/user, best first`,
        legend: [
          { label: 'baseline', color: colors.a },
          { label: 'other setups', color: colors.b },
        ],
        source:
          'Data: SemiAnalysis InferenceX benchmarks (https://github.com/SemiAnalysisAI/InferenceX); each row’s configuration and run link are in the ranking CSV',
      })}
    />
  );
}
