import { useEffect, useMemo, useState } from 'react';
import type { ParsedOwnFile } from '../../data/own/records';
import { ownPoints, ownPointsInSteps, type OwnSetup, type Placement } from '../../data/own/to-points';

/** Files up to this many runs are placed at once on each change of the setup (a few milliseconds). */
const AT_ONCE_RUNS = 5000;
/** A larger file is placed once the form has been still this long, in steps (`ownPointsInSteps`). */
const SETTLE_MS = 150;

/**
 * The file's runs placed with the form's setup, for the report's count and problems and for Add.
 * Placement does not depend on the label, so typing one never places the runs again. A large
 * file is placed after the form settles, in steps that leave the page answering input; until it
 * is, the answer is null (`checking` true) and Add waits.
 */
export function usePlacement(
  parsed: ParsedOwnFile,
  setup: OwnSetup | null,
  fileId: string,
): { placed: Placement | null; checking: boolean } {
  // The setup is compared by value, label left out: a new object with the same fields is the same placement.
  const key = setup === null ? null : JSON.stringify({ ...setup, label: '' });
  const atOnce = parsed.records.length <= AT_ONCE_RUNS;
  const now = useMemo(
    () => (atOnce && key !== null ? ownPoints(parsed, JSON.parse(key) as OwnSetup, fileId) : null),
    [atOnce, key, parsed, fileId],
  );
  const [later, setLater] = useState<{ key: string; placed: Placement } | null>(null);
  useEffect(() => {
    if (atOnce || key === null) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      void ownPointsInSteps(parsed, JSON.parse(key) as OwnSetup, fileId, { signal: controller.signal }).then(
        (placed) => {
          if (placed) setLater({ key, placed });
        },
      );
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [atOnce, key, parsed, fileId]);
  if (atOnce) return { placed: now, checking: false };
  const placed = later !== null && later.key === key ? later.placed : null;
  return { placed, checking: key !== null && placed === null };
}
