import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gpuSpecsSchema, manifestSchema } from '../../data/schema';
import { assertValid } from '../../data/validate';
import { inferenceAvailability, modelAvailability } from '../../state/availability';
import { defaultInferenceSelection, inferencePage } from '../../state/pages/inference';
import { inferenceChoices } from './choices';

const root = resolve(import.meta.dirname, '../../..');
const read = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as unknown;
const manifest = assertValid(manifestSchema, read('public/data/manifest.json'));
const specs = assertValid(gpuSpecsSchema, read('public/data/gpu-specs.json'));
const available = inferenceAvailability(manifest, specs)!;

describe('inferenceChoices: the folded controls’ summary of /inference (DeepSeek-R1, FP4 and FP8)', () => {
  it.each([
    ['', '8k/1k · all precisions · Throughput / GPU vs Interactivity'],
    ['?seq=1k1k&prec=fp4', '1k/1k · FP4 · Throughput / GPU vs Interactivity'],
    [
      '?x=e2e&vendor=amd&spec=mtp',
      '8k/1k · all precisions · Throughput / GPU vs End-to-end latency (median) · AMD GPUs, MTP',
    ],
    [
      '?usd=2.5&scale=log&frontier=only',
      '8k/1k · all precisions · Throughput / GPU vs Interactivity · $2.5/GPU-hour · log scale · frontier only',
    ],
    [
      '?tier=costn&costs=C',
      '8k/1k · all precisions · Throughput / GPU vs Interactivity · Owning – Neocloud Giant · set C',
    ],
  ])('%s → %s', (search, words) => {
    const { selection, corrections } = inferencePage.parse(search, available);
    expect(corrections).toEqual([]);
    const defaults = defaultInferenceSelection(available, selection.model);
    const all = modelAvailability(available, selection.model).precisions;
    expect(inferenceChoices(selection, defaults, manifest, specs, all).join(' · ')).toBe(words);
  });
});
