import { lazyPage } from './lazy-page';

/**
 * Every page loads on demand, so a first view downloads only its own code.
 * `prefetch.ts` preloads the first page's code before the app renders.
 */
export const CatalogPage = lazyPage(async () => (await import('../features/catalog/catalog-page')).CatalogPage);
export const SpecDecodeIndexPage = lazyPage(
  async () => (await import('../features/spec-decode/spec-decode-index-page')).SpecDecodeIndexPage,
);
export const SpecDecodePage = lazyPage(
  async () => (await import('../features/spec-decode/spec-decode-page')).SpecDecodePage,
);
export const InferencePage = lazyPage(async () => (await import('../features/inference/inference-page')).InferencePage);
export const HistoryPage = lazyPage(async () => (await import('../features/history/history-page')).HistoryPage);
export const RankPage = lazyPage(async () => (await import('../features/rank/rank-page')).RankPage);
