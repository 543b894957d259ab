import { useState, type ReactNode } from 'react';
import { useNarrow } from './use-narrow';
import './view-options.css';

/**
 * A page's controls. On a phone (`useNarrow`) they fold under a summary that states the current
 * choices in words ("View options: 8k/1k · Throughput / GPU · all engines"), so the result line and
 * the chart fit the first screen; wider, they are open and the summary is not drawn, as before.
 * Whether a phone reader opened them is kept while the page stays mounted (a new choice keeps them
 * open); the controls stay mounted either way, so a half-typed value survives folding.
 */
export function ViewOptions({ choices, children }: { choices: readonly string[]; children: ReactNode }) {
  const narrow = useNarrow();
  const [openOnPhone, setOpenOnPhone] = useState(false);
  return (
    <details
      className="view-options"
      data-testid="view-options"
      open={narrow ? openOnPhone : true}
      onToggle={(event) => {
        if (narrow) setOpenOnPhone(event.currentTarget.open);
      }}
    >
      <summary>
        <span className="view-options-title">View options</span>{' '}
        <span className="view-options-choices" data-testid="view-options-choices">
          {choices.join(' · ')}
        </span>
      </summary>
      {children}
    </details>
  );
}
