// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Select, type SelectOption } from './select';

type Metric = 'tput' | 'cost' | 'power' | 'energy' | 'latency';
const OPTIONS: SelectOption<Metric>[] = [
  { value: 'tput', label: 'Throughput' },
  { value: 'cost', label: 'Cost' },
  { value: 'power', label: 'Power', disabled: true },
  { value: 'energy', label: 'Energy' },
  { value: 'latency', label: 'Latency' },
];

/**
 * jsdom has no select behaviour for arrow keys; this stands in for Chromium's on a closed
 * select: after the keydown's listeners (React's included) ran and did not cancel it, step to
 * the next or previous enabled option and fire `input` and `change`, in the same task.
 */
function stepOnArrowKeys(event: KeyboardEvent) {
  const select = event.target;
  if (!(select instanceof HTMLSelectElement) || event.defaultPrevented) return;
  const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
  if (step === 0) return;
  for (let i = select.selectedIndex + step; i >= 0 && i < select.options.length; i += step) {
    if (select.options[i]?.disabled) continue;
    select.selectedIndex = i;
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
}

beforeEach(() => document.addEventListener('keydown', stepOnArrowKeys));
afterEach(() => {
  document.removeEventListener('keydown', stepOnArrowKeys);
  cleanup();
});

/** The select as a page uses it: the value is the page's, and every commit is recorded. */
function renderSelect(initial: Metric = 'tput') {
  const commits: Metric[] = [];
  function Page() {
    const [value, setValue] = useState<Metric>(initial);
    return (
      <>
        <Select
          label="Metric"
          value={value}
          options={OPTIONS}
          onChange={(next) => {
            commits.push(next);
            setValue(next);
          }}
        />
        <button type="button">elsewhere</button>
      </>
    );
  }
  render(<Page />);
  return { commits, select: screen.getByLabelText('Metric') as HTMLSelectElement, user: userEvent.setup() };
}

describe('Select', () => {
  it('arrowing through options commits once, on Enter, the option reached (disabled ones skipped)', async () => {
    const { commits, select, user } = renderSelect();
    select.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    // cost, then energy: power is disabled. Shown, not committed.
    expect(select.value).toBe('energy');
    expect(commits).toEqual([]);
    await user.keyboard('{ArrowDown}');
    expect(select.value).toBe('latency');
    expect(commits).toEqual([]);
    await user.keyboard('{Enter}');
    expect(commits).toEqual(['latency']);
    expect(select.value).toBe('latency');
    await user.keyboard('{Enter}');
    expect(commits).toEqual(['latency']);
  });

  it('commits a keyboard draft when focus leaves', async () => {
    const { commits, select, user } = renderSelect();
    select.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await user.tab();
    expect(commits).toEqual(['energy']);
    expect(select.value).toBe('energy');
  });

  it('drops a draft on Escape, and one that leads back to the committed value commits nothing', async () => {
    const { commits, select, user } = renderSelect('cost');
    select.focus();
    await user.keyboard('{ArrowDown}{Escape}');
    expect(select.value).toBe('cost');
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    await user.tab();
    expect(commits).toEqual([]);
    expect(select.value).toBe('cost');
  });

  it('commits a pick from the open list at once, also after arrowing', async () => {
    const { commits, select, user } = renderSelect();
    await user.selectOptions(select, 'energy');
    expect(commits).toEqual(['energy']);
    await user.keyboard('{ArrowUp}');
    expect(commits).toEqual(['energy']);
    await user.selectOptions(select, 'latency');
    expect(commits).toEqual(['energy', 'latency']);
  });

  it('marks disabled options, which cannot be picked', async () => {
    const { commits, select, user } = renderSelect();
    const power = screen.getByRole('option', { name: 'Power' }) as HTMLOptionElement;
    expect(power.disabled).toBe(true);
    expect((screen.getByRole('option', { name: 'Cost' }) as HTMLOptionElement).disabled).toBe(false);
    await user.selectOptions(select, 'power');
    expect(commits).toEqual([]);
  });

  it('forgets a draft when the value is changed from elsewhere (Back, a link)', async () => {
    const onChange = vi.fn<(value: Metric) => void>();
    const { rerender } = render(<Select label="Metric" value="tput" options={OPTIONS} onChange={onChange} />);
    const select = screen.getByLabelText('Metric') as HTMLSelectElement;
    const user = userEvent.setup();
    select.focus();
    await user.keyboard('{ArrowDown}');
    expect(select.value).toBe('cost');
    rerender(<Select label="Metric" value="latency" options={OPTIONS} onChange={onChange} />);
    expect(select.value).toBe('latency');
    await user.keyboard('{Enter}');
    await user.tab();
    expect(onChange).not.toHaveBeenCalled();
  });
});
