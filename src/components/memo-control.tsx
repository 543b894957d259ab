import { memo, useCallback, useLayoutEffect, useRef, type ComponentType, type FunctionComponent } from 'react';

/** A plain object or array: what a control's data props are (options, filters), never a React element. */
function isPlainData(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null) return false;
  if (Array.isArray(x)) return true;
  return Object.getPrototypeOf(x) === Object.prototype && !('$$typeof' in x);
}

/**
 * Equal by value: the same primitive or object, or arrays and plain objects with equal items.
 * Functions, class instances and React elements compare by identity.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!isPlainData(a) || !isPlainData(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameValue(a[k], b[k]));
}

/**
 * A control that is redrawn only when what it shows changes. A page redraws its controls on
 * every pick (a metric switch redraws the GPU, engine and date pickers too), and their option
 * lists and `onChange` handlers are made anew each time. The control gets a handler of its own
 * that calls the latest `onChange` it was given (set at commit, so never one of a render that
 * was not drawn), and is skipped while its other props are equal by value (`sameValue`).
 */
export function memoControl<P extends { onChange: (...args: never[]) => void }>(
  Control: ComponentType<P>,
): FunctionComponent<P> {
  const Drawn = memo(Control, (before, after) => {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].every((k) => sameValue(before[k as keyof P], after[k as keyof P]));
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
