import { describe, expect, it } from 'vitest';
import { asOfHeader, dateOptions, missingSidesMessage } from './as-of';

const LATEST = 'Latest view: the latest run of every configuration line';
const AS_OF = (day: string) => `As of ${day}: each configuration line's latest run on or before that day`;

describe('asOfHeader', () => {
  it.each<[string | null, string[], string, string[] | null]>([
    [null, ['2026-05-20'], `${LATEST}; shown points from runs of 2026-05-20.`, null],
    [
      null,
      ['2026-06-11', '2026-05-20', '2026-06-11'],
      `${LATEST}; shown points from runs of 2026-05-20 and 2026-06-11.`,
      null,
    ],
    [
      '2026-02-01',
      ['2026-01-29', '2025-12-31', '2025-11-10', '2026-01-14'],
      `${AS_OF('2026-02-01')}; shown points from runs of 2025-11-10, 2025-12-31, 2026-01-14 and 2026-01-29.`,
      null,
    ],
    [
      '2026-01-15',
      ['2026-01-14', '2025-11-02', '2025-11-10', '2025-12-15', '2025-12-31'],
      `${AS_OF('2026-01-15')}; shown points from runs of 2025-11-02 … 2026-01-14 (5 dates).`,
      ['2025-11-02', '2025-11-10', '2025-12-15', '2025-12-31', '2026-01-14'],
    ],
    ['2024-01-01', [], `${AS_OF('2024-01-01')}; no points are shown.`, null],
  ])('as of %s with dates %j', (asOf, dates, text, all) => {
    const header = asOfHeader(asOf, dates);
    expect(header.text).toBe(text);
    expect(header.allDates).toEqual(all);
    // Only a dated page warns that the history can differ from the latest view.
    expect(header.note === null).toBe(asOf === null);
  });
});

describe('dateOptions', () => {
  const runs = ['2026-01-14', '2026-02-04', '2025-12-15'];
  it('offers the latest view, then the run dates newest first', () => {
    expect(dateOptions(null, runs)).toEqual([
      { value: '', label: 'Latest view' },
      { value: '2026-02-04', label: '2026-02-04' },
      { value: '2026-01-14', label: '2026-01-14' },
      { value: '2025-12-15', label: '2025-12-15' },
    ]);
  });

  it('lists a chosen day without a run in its place, saying so', () => {
    expect(dateOptions('2026-02-01', runs).map((o) => o.label)).toEqual([
      'Latest view',
      '2026-02-04',
      '2026-02-01 (no run that day)',
      '2026-01-14',
      '2025-12-15',
    ]);
    expect(dateOptions('2026-01-14', runs)).toHaveLength(4);
  });

  it('while the run dates are unknown, offers only the latest view and the chosen day', () => {
    expect(dateOptions('2026-02-01', null)).toEqual([
      { value: '', label: 'Latest view' },
      { value: '2026-02-01', label: '2026-02-01' },
    ]);
    expect(dateOptions(null, null)).toEqual([{ value: '', label: 'Latest view' }]);
    expect(dateOptions(null, [])).toEqual([{ value: '', label: 'Latest view' }]);
  });
});

describe('missingSidesMessage', () => {
  const what = 'MI355X FP4 (8k/1k)';
  it.each<[Parameters<typeof missingSidesMessage>[0]['sides'], string]>([
    [
      [{ label: 'MTP', firstRun: '2026-02-04' }],
      'No MTP runs on or before 2026-02-01 for MI355X FP4 (8k/1k); the first MTP run is on 2026-02-04.',
    ],
    // Still loading: no first run is named, nothing is guessed.
    [[{ label: 'MTP', firstRun: undefined }], 'No MTP runs on or before 2026-02-01 for MI355X FP4 (8k/1k).'],
    [
      [{ label: 'MTP', firstRun: null }],
      'No MTP runs on or before 2026-02-01 for MI355X FP4 (8k/1k); the history holds no MTP run of it.',
    ],
    // A first run on or before the day would have points: it is not stated as "first".
    [[{ label: 'Off', firstRun: '2026-02-01' }], 'No Off runs on or before 2026-02-01 for MI355X FP4 (8k/1k).'],
    [
      [
        { label: 'MTP', firstRun: '2026-02-04' },
        { label: 'Off', firstRun: '2026-02-02' },
      ],
      'No MTP or Off runs on or before 2026-02-01 for MI355X FP4 (8k/1k); the first MTP run is on 2026-02-04, and the first Off run is on 2026-02-02.',
    ],
  ])('%j', (sides, text) => {
    const message = missingSidesMessage({ sides, asOf: '2026-02-01', what });
    expect(message.text).toBe(text);
    expect(message.title).toBe(`No ${sides.map((s) => s.label).join(' or ')} runs on or before 2026-02-01`);
  });
});
