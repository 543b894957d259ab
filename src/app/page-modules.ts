/**
 * Pages other than the catalog load on demand, so a first view downloads only its own code.
 * One importer per page, shared by React.lazy and by the early start in `prefetch.ts`
 * (calling an importer twice fetches the chunk once).
 */
export const importSpecDecodeIndexPage = () => import('../features/spec-decode/spec-decode-index-page');
export const importSpecDecodePage = () => import('../features/spec-decode/spec-decode-page');
export const importInferencePage = () => import('../features/inference/inference-page');
