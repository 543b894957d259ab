import type { Correction } from '../state/url-params';
import { Notice } from './notice';

/** Lists the link parameters that were corrected, each with what it said and what is shown instead. */
export function CorrectionsNotice({
  corrections,
  onDismiss,
}: {
  corrections: readonly Correction[];
  onDismiss: () => void;
}) {
  if (corrections.length === 0) return null;
  return (
    <Notice tone="warning" title="Some link parameters were corrected" onDismiss={onDismiss}>
      <ul data-testid="corrections">
        {corrections.map((c) => (
          <li key={`${c.param}=${c.given}`}>
            <code>
              {c.param}={c.given}
            </code>
            : {c.message}.
          </li>
        ))}
      </ul>
    </Notice>
  );
}
