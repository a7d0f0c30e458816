import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error.js';
import type { Resource } from '../api/use-resource.js';

/** Shown while a resource loads; announced politely to screen readers. */
export function Loading({ label }: { readonly label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state" role="status" aria-live="polite">
      <div className="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </div>
  );
}

/** Nothing to show yet, with what the user can do about it. */
export function Empty({ title, children }: { readonly title: string; readonly children?: ReactNode }) {
  return (
    <div className="state">
      <h2>{title}</h2>
      {children && <p>{children}</p>}
    </div>
  );
}

/** A failed load with the server's explanation and a retry. */
export function ErrorState({ error, onRetry }: { readonly error: ApiError; readonly onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = error.status === 0 ? t('state.offline') : error.detail ?? error.title;
  return (
    <div className="notice notice-error" role="alert">
      <div className="stack" style={{ gap: 'var(--space-2)' }}>
        <strong>{t('state.error')}</strong>
        <span>{message}</span>
        {onRetry && (
          <span>
            <button type="button" className="btn" onClick={onRetry}>{t('action.retry')}</button>
          </span>
        )}
      </div>
    </div>
  );
}

/** Renders a resource's loading and error states, and its data with `children`. */
export function Loaded<T>({ resource, reload, children }: {
  readonly resource: Resource<T>;
  readonly reload?: () => void;
  readonly children: (data: T) => ReactNode;
}) {
  if (resource.kind === 'loading') return <Loading />;
  if (resource.kind === 'error') return <ErrorState error={resource.error} {...(reload ? { onRetry: reload } : {})} />;
  return <>{children(resource.data)}</>;
}
