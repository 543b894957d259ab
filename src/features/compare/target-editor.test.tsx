// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TargetEditor } from './target-editor';

afterEach(cleanup);

function editor(targets: number[], band: { lo: number; hi: number }) {
  const onPinTargets = vi.fn<(targets: number[] | null) => void>();
  render(<TargetEditor targets={targets} band={band} pinned={false} onPinTargets={onPinTargets} />);
  return onPinTargets;
}

const apply = () => userEvent.click(screen.getByRole('button', { name: 'Apply targets' }));

describe('TargetEditor', () => {
  it('on a one-point band shows one input, without native bounds, and applies its point', async () => {
    const onPinTargets = editor([18.3742], { lo: 18.3742, hi: 18.3742 });
    const inputs = screen.getAllByRole('textbox');
    expect(inputs).toHaveLength(1);
    expect(inputs[0]).toHaveValue('18.37');
    expect(inputs[0]).not.toHaveAttribute('min');
    expect(inputs[0]).not.toHaveAttribute('max');
    await apply();
    expect(onPinTargets).toHaveBeenCalledWith([18.3742]);
  });

  it('applies 13.9 inside a 13.84–98.06 band', async () => {
    const onPinTargets = editor([35, 56, 77], { lo: 13.8365, hi: 98.0576 });
    const first = screen.getByLabelText('Target 1 (tok/s/user)');
    await userEvent.clear(first);
    await userEvent.type(first, '13.9');
    await apply();
    expect(onPinTargets).toHaveBeenCalledWith([13.9, 56, 77]);
  });

  it.each([
    ['13.8', '13.8 tok/s/user is outside the band both sides reach, 13.84–98.06 tok/s/user'],
    ['56', '56 tok/s/user is given twice'],
    ['abc', 'Each target must be a number above 0 tok/s/user'],
  ])('refuses %s in the engine’s words and keeps the targets', async (typed, reason) => {
    const onPinTargets = editor([35, 56, 77], { lo: 13.8365, hi: 98.0576 });
    const first = screen.getByLabelText('Target 1 (tok/s/user)');
    await userEvent.clear(first);
    await userEvent.type(first, typed);
    await apply();
    expect(onPinTargets).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe(`${reason}; the table keeps 35 / 56 / 77.`);
  });
});
