import { beforeEach, describe, expect, it } from 'vitest';
import type { SeriesKey } from './inference-series-key';
import { useInferenceStore } from './inference-store';
import type { InferenceSelection } from './inference-url';

const key = (hardware: string, specMethod: 'none' | 'mtp'): SeriesKey => ({
  hardware,
  engine: 'sglang',
  specMethod,
  precision: 'fp8',
});
const universe = [key('h200', 'none'), key('h200', 'mtp'), key('mi355x', 'none'), key('mi355x', 'mtp')];
const start: InferenceSelection = {
  model: 'dsr1',
  sequence: '8k1k',
  precisions: ['fp4', 'fp8'],
  metric: 'throughput',
  xAxis: 'interactivity',
  hidden: [],
  logScale: false,
  frontierOnly: false,
  compareA: null,
  compareB: null,
  targets: null,
  tier: 'costh',
  usdPerGpuHour: null,
  costSet: 'A',
};
const state = () => useInferenceStore.getState();
const selection = () => state().selection!;

beforeEach(() => state().receiveFromUrl(start, []));

describe('inference store', () => {
  it('keeps hidden series in universe order, without repeats', () => {
    state().setSeriesHidden([universe[3]!], true, universe);
    state().setSeriesHidden([universe[0]!, universe[3]!], true, universe);
    expect(selection().hidden).toEqual([universe[0], universe[3]]);
    state().setSeriesHidden([universe[3]!], false, universe);
    expect(selection().hidden).toEqual([universe[0]]);
    expect(state().historyMode).toBe('replace');
  });

  it('never leaves no precision shown', () => {
    state().togglePrecision('fp4', ['fp4', 'fp8']);
    expect(selection().precisions).toEqual(['fp8']);
    state().togglePrecision('fp8', ['fp4', 'fp8']);
    expect(selection().precisions).toEqual(['fp8']);
    state().togglePrecision('fp4', ['fp4', 'fp8']);
    expect(selection().precisions).toEqual(['fp4', 'fp8']);
    expect(state().historyMode).toBe('push');
  });

  it('swaps the pair when a side picks the other side’s series, and resets targets', () => {
    state().pickCompared('a', universe[0]!);
    state().pickCompared('b', universe[1]!);
    state().pinTargets([10, 20, 30]);
    state().pickCompared('a', universe[1]!);
    expect(selection()).toMatchObject({ compareA: universe[1], compareB: universe[0], targets: null });
    expect(state().historyMode).toBe('push');
    state().pickCompared('b', null);
    expect(selection()).toMatchObject({ compareA: universe[1], compareB: null });
  });

  it('clears a custom price when a tier is picked', () => {
    state().pickCustomPrice(2.5);
    expect(selection().usdPerGpuHour).toBe(2.5);
    state().pickTier('costn');
    expect(selection()).toMatchObject({ tier: 'costn', usdPerGpuHour: null });
  });

  it('pushes history for the sequence and x axis, replaces it for the metric', () => {
    state().pickMetric('cost');
    expect(state().historyMode).toBe('replace');
    state().pickXAxis('ttft');
    expect(state().historyMode).toBe('push');
    state().pickLogScale(true);
    expect(state().historyMode).toBe('replace');
    state().pickSequence('1k1k');
    expect(state().historyMode).toBe('push');
    expect(selection()).toMatchObject({ metric: 'cost', xAxis: 'ttft', logScale: true, sequence: '1k1k' });
  });

  it('keeps the corrections list itself when there were none and are none, so nothing showing it re-renders', () => {
    const before = state().corrections;
    state().receiveFromUrl({ ...start, metric: 'cost' }, []);
    expect(state().corrections).toBe(before);
    const junk = [{ param: 'seq', given: '9k9k', message: 'no such sequence' }];
    state().receiveFromUrl(start, junk);
    expect(state().corrections).toBe(junk);
    state().receiveFromUrl(start, []);
    expect(state().corrections).toEqual([]);
    expect(state().corrections).not.toBe(junk);
  });
});
