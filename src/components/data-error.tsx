import { DataFileError } from '../data/fetch-json';
import { Notice } from './notice';

interface DataErrorProps {
  error: unknown;
  /** What the page shows instead, in words ("The catalog cannot be shown."). */
  consequence: string;
  onRetry: () => void;
}

const KIND_TITLES = {
  network: 'Network error',
  http: 'Data file missing',
  json: 'Data file is corrupt',
  schema: 'Data file has unexpected content',
} as const;

/** Shows which data file failed, why, what is shown instead, and a retry button. */
export function DataError({ error, consequence, onRetry }: DataErrorProps) {
  const isFileError = error instanceof DataFileError;
  const title = isFileError ? KIND_TITLES[error.kind] : 'Could not load data';
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Notice
      tone="error"
      title={title}
      action={
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      }
    >
      <p>{message}</p>
      {isFileError && error.details.length > 0 && (
        <ul className="notice-details">
          {error.details.map((detail) => (
            <li key={detail}>
              <code>{detail}</code>
            </li>
          ))}
        </ul>
      )}
      <p>{consequence}</p>
    </Notice>
  );
}
