import type { ReactNode } from 'react';

interface NoticeProps {
  tone: 'info' | 'warning' | 'error';
  title: string;
  children?: ReactNode;
  onDismiss?: () => void;
  action?: ReactNode;
}

/** A message box; errors are announced to assistive tech at once, the rest politely. */
export function Notice({ tone, title, children, onDismiss, action }: NoticeProps) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="notice-body">
        <strong className="notice-title">{title}</strong>
        {children}
      </div>
      <div className="notice-actions">
        {action}
        {onDismiss && (
          <button type="button" className="button-quiet" onClick={onDismiss} aria-label={`Dismiss: ${title}`}>
            Dismiss
          </button>
        )}
      </div>
    </div>
  );
}
