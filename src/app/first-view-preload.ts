import type { Manifest } from '../data/schema.ts';
import { findSpecDecodeComparisons } from '../state/spec-decode-availability.ts';
import { pairedSequences, specDecodeDefaultSequence } from '../state/spec-decode-default-sequence.ts';

/**
 * Build-time support for the inline script that `vite.config.ts` puts in index.html: before
 * the app's code has even run, it asks for what the opened page will fetch first. Pure, so
 * the script it writes is tested here rather than only in a browser.
 */

/** For every comparison page: the sequences its `seq` may name and the one shown without it. */
export type SequenceMap = Record<string, { sequences: string[]; defaultSequence: string }>;

export function comparisonSequenceMap(manifest: Manifest): SequenceMap {
  const map: SequenceMap = {};
  for (const c of findSpecDecodeComparisons(manifest)) {
    const defaultSequence = specDecodeDefaultSequence(manifest, c, null);
    if (!defaultSequence) continue;
    map[`${c.model}/${c.hardware}/${c.precision}`] = { sequences: pairedSequences(manifest, c), defaultSequence };
  }
  return map;
}

/**
 * The inline script (ES5, no dependencies). It preloads the manifest and cost assumptions
 * that every page reads; on a comparison page, that page's one data file (the same choice
 * `specDecodeDefaultSequence` makes, taken from `map`); and the opened page's code chunks.
 * `routes` pairs an address pattern (regular expression source) with the chunk files.
 */
export function firstViewScript(
  base: string,
  map: SequenceMap,
  routes: readonly (readonly [string, readonly string[]])[],
): string {
  return `(function(){
var base=${JSON.stringify(base)},map=${JSON.stringify(map)},routes=${JSON.stringify(routes)};
function link(rel,href,as){var e=document.createElement('link');e.rel=rel;e.href=href;if(as){e.as=as;e.crossOrigin='anonymous';}document.head.appendChild(e);}
var path=location.pathname;
link('preload',base+'data/manifest.json','fetch');link('preload',base+'data/gpu-specs.json','fetch');
var m=/^\\/spec-decode\\/([^/]+)\\/([^/]+)\\/([^/]+)\\/?$/.exec(path);
var w=m&&map[decodeURIComponent(m[1])+'/'+decodeURIComponent(m[2])+'/'+decodeURIComponent(m[3])];
if(w){var q=/[?&]seq=([^&]*)/.exec(location.search),s=q&&decodeURIComponent(q[1]);
if(w.sequences.indexOf(s)<0)s=w.defaultSequence;
link('preload',base+'data/benchmarks/'+m[1]+'/'+s+'/'+m[2]+'.json','fetch');}
for(var i=0;i<routes.length;i++)if(new RegExp(routes[i][0]).test(path))for(var j=0;j<routes[i][1].length;j++)link('modulepreload',base+routes[i][1][j]);
})();`;
}
