import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gpuSpecsSchema, manifestSchema } from '../../data/schema';
import { assertValid } from '../../data/validate';
import { specDecodeAvailability } from '../../state/availability';
import { defaultSpecDecodeSelection, specDecodePage } from '../../state/pages/spec-decode';
import { specDecodeChoices } from './choices';

const root = resolve(import.meta.dirname, '../../..');
const read = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as unknown;
const manifest = assertValid(manifestSchema, read('public/data/manifest.json'));
const specs = assertValid(gpuSpecsSchema, read('public/data/gpu-specs.json'));
const available = specDecodeAvailability(manifest, specs, { model: 'dsr1', hardware: 'mi355x', precision: 'fp4' })!;
const defaults = defaultSpecDecodeSelection(available);

describe('specDecodeChoices: the folded controls’ summary of MI355X FP4', () => {
  it.each([
    ['', '8k/1k · Throughput / GPU · all engines'],
    ['?seq=1k8k&metric=cost', '1k/8k · Cost / M tokens · all engines'],
    ['?engine=atom&date=2026-05-07', '8k/1k · Throughput / GPU · ATOM · as of 2026-05-07'],
    ['?prec=fp8&scale=log', '8k/1k · Throughput / GPU · all engines · also FP8 · log scale'],
    ['?tier=costr&costs=B', '8k/1k · Throughput / GPU · all engines · Rental – 3-year (retail in set D) · set B'],
  ])('%s → %s', (search, words) => {
    const { selection, corrections } = specDecodePage.parse(search, available);
    expect(corrections).toEqual([]);
    expect(specDecodeChoices(selection, defaults, manifest, specs).join(' · ')).toBe(words);
  });
});
