import type { GpuSpecs, Manifest } from '../data/schema.ts';
import {
  findSpecDecodeComparisons,
  inferenceAvailability,
  pairedSequences,
  specDecodeDefaultSequence,
} from '../state/availability.ts';
import { PAGE_PATHS } from './page-paths.ts';

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

/** For the inference chart: each model's data files per sequence, and what a bare link shows. */
export interface InferenceFileMap {
  defaultModel: string;
  models: Record<string, { defaultSequence: string; files: Record<string, string[]> }>;
}

export function inferenceFileMap(manifest: Manifest, specs: GpuSpecs): InferenceFileMap | null {
  const availability = inferenceAvailability(manifest, specs);
  if (!availability) return null;
  const models: InferenceFileMap['models'] = {};
  for (const m of availability.models) {
    const files: Record<string, string[]> = {};
    for (const sequence of m.sequences) {
      files[sequence] = manifest.files.filter((f) => f.model === m.key && f.sequence === sequence).map((f) => f.path);
    }
    models[m.key] = { defaultSequence: m.defaultSequence, files };
  }
  return { defaultModel: availability.defaultModel, models };
}

/**
 * The inline script (ES5, no dependencies). It preloads the manifest and cost assumptions
 * that every page reads but the `/spec-decode` index, which reads only its summary file (preloaded
 * instead); on a comparison page, that page's one data file (the same choice
 * `specDecodeDefaultSequence` makes, taken from `map`); on the inference chart, every GPU's
 * file of the model and sequence its address selects (on the inference chart and the ranking,
 * which read `model` and `seq` alike, as the inference page's parameters read them,
 * from `inference`); and the opened page's code chunks and their stylesheets (fetched only: the
 * page's import adds them after the main stylesheet, as their order needs, and waits for them,
 * which it would otherwise ask for only once the main bundle has run). `routes` pairs an
 * address pattern (regular expression source, matched case-insensitively) with the chunk
 * files (`.css` files are stylesheets). Addresses
 * are matched by `PAGE_PATHS` and segments decoded as `decodeSegment` does (a malformed
 * escape names nothing, so it preloads no data file and throws nothing). Parameters are read
 * with URLSearchParams, first value first, as the app reads them. Data files are asked from
 * `dataBase` (the build's data address, `dataUrl`), code chunks from `base`; a real day in `date` (the
 * rule of `isIsoDate`) makes the page read history files, so those are preloaded instead.
 */
export function firstViewScript(
  base: string,
  map: SequenceMap,
  inference: InferenceFileMap | null,
  routes: readonly (readonly [string, readonly string[]])[],
  dataBase: string = base,
): string {
  const json = JSON.stringify;
  return `(function(){
var base=${json(base)},db=${json(dataBase)},map=${json(map)},inf=${json(inference)},routes=${json(routes)};
function link(rel,href,as){var e=document.createElement('link');e.rel=rel;e.href=href;if(as){e.as=as;e.crossOrigin='anonymous';}document.head.appendChild(e);}
function own(o,k){return k!==null&&Object.prototype.hasOwnProperty.call(o,k);}
function dec(s){try{return decodeURIComponent(s);}catch(e){return null;}}
var path=location.pathname,params=new URLSearchParams(location.search);
var day=params.get('date'),t=day&&/^\\d{4}-\\d{2}-\\d{2}$/.test(day)?new Date(day+'T00:00:00Z'):null;
var dated=!!t&&!isNaN(t.getTime())&&t.toISOString().slice(0,10)===day;
function view(p){return dated?p.replace('data/benchmarks/','data/history/'):p;}
if(new RegExp(${json(PAGE_PATHS.specDecodeIndex)},'i').test(path))link('preload',db+'data/spec-decode-index.json','fetch');
else{link('preload',db+'data/manifest.json','fetch');link('preload',db+'data/gpu-specs.json','fetch');}
var m=new RegExp(${json(PAGE_PATHS.specDecode)},'i').exec(path),d=m&&[dec(m[1]),dec(m[2]),dec(m[3])];
var k=d&&d[0]!==null&&d[1]!==null&&d[2]!==null?d.join('/'):null,w=own(map,k)&&map[k];
if(w){var s=params.get('seq');
if(w.sequences.indexOf(s)<0)s=w.defaultSequence;
link('preload',db+view('data/benchmarks/'+d[0]+'/'+s+'/'+d[1]+'.json'),'fetch');}
if((new RegExp(${json(PAGE_PATHS.inference)},'i').test(path)||new RegExp(${json(PAGE_PATHS.rank)},'i').test(path))&&inf){var mk=params.get('model'),md=inf.models[own(inf.models,mk)?mk:inf.defaultModel],sq=params.get('seq'),fs=md.files[own(md.files,sq)?sq:md.defaultSequence];
for(var f=0;f<fs.length;f++)link('preload',db+view(fs[f]),'fetch');}
for(var i=0;i<routes.length;i++)if(new RegExp(routes[i][0],'i').test(path))for(var j=0;j<routes[i][1].length;j++){var c=routes[i][1][j];if(/\\.css$/.test(c))link('preload',base+c,'style');else link('modulepreload',base+c);}
})();`;
}
