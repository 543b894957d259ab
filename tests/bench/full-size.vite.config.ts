/**
 * The app's own build (vite.config.ts, every plugin) of another data folder, for the page
 * benchmark's full-size site: `BENCH_PUBLIC_DIR` is the public folder (holding the synthetic
 * `data/`), `BENCH_OUT_DIR` where the site is written. Both are temporary folders outside the
 * repository; nothing here reads or writes public/.
 */
import { defineConfig, type ConfigEnv, type UserConfig } from 'vite';
import app from '../../vite.config.ts';

export default defineConfig((env) => {
  const base = (app as (env: ConfigEnv) => UserConfig)(env);
  const publicDir = process.env.BENCH_PUBLIC_DIR;
  const outDir = process.env.BENCH_OUT_DIR;
  if (!publicDir || !outDir)
    throw new Error('tests/bench/full-size.vite.config.ts needs BENCH_PUBLIC_DIR and BENCH_OUT_DIR');
  return { ...base, publicDir, build: { ...base.build, outDir, emptyOutDir: true } };
});
