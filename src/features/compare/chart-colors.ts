import { useResolvedTheme } from '../../state/theme';

/** Series and chart colours per theme (also the build-time preview image's, light). */
export const CHART_PALETTES = {
  light: {
    a: '#c2410c',
    b: '#1d4ed8',
    grid: '#dcdde2',
    text: '#5a5f6b',
    band: 'rgba(31, 95, 191, 0.08)',
    target: '#6b7280',
  },
  dark: {
    a: '#fb923c',
    b: '#60a5fa',
    grid: '#2e333d',
    text: '#a0a6b3',
    band: 'rgba(122, 167, 255, 0.12)',
    target: '#9ca3af',
  },
} as const;

/** SVG attributes cannot read CSS variables everywhere, so charts take concrete colours per theme. */
export function useChartColors() {
  return CHART_PALETTES[useResolvedTheme()];
}
