import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error.js';

/**
 * The outcome of a failed write: a 412 says someone else changed the item and offers a reload;
 * other errors show the server's message. Field errors are shown at their fields, not here.
 */
export function WriteError({ error, onReload }: { readonly error: ApiError | undefined; readonly onReload: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error.conflict) {
    return (
      <div className="notice notice-warning" role="alert">
        <div className="stack" style={{ gap: 'var(--space-2)' }}>
          <strong>{t('conflict.title')}</strong>
          <span>{t('conflict.body')}</span>
          <span><button type="button" className="btn" onClick={onReload}>{t('conflict.reload')}</button></span>
        </div>
      </div>
    );
  }
  return (
    <div className="notice notice-error" role="alert">
      <div>
        <strong>{error.status === 0 ? t('state.offline') : error.title}</strong>
        {error.detail && error.status !== 0 && <span>{error.detail}</span>}
      </div>
    </div>
  );
}
