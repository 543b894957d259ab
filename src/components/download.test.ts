import { describe, expect, it } from 'vitest';
import { csvFileName } from './download';

describe('csvFileName', () => {
  it.each<[(string | number | null | undefined)[], string]>([
    [['dsr1', 'mi355x', 'fp4', 'mtp-vs-off', '8k1k', null, 'cost'], 'isoline-dsr1-mi355x-fp4-mtp-vs-off-8k1k-cost.csv'],
    [
      ['dsr1', 'MI355X ATOM MTP FP4', 'vs', 'MI355X ATOM Off FP4', '8k1k'],
      'isoline-dsr1-mi355x-atom-mtp-fp4-vs-mi355x-atom-off-fp4-8k1k.csv',
    ],
    [['history', 'dsv4', '2026-05-02', 'vs', '2026-05-21', ''], 'isoline-history-dsv4-2026-05-02-vs-2026-05-21.csv'],
    [['rank', 40.5, undefined, '  ', '$/M tok'], 'isoline-rank-40.5-m-tok.csv'],
  ])('%j → %s', (parts, name) => {
    expect(csvFileName(parts)).toBe(name);
  });
});
