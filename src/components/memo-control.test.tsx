// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { memoControl } from './memo-control';
import { sameData } from './same-data';

describe('sameData, as memoControl compares props', () => {
  it('holds arrays and plain objects equal by their items, at any depth', () => {
    expect(sameData([{ value: 'a', label: 'A' }], [{ value: 'a', label: 'A' }])).toBe(true);
    expect(
      sameData({ hardware: 'h100', precisions: ['fp4', 'fp8'] }, { hardware: 'h100', precisions: ['fp4', 'fp8'] }),
    ).toBe(true);
    expect(sameData({ precisions: ['fp4', 'fp8'] }, { precisions: ['fp4'] })).toBe(false);
    expect(sameData([{ value: 'a', label: 'A' }], [{ value: 'a', label: 'B' }])).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData(Number.NaN, Number.NaN)).toBe(true);
  });

  it('compares functions, class instances and React elements by identity', () => {
    const f = () => 1;
    expect(sameData(f, f)).toBe(true);
    expect(sameData(f, () => 1)).toBe(false);
    expect(sameData(new Date(0), new Date(0))).toBe(false);
    expect(sameData(createElement('b', null, 'x'), createElement('b', null, 'x'))).toBe(false);
  });
});

describe('memoControl', () => {
  function setup() {
    const drawn: string[] = [];
    function Pick(props: { label: string; options: { value: string }[]; onChange: (value: string) => void }) {
      drawn.push(props.options.map((o) => o.value).join(','));
      return (
        <button type="button" onClick={() => props.onChange(props.options[0]!.value)}>
          {props.label}
        </button>
      );
    }
    return { drawn, Memoised: memoControl(Pick) };
  }

  it('is not redrawn for options equal by value and a new handler, and calls the latest handler', () => {
    const { drawn, Memoised } = setup();
    const calls: string[] = [];
    const view = (tag: string, options: { value: string }[]) => (
      <Memoised label="Pick" options={options} onChange={(v) => calls.push(`${tag}:${v}`)} />
    );
    const { rerender } = render(view('first', [{ value: 'a' }]));
    rerender(view('second', [{ value: 'a' }]));
    expect(drawn).toEqual(['a']);
    fireEvent.click(screen.getByRole('button', { name: 'Pick' }));
    expect(calls).toEqual(['second:a']);
  });

  it('is redrawn when what it shows changes', () => {
    const { drawn, Memoised } = setup();
    const onChange = () => {};
    const { rerender } = render(<Memoised label="Pick" options={[{ value: 'a' }]} onChange={onChange} />);
    rerender(<Memoised label="Pick" options={[{ value: 'b' }]} onChange={onChange} />);
    rerender(<Memoised label="Pick again" options={[{ value: 'b' }]} onChange={onChange} />);
    expect(drawn).toEqual(['a', 'b', 'b']);
    expect(screen.getByRole('button').textContent).toBe('Pick again');
  });
});
