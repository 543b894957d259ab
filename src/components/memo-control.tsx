import { memo, useCallback, useLayoutEffect, useRef, type ComponentType, type FunctionComponent } from 'react';
import { sameData } from './same-data';

/**
 * A control that is redrawn only when what it shows changes. A page redraws its controls on
 * every pick (a metric switch redraws the GPU, engine and date pickers too), and their option
 * lists and `onChange` handlers are made anew each time. The control gets a handler of its own
 * that calls the latest `onChange` it was given (set at commit, so never one of a render that
 * was not drawn), and is skipped while its other props are equal by value (`sameData`).
 */
export function memoControl<P extends { onChange: (...args: never[]) => void }>(
  Control: ComponentType<P>,
): FunctionComponent<P> {
  const Drawn = memo(Control, (before, after) => {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].every((k) => sameData(before[k as keyof P], after[k as keyof P]));
  });
  function Memoised(props: P) {
    const latest = useRef(props.onChange);
    useLayoutEffect(() => {
      latest.current = props.onChange;
    });
    const onChange = useCallback(
      (...args: Parameters<P['onChange']>) => (latest.current as (...a: Parameters<P['onChange']>) => void)(...args),
      [],
    ) as unknown as P['onChange'];
    return <Drawn {...props} onChange={onChange} />;
  }
  Memoised.displayName = `Memoised(${Control.displayName ?? Control.name})`;
  return Memoised;
}
