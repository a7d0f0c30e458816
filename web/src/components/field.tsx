import { useId } from 'react';
import type { ReactNode } from 'react';

/**
 * A labelled form control with its hint and error. The error is tied to the control with
 * aria-describedby and aria-invalid, so it is read out with the field.
 */
export function Field({ label, hint, error, children }: {
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly children: (props: { readonly id: string; readonly 'aria-invalid': boolean; readonly 'aria-describedby': string | undefined }) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': !!error, 'aria-describedby': describedBy })}
      {hint && <span id={hintId} className="field-hint">{hint}</span>}
      {error && <span id={errorId} className="field-error">{error}</span>}
    </div>
  );
}
