import { useState } from 'react';
import { useLocation } from 'react-router';

type Status = 'idle' | 'copied' | 'failed';

/**
 * Copies the page's address: its canonical short URL, since every page rewrites a link to the
 * form it writes (defaults left out). The result is said in a polite live region.
 */
export function CopyLinkButton() {
  const location = useLocation();
  const path = `${location.pathname}${location.search}`;
  // The outcome belongs to the address it was for: after a navigation the button is fresh again.
  const [outcome, setOutcome] = useState<{ path: string; address: string; status: Status } | null>(null);
  const status: Status = outcome?.path === path ? outcome.status : 'idle';
  const address = outcome?.address ?? path;
  const copy = () => {
    // Read at the click: the page is also rendered at build time, where there is no window.
    const full = `${window.location.origin}${path}`;
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) {
      setOutcome({ path, address: full, status: 'failed' });
      return;
    }
    clipboard.writeText(full).then(
      () => setOutcome({ path, address: full, status: 'copied' }),
      () => setOutcome({ path, address: full, status: 'failed' }),
    );
  };
  return (
    <span className="copy-link">
      <button type="button" className="button-quiet" onClick={copy} data-testid="copy-link">
        Copy link
      </button>
      <span role="status" aria-live="polite" className="muted" data-testid="copy-link-status">
        {status === 'copied'
          ? 'Link copied'
          : status === 'failed'
            ? `Copy failed: the browser refused; the link is ${address}`
            : ''}
      </span>
    </span>
  );
}
