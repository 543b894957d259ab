import { useState } from 'react';

/**
 * The value, but the same object as last render while its JSON is unchanged. A selection
 * re-read from the address (or stored by the URL sync) is a new object with the same
 * content; keeping the old one spares every memoised view below a recomputation.
 */
export function useStableValue<T>(value: T): T {
  const [kept, setKept] = useState(value);
  if (kept === value || JSON.stringify(kept) === JSON.stringify(value)) return kept;
  setKept(value);
  return value;
}
