import type { SeriesKey } from '../../state/inference-series-key';

/** How series are grouped: by GPU, or by GPU × engine. */
export type SeriesGrouping = 'gpu' | 'engine';

/**
 * A group's id: the GPU key (`mi355x`) or GPU and engine (`mi355x:sglang`). Used as a map key
 * and a stable row id (the ranking page's ids are the same), never split back into parts.
 */
export function groupKeyOf(key: Pick<SeriesKey, 'hardware' | 'engine'>, by: SeriesGrouping): string {
  return by === 'gpu' ? key.hardware : `${key.hardware}:${key.engine}`;
}

export interface SeriesGroup<T> {
  id: string;
  /** The group's GPU, and its engine when grouped by engine. */
  hardware: string;
  engine: string | null;
  /** The group's items, in the order given. */
  items: T[];
}

/** Items grouped by `groupKeyOf` of their series, groups in the order their first item comes. */
export function groupBySeries<T>(
  items: readonly T[],
  keyOf: (item: T) => SeriesKey,
  by: SeriesGrouping,
): SeriesGroup<T>[] {
  const groups = new Map<string, SeriesGroup<T>>();
  for (const item of items) {
    const key = keyOf(item);
    const id = groupKeyOf(key, by);
    const group = groups.get(id) ?? {
      id,
      hardware: key.hardware,
      engine: by === 'engine' ? key.engine : null,
      items: [],
    };
    group.items.push(item);
    groups.set(id, group);
  }
  return [...groups.values()];
}
