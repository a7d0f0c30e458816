import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../styles/dialog.css';

/**
 * Asks before a change that cannot simply be undone. A native modal `<dialog>`: focus moves into it,
 * Escape cancels, the page behind is inert, and focus returns to the button that opened it.
 */
export function ConfirmDialog({ title, children, confirm, danger, busy, onConfirm, onCancel }: {
  readonly title: string;
  readonly children: ReactNode;
  readonly confirm: string;
  readonly danger?: boolean;
  readonly busy?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`}
      onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-body`} className="stack">{children}</div>
      <div className="row confirm-actions">
        <button type="button" className="btn" onClick={onCancel} autoFocus>{t('action.cancel')}</button>
        <button type="button" className={`btn ${danger ? 'btn-danger' : 'btn-primary'}`} disabled={busy} onClick={onConfirm}>{confirm}</button>
      </div>
    </dialog>
  );
}
