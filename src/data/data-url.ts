/**
 * Where the app reads its data files (`data/manifest.json`, …) from: the site itself by
 * default, or any static host or CDN given at build time as `VITE_DATA_URL` (the address of
 * the folder that holds `data/`, e.g. `https://cdn.example.com/isoline/`). The inline
 * first-view preload uses the same address (vite.config.ts).
 */
export function dataBase(configured: string | undefined, siteBase: string): string {
  const base = configured?.trim() ? configured.trim() : siteBase;
  return base.endsWith('/') ? base : `${base}/`;
}

/** The address of a data file given relative to the data folder's parent (`data/…`). */
export function dataUrl(path: string): string {
  return `${dataBase(import.meta.env.VITE_DATA_URL as string | undefined, import.meta.env.BASE_URL)}${path}`;
}
