import { describe, expect, it } from 'vitest';
import { compareText } from './text-order';

describe('compareText', () => {
  it('orders by code units, case and accents included, whatever the locale', () => {
    const texts = ['b', 'B', 'a', 'A', 'é', 'e', 'MI355X ATOM', 'MI355X', 'MI300X', 'B200', 'b200'];
    // Code-unit order stated plainly: each text as its list of UTF-16 units, compared unit by unit.
    const units = (t: string) => [...t].map((c) => c.charCodeAt(0));
    const byUnits = (a: string, b: string) => {
      const [x, y] = [units(a), units(b)];
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
      return x.length - y.length;
    };
    expect([...texts].sort(compareText)).toEqual([...texts].sort(byUnits));
    expect(compareText('same', 'same')).toBe(0);
  });
});
