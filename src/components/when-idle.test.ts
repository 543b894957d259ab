import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenIdle', () => {
  it('runs one task per idle period, in order', () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (f: () => void) => idle.push(f));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const ran: number[] = [];
    whenIdle([1, 2, 3].map((n) => () => ran.push(n)));
    expect(ran).toEqual([]);
    idle.shift()!();
    expect(ran).toEqual([1]);
    idle.shift()!();
    idle.shift()!();
    expect(ran).toEqual([1, 2, 3]);
    expect(idle).toHaveLength(0);
  });

  it('runs nothing more once cancelled', () => {
    const idle = new Map<number, () => void>();
    let id = 0;
    vi.stubGlobal('requestIdleCallback', (f: () => void) => (idle.set(++id, f), id));
    vi.stubGlobal('cancelIdleCallback', (h: number) => idle.delete(h));
    const ran: number[] = [];
    const cancel = whenIdle([1, 2, 3].map((n) => () => ran.push(n)));
    idle.get(1)!();
    cancel();
    expect(idle.size).toBe(1);
    expect(ran).toEqual([1]);
  });

  it('waits 200 ms per task where the browser has no idle callback', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const ran: number[] = [];
    whenIdle([1, 2].map((n) => () => ran.push(n)));
    vi.advanceTimersByTime(199);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual([1]);
    vi.advanceTimersByTime(200);
    expect(ran).toEqual([1, 2]);
  });

  it('waits for an idle period with the time a task needs', () => {
    const idle: ((d: IdleDeadline) => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (f: (d: IdleDeadline) => void) => idle.push(f));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const ran: number[] = [];
    whenIdle([() => ran.push(1)], { needMs: 40 });
    const period = (ms: number) => ({ timeRemaining: () => ms, didTimeout: false });
    idle.shift()!(period(12));
    expect(ran).toEqual([]);
    idle.shift()!(period(45));
    expect(ran).toEqual([1]);
    expect(idle).toHaveLength(0);
  });

  it('runs nothing where the browser has no idle callback, when asked to skip', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const ran: number[] = [];
    whenIdle([() => ran.push(1)], { withoutIdleCallback: 'skip' });
    vi.advanceTimersByTime(10_000);
    expect(ran).toEqual([]);
  });
});
