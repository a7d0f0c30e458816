import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A one-time password, shown once: the server keeps only its hash. It can be copied, and is gone
 * for good when the beheerder closes it. It takes focus, so a screen reader reads it out at once.
 */
export function OneTimePassword({ username, password, onDone }: { readonly username: string; readonly password: string; readonly onDone: () => void }) {
  const { t } = useTranslation();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | undefined>();
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied('yes');
    } catch {
      // No clipboard access (plain http, or refused): the text stays selected for Ctrl+C.
      field.current?.select();
      setCopied('no');
    }
  };
  return (
    <section className="notice notice-warning otp" aria-labelledby="otp-title" data-testid="one-time-password">
      <div className="stack" style={{ gap: 'var(--space-2)', width: '100%' }}>
        <strong id="otp-title">{t('users.otp.title', { username })}</strong>
        <span>{t('users.otp.body', { username })}</span>
        <div className="row">
          <input ref={field} className="input otp-value" readOnly value={password} aria-label={t('users.otp.label', { username })}
            spellCheck={false} autoComplete="off" onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="btn" onClick={() => void copy()}>{t('users.otp.copy')}</button>
          <button type="button" className="btn btn-primary" onClick={onDone}>{t('users.otp.done')}</button>
        </div>
        <span role="status" className="small">{copied === 'yes' ? t('users.otp.copied') : copied === 'no' ? t('users.otp.copyByHand') : ''}</span>
      </div>
    </section>
  );
}
