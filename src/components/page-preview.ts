/** What a page's link-preview image shows: a headline and its chart's curves (see src/app/prerender). */
export interface PreviewChart {
  /** The result in a few words ("MTP +69.5% tok/s/GPU at 56 tok/s/user"), drawn large. */
  headline: string;
  /** The setup ("MI355X FP4 · 8k/1k · DeepSeek-R1-0528"). */
  subtitle: string;
  /** x: tok/s/user, y: tok/s/GPU, each curve sampled in x order; colours as #rrggbb. */
  series: { label: string; color: string; dashed: boolean; points: readonly (readonly [number, number])[] }[];
  /** The interactivity range both sides reach, shaded; null without one. */
  band: { lo: number; hi: number } | null;
  /** The table's targets (tok/s/user), drawn as dashed verticals. */
  targets: readonly number[];
}
